import { useEffect, useState } from 'preact/hooks';

/**
 * A module loaded after the first paint, as a hook: `null` until it is there, then the module.
 * The popup draws "Exit now" first and brings in its help lines with their data a moment later
 * (components/HotlineList.tsx; `npm run bench`, popup section). Loaded once per page, however many
 * components use it.
 */
export function lazyModule<T>(load: () => Promise<T>): () => T | null {
  let loading: Promise<T> | null = null;
  let loaded: T | null = null;
  const get = () => (loading ??= load().then((m) => (loaded = m)));
  return function useLazyModule() {
    const [module, setModule] = useState<T | null>(loaded);
    useEffect(() => {
      let live = true;
      void get().then((m) => live && setModule(() => m));
      return () => {
        live = false;
      };
    }, []);
    return module;
  };
}
