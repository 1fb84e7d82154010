import { useId } from 'preact/hooks';

interface FieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  maxLength: number;
  /** The refusal message, shown under the input and announced. */
  error?: string | null;
  type?: 'text' | 'tel' | 'url';
  inputMode?: 'text' | 'tel' | 'url';
  placeholder?: string;
  name?: string;
  inputRef?: preact.Ref<HTMLInputElement>;
}

/**
 * A labelled one-line input with an inline error. `autocomplete="off"` keeps what is typed out of
 * the browser's form history and out of session-restore form state (both are written to disk).
 * `dir="auto"` shows right-to-left text the right way round.
 */
export function Field(p: FieldProps) {
  const id = useId();
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
        maxLength={p.maxLength}
        placeholder={p.placeholder}
        value={p.value}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={p.error ? `${id}-error` : undefined}
        onInput={(e) => p.onInput(e.currentTarget.value)}
      />
      {p.error && (
        <p id={`${id}-error`} class="error" role="alert">
          {p.error}
        </p>
      )}
    </div>
  );
}
