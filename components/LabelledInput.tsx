import type { JSX } from 'preact';

type InputAttributes = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'id' | 'class'>;

interface LabelledInputProps extends InputAttributes {
  /** The input's id, which the label points at (tests and `aria-describedby` use it too). */
  id: string;
  label: string;
  /** The `.field` block: a paragraph, or a `div` where the page lays it out as a box (`class`). */
  block?: 'p' | 'div';
  /** More classes of the block, besides `field`. */
  class?: string;
}

/**
 * A label above a one-line input, in a `.field` block. Everything besides the label and the block
 * goes to the input as it is. (`Field` is the one for values that are saved: it refuses overlong
 * input and shows the error.)
 */
export function LabelledInput({ id, label, block: Block = 'p', class: more, ...input }: LabelledInputProps) {
  return (
    <Block class={more ? `field ${more}` : 'field'}>
      <label for={id}>{label}</label>
      <input id={id} {...input} />
    </Block>
  );
}

/**
 * A search box: what is typed stays out of the browser's form history (which is written to disk)
 * and is not spell-checked.
 */
export function SearchInput(p: Omit<LabelledInputProps, 'type' | 'autocomplete' | 'spellcheck'>) {
  return <LabelledInput type="search" autocomplete="off" spellcheck={false} {...p} />;
}
