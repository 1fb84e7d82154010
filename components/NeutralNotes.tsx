import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { DISCREET_STRINGS as strings } from './discreet-strings';
import { useT } from './lang';
import { lazyModule } from './lazy';
import type { MyBookmark, MyNumber } from '@/utils/session-store';
import { SettingsLink } from './SettingsLink';

/** "Close page"'s request (components/exit-now-request.ts), fetched right after the first paint. */
const loadExitNow = () => import('./exit-now-request');

/** The view's data and actions (session storage, hotline data, the word), after the first paint. */
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
  const entries = useMyEntries();
  const [query, setQuery] = useState('');
  const close = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => close.current?.focus(), []);
  // "Close page" must not wait for its code when pressed: fetched right after the first paint.
  useEffect(() => void loadExitNow(), []);
  document.title = t('notes');
  const emergency = data?.emergencyCall(country);
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
        <button
          type="button"
          class="close-page"
          ref={close}
          autofocus
          onClick={() => void loadExitNow().then((m) => m.exitNowFromPopup())}
        >
          {t('closePage')}
        </button>
        <p class="hint">{t('closeHint')}</p>
      </div>
      {emergency && (
        <p>
          <a class="button" href={emergency.href}>
            {t('callNumber', { number: emergency.number })}
          </a>
        </p>
      )}
      <p class="field">
        <label for="notes-search">{t('search')}</label>
        <input
          id="notes-search"
          type="search"
          autocomplete="off"
          spellcheck={false}
          value={query}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      </p>
      {!entries ? null : none ? (
        <p class="help">{t('empty')}</p>
      ) : !shownNumbers.length && !shownPages.length ? (
        <p class="help">{t('nothingFound')}</p>
      ) : null}
      {data && shownNumbers.length > 0 && (
        <section aria-labelledby="notes-numbers">
          <h2 id="notes-numbers">{t('numbers')}</h2>
          <ul class="notes-list">
            {shownNumbers.map((n) => (
              <li key={n.id}>
                <span>{n.label}</span>{' '}
                <a href={data.callLink(n.phone)} aria-label={`${t('callName', { name: n.label })}: ${n.phone}`}>
                  {n.phone}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {data && shownPages.length > 0 && (
        <section aria-labelledby="notes-links">
          <h2 id="notes-links">{t('links')}</h2>
          <ul class="notes-list">
            {shownPages.map((p) => (
              <li key={p.id}>
                <span>{p.label}</span>{' '}
                <button
                  type="button"
                  class="link"
                  aria-label={t('openName', { name: p.label })}
                  onClick={() => void data.openMyPage(p.url)}
                >
                  {t('open')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <footer>
        <SettingsLink />
      </footer>
    </main>
  );
}
