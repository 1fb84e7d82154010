import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface Props {
  /** Used for the ids of the heading and the body. */
  id: string;
  title: string;
  children: () => ComponentChildren;
  /** Called the first time the section opens (to load what it shows). */
  onOpen?: () => void;
}

/**
 * One of the popup's closed sections: a heading whose button opens and closes it (the disclosure
 * pattern: `aria-expanded`, `aria-controls`). Its content is rendered only while it is open, so
 * the popup's first screen stays short and quick, and nothing in a closed section can be read.
 */
export function PopupSection({ id, title, children, onOpen }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <section class="popup-section" aria-labelledby={`${id}-heading`} data-section={id}>
      <h2 id={`${id}-heading`} class="disclosure">
        <button
          type="button"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls={`${id}-body`}
          onClick={() => {
            if (!open) onOpen?.();
            setOpen(!open);
          }}
        >
          {title}
        </button>
      </h2>
      <div id={`${id}-body`} class="section-body" hidden={!open}>
        {open && children()}
      </div>
    </section>
  );
}
