import { useId } from 'preact/hooks';

interface FieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** The most characters the value may have. Longer input is kept whole and refused, never cut. */
  maxChars: number;
  /** What the user reads while the value is longer than `maxChars`. */
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
 * pasted address silently and a different one would be saved. Over-long input stays as pasted,
 * the field says it is too long at once, and saving refuses it (utils/validate.ts). `autocomplete="off"` keeps what is typed out of
 * the browser's form history and out of session-restore form state (both are written to disk).
 * `dir="auto"` shows right-to-left text the right way round.
 */
export function Field(p: FieldProps) {
  const id = useId();
  const error = p.error ?? (overLong(p.value, p.maxChars) ? p.tooLong : null);
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
        onInput={(e) => p.onInput(e.currentTarget.value)}
      />
      {error && (
        <p id={`${id}-error`} class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
