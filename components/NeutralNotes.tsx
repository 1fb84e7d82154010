import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { DISCREET_STRINGS as strings } from './discreet-strings';
import { adoptFirstPaintPress } from './exit-now-first-paint';
import { exitNowFromPopup } from './exit-now-request';
import { SearchInput } from './LabelledInput';
import { useT } from './lang';
import { lazyModule } from './lazy';
import { SettingsLink } from './OwnPageLinks';
import { useCountryHotlines } from './use-country-hotlines';
import type { MyBookmark, MyNumber } from '@/utils/session-store';

/** The view's data and actions (session storage, the word), after the first paint. */
const loadData = () => import('./neutral-notes-data');
const useData = lazyModule(loadData);

/** The user's own numbers and pages, kept in step with `storage.session`; null until read. */
function useMyEntries(): [MyNumber[], MyBookmark[]] | null {
  const [entries, setEntries] = useState<[MyNumber[], MyBookmark[]] | null>(null);
  useEffect(() => {
    let unwatch: (() => void) | null = null;
    let live = true;
    void loadData().then((m) => {
      if (live) unwatch = m.watchMyEntries((numbers, pages) => live && setEntries([numbers, pages]));
    });
    return () => {
      live = false;
      unwatch?.();
    };
  }, []);
  return entries;
}

/**
 * The popup in discreet mode before the word: a plain notes view. "Close page" is focused in the
 * first paint (Enter right away exits, as in the full popup); the emergency number is one click
 * away, a frame later (its data loads after the first paint, as the full popup's help lines do).
 * Typing the word into the search box calls `onUnlock`; anything else only filters the notes.
 */
export function NeutralNotes({ country, onUnlock }: { country: string | null; onUnlock: () => void }) {
  const t = useT(strings);
  const data = useData();
  // Only the country's own lines (their chunk), for its emergency number.
  const lines = useCountryHotlines(country);
  const entries = useMyEntries();
  const [query, setQuery] = useState('');
  // "Close page" is the popup's Exit now under a neutral name; it says so when there is no page.
  const [noPage, setNoPage] = useState(false);
  const closePage = () => void exitNowFromPopup().then((ok) => setNoPage(!ok));
  const close = useRef<HTMLButtonElement>(null);
  // "Close page" was painted and focused before this view loaded (components/exit-now-first-paint.ts):
  // this render keeps it and takes over a press already made.
  useLayoutEffect(() => {
    const { press, ownsButton } = adoptFirstPaintPress(close.current);
    if (press) void press.then((ok) => setNoPage(!ok));
    if (!ownsButton || document.activeElement === document.body) close.current?.focus();
  }, []);
  document.title = t('notes');
  const emergency = data?.emergencyCall(lines);
  const onInput = (value: string) => {
    setQuery(value);
    void loadData()
      .then((m) => m.isTheWord(value))
      .then((yes) => yes && onUnlock());
  };
  const [numbers, pages] = entries ?? [[], []];
  const q = query.trim().toLowerCase();
  const match = (...fields: string[]) => !q || fields.some((f) => f.toLowerCase().includes(q));
  const shownNumbers = numbers.filter((n) => match(n.label, n.phone));
  const shownPages = pages.filter((p) => match(p.label, p.url));
  const none = !numbers.length && !pages.length;
  return (
    <main class="notes">
      <h1>{t('notes')}</h1>
      <div class="exit">
        <button type="button" class="close-page" ref={close} autofocus onClick={closePage}>
          {t('closePage')}
        </button>
        <p class="hint">{t('closeHint')}</p>
        <div role="status">{noPage && <p class="notice">{t('noPage')}</p>}</div>
      </div>
      {emergency && (
        <p>
          <a class="button" href={emergency.href}>
            {t('callNumber', { number: emergency.number })}
          </a>
        </p>
      )}
      <SearchInput
        id="notes-search"
        label={t('search')}
        value={query}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {!entries ? null : none ? (
        <p class="help">{t('empty')}</p>
      ) : !shownNumbers.length && !shownPages.length ? (
        <p class="help">{t('nothingFound')}</p>
      ) : null}
      {data && (
        <>
          <NotesList
            id="notes-numbers"
            title={t('numbers')}
            entries={shownNumbers}
            action={(n) => (
              <a href={data.callLink(n.phone)} aria-label={`${t('callName', { name: n.label })}: ${n.phone}`}>
                {n.phone}
              </a>
            )}
          />
          <NotesList
            id="notes-links"
            title={t('links')}
            entries={shownPages}
            action={(p) => (
              <button
                type="button"
                class="link"
                aria-label={t('openName', { name: p.label })}
                onClick={() => void data.openMyPage(p.url)}
              >
                {t('open')}
              </button>
            )}
          />
        </>
      )}
      <footer>
        <SettingsLink />
      </footer>
    </main>
  );
}

/** One list of the notes view (numbers or pages): each entry's name and what it does. Nothing when empty. */
function NotesList<T extends { id: string; label: string }>(p: {
  id: string;
  title: string;
  entries: T[];
  action: (entry: T) => ComponentChildren;
}) {
  if (!p.entries.length) return null;
  return (
    <section aria-labelledby={p.id}>
      <h2 id={p.id}>{p.title}</h2>
      <ul class="notes-list">
        {p.entries.map((e) => (
          <li key={e.id}>
            <span>{e.label}</span> {p.action(e)}
          </li>
        ))}
      </ul>
    </section>
  );
}
