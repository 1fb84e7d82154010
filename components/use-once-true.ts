import { useRef } from 'preact/hooks';

/** True from the first render in which `value` is true, for good (what is drawn then stays drawn). */
export function useOnceTrue(value: boolean): boolean {
  const once = useRef(false);
  if (value) once.current = true;
  return once.current;
}
