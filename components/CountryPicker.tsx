import { useContext, useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { LangContext, useT } from './lang';
import { countryName, searchCountries, type Country } from '@/utils/countries';
import type { Strings } from '@/utils/i18n';

const strings: Strings<'found' | 'foundOne' | 'none' | 'hint'> = {
  en: {
    found: '{n} countries',
    foundOne: '1 country',
    none: 'No country matches. Try another name.',
    hint: 'Type to search, then use the arrow keys and Enter.',
  },
  es: {
    found: '{n} países',
    foundOne: '1 país',
    none: 'Ningún país coincide. Prueba con otro nombre.',
    hint: 'Escribe para buscar y luego usa las flechas y Enter.',
  },
  fr: {
    found: '{n} pays',
    foundOne: '1 pays',
    none: 'Aucun pays ne correspond. Essayez un autre nom.',
    hint: 'Tapez pour chercher, puis utilisez les flèches et Entrée.',
  },
};

interface Props {
  /** The visible label of the search box ("Country for help lines"). */
  label: string;
  /** The chosen country; null is the "automatic" choice when `autoLabel` is given, else nothing. */
  value: Country | null;
  onChange: (country: Country | null) => void;
  /** When given, a first option that chooses null (e.g. "Guess from the browser language (Mexico)"). */
  autoLabel?: string;
  /** Used for the ids of the input and list (one picker per page needs none). */
  name?: string;
}

/** One row of the list: a country, or the automatic choice (null). */
type Choice = Country | null;

/**
 * A searchable country choice: the ARIA 1.2 combobox pattern (an input with a popup listbox).
 * Typing filters by name in any interface language ("mexico" finds México), by other names ("UK")
 * and by code; the arrow keys move through the list (Home/End to its ends), Enter or a click
 * chooses, Escape or leaving the box closes the list and puts the chosen name back. The number of
 * matches is announced in a status region.
 */
export function CountryPicker({ label, value, onChange, autoLabel, name = 'country' }: Props) {
  const lang = useContext(LangContext);
  const t = useT(strings);
  const uid = useId();
  const inputId = `${name}-${uid}-input`;
  const listId = `${name}-${uid}-list`;
  const hintId = `${name}-${uid}-hint`;
  const nameOf = (c: Choice) => (c ? countryName(c, lang) : (autoLabel ?? ''));

  const [text, setText] = useState<string | null>(null); // null: not editing, show the chosen name
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);

  const choices: Choice[] = useMemo(() => {
    const found: Choice[] = searchCountries(text ?? '', lang);
    return autoLabel !== undefined && !text ? [null, ...found] : found;
  }, [text, lang, autoLabel]);
  const optionId = (i: number) => `${listId}-${i}`;

  // Keep the active option in view as the arrow keys move through a long list.
  useEffect(() => {
    if (open) list.current?.children[active]?.scrollIntoView?.({ block: 'nearest' });
  }, [open, active]);

  const openAt = (i: number) => {
    setOpen(true);
    setActive(Math.max(0, Math.min(i, choices.length - 1)));
  };
  const close = () => {
    setOpen(false);
    setText(null);
  };
  const choose = (c: Choice) => {
    onChange(c);
    close();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const last = choices.length - 1;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) openAt(Math.max(0, choices.indexOf(value)));
        else setActive((i) => Math.min(i + 1, last));
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!open) openAt(Math.max(0, choices.indexOf(value)));
        else setActive((i) => Math.max(i - 1, 0));
        break;
      case 'Home':
      case 'End':
        if (!open) return;
        e.preventDefault();
        setActive(e.key === 'Home' ? 0 : last);
        break;
      case 'Enter':
        if (!open) return;
        e.preventDefault();
        if (choices.length) choose(choices[active]);
        break;
      case 'Escape':
        if (!open && text === null) return;
        e.preventDefault();
        close();
        break;
    }
  };

  const count = choices.filter((c) => c !== null).length;
  return (
    <div class="country-picker">
      <label for={inputId}>{label}</label>
      <input
        id={inputId}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-describedby={hintId}
        aria-activedescendant={open && choices.length ? optionId(active) : undefined}
        value={text ?? nameOf(value)}
        onInput={(e) => {
          setText(e.currentTarget.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={(e) => e.currentTarget.select()}
        onClick={() => (open ? undefined : openAt(Math.max(0, choices.indexOf(value))))}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      <span id={hintId} class="visually-hidden">
        {t('hint')}
      </span>
      <ul ref={list} id={listId} role="listbox" aria-label={label} class="country-list" hidden={!open}>
        {open &&
          choices.map((c, i) => (
            <li
              key={c ?? 'auto'}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              data-country={c ?? ''}
              class={c === value ? 'chosen' : undefined}
              // mousedown, not click: the input keeps focus, so blur does not close the list first.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(c);
              }}
            >
              {nameOf(c)}
            </li>
          ))}
      </ul>
      <p class="visually-hidden" role="status">
        {open ? (count === 0 ? t('none') : count === 1 ? t('foundOne') : t('found', { n: count })) : ''}
      </p>
      {open && count === 0 && (
        <p class="help" aria-hidden="true">
          {t('none')}
        </p>
      )}
    </div>
  );
}
