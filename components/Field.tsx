import { useEffect, useId, useState } from 'preact/hooks';

interface FieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** The most characters the value may have. An input that goes over is refused whole, never cut. */
  maxChars: number;
  /** What the user reads when an input is refused for making the value longer than `maxChars`. */
  tooLong: string;
  /** The refusal message, shown under the input and announced. */
  error?: string | null;
  type?: 'text' | 'tel' | 'url';
  inputMode?: 'text' | 'tel' | 'url';
  placeholder?: string;
  name?: string;
  inputRef?: preact.Ref<HTMLInputElement>;
}

/** True when `value` has more than `max` characters (code points, so an emoji counts once). */
export function overLong(value: string, max: number): boolean {
  return value.length > max && (value.length > max * 2 || [...value].length > max);
}

/**
 * A labelled one-line input with an inline error. There is no `maxLength`: the browser would cut a
 * pasted address silently and a different one would be saved. An input that would make the value
 * too long (a paste, or one more key) is refused whole: the field keeps what it had and says why.
 * (Kept whole instead, a 10 MB paste freezes the popup for seconds while the browser lays it out.)
 * Saving checks again (utils/validate.ts). `autocomplete="off"` keeps what is typed out of
 * the browser's form history and out of session-restore form state (both are written to disk).
 * `dir="auto"` shows right-to-left text the right way round.
 */
export function Field(p: FieldProps) {
  const id = useId();
  const [refused, setRefused] = useState(false);
  // A new answer from saving replaces the refusal.
  useEffect(() => setRefused(false), [p.error]);
  // A refusal of what was just typed or pasted wins over an older one.
  const error = refused ? p.tooLong : p.error;
  return (
    <div class="field">
      <label for={id}>{p.label}</label>
      <input
        id={id}
        name={p.name}
        ref={p.inputRef}
        type={p.type ?? 'text'}
        inputMode={p.inputMode}
        dir="auto"
        autocomplete="off"
        spellcheck={false}
        placeholder={p.placeholder}
        value={p.value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(e) => {
          const input = e.currentTarget;
          if (overLong(input.value, p.maxChars)) {
            input.value = p.value;
            setRefused(true);
            return;
          }
          setRefused(false);
          p.onInput(input.value);
        }}
      />
      {error && (
        <p id={`${id}-error`} class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
