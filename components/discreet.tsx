import type { ComponentChildren } from 'preact';
import { useContext, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { exitThisPage } from './exit-this-page';
import { LangContext, useT } from './lang';
import { LabelledInput, SearchInput } from './LabelledInput';
import { StatusLine } from './StatusLine';
import { SettingsLink } from './OwnPageLinks';
import { browserLocales, guessCountry } from '@/utils/countries';
import {
  appName,
  hasSecretWord,
  IS_DISCREET_BUILD,
  isSecretWord,
  MIN_SECRET_WORD,
  setSecretWord,
} from '@/utils/discreet';
import { hotlinesFor, telHref } from '@/utils/hotlines';
import type { Strings } from '@/utils/i18n';
import { send } from '@/utils/messages';
import { openPrivately } from '@/utils/private-open';
import {
  bookmarksItem,
  getBookmarks,
  getNumbers,
  numbersItem,
  type MyBookmark,
  type MyNumber,
} from '@/utils/session-store';
import { getSettings, settingsItem } from '@/utils/settings';
import type { Settings } from '@/utils/settings-schema';

/**
 * Discreet mode in the extension's own pages (issue 12, part 4). While discreet mode is on (the
 * setting, or the discreet build), nothing visible without the user's own word says what the tool
 * is for:
 * - the popup opens on a plain notes view (`NeutralNotes`): the user's own numbers and pages under
 *   their own labels, a search box, "Close page" (= Exit now) and a call button for the country's
 *   emergency number. Typing the word into the search box opens the full popup, until it closes.
 * - the options and welcome pages show only a word field (`WordGate`), or, before a word was
 *   chosen, a field to choose one (the set-up, e.g. with an advocate).
 * Everything here is neutral copy: the e2e scans it with `findRevealingWords`.
 */

/**
 * True while discreet mode is on (the setting, or the discreet build). Pages use it to keep their
 * header and tab title neutral (`useAppName`). Follows the setting live.
 */
export function useDiscreet(): boolean {
  const [discreet, setDiscreet] = useState(IS_DISCREET_BUILD);
  useEffect(() => {
    let live = true;
    void getSettings().then((s) => live && setDiscreet(s.discreet || IS_DISCREET_BUILD));
    const unwatch = settingsItem.watch((s) => setDiscreet(!!s?.discreet || IS_DISCREET_BUILD));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return discreet;
}

/** "Quick Exit", or "Notes"/"Notas"/"Notes" in discreet mode: for page headers and tab titles. */
export function useAppName(): string {
  return appName(useDiscreet(), useContext(LangContext));
}

const strings: Strings<
  | 'notes'
  | 'search'
  | 'numbers'
  | 'links'
  | 'empty'
  | 'nothingFound'
  | 'closePage'
  | 'noPage'
  | 'closeHint'
  | 'callNumber'
  | 'call'
  | 'callName'
  | 'open'
  | 'openName'
  | 'settingsTitle'
  | 'yourWord'
  | 'unlock'
  | 'notTheWord'
  | 'chooseIntro'
  | 'chooseWord'
  | 'saveWord'
  | 'tooShort'
  | 'forgot'
> = {
  en: {
    notes: 'Notes',
    search: 'Search notes',
    numbers: 'Numbers',
    links: 'Links',
    empty: 'No notes yet.',
    nothingFound: 'Nothing found.',
    closePage: 'Close page',
    noPage: 'No page to close here.',
    closeHint: 'Switches the tab you are on to another page.',
    callNumber: 'Call {number}',
    call: 'Call',
    callName: 'Call {name}',
    open: 'Open',
    openName: 'Open {name}',
    settingsTitle: 'Notes settings',
    yourWord: 'Your word',
    unlock: 'Open',
    notTheWord: 'That is not the word.',
    chooseIntro: 'Choose a word that opens everything here. Type it into the notes’ search box to see the rest.',
    chooseWord: 'Word (at least {min} letters)',
    saveWord: 'Save the word',
    tooShort: 'At least {min} letters.',
    forgot: 'Forgot the word? Remove the extension and add it again.',
  },
  es: {
    notes: 'Notas',
    search: 'Buscar en las notas',
    numbers: 'Números',
    links: 'Enlaces',
    empty: 'Aún no hay notas.',
    nothingFound: 'No se encontró nada.',
    closePage: 'Cerrar página',
    noPage: 'Aquí no hay ninguna página que cerrar.',
    closeHint: 'Cambia la pestaña en la que estás a otra página.',
    callNumber: 'Llamar al {number}',
    call: 'Llamar',
    callName: 'Llamar a {name}',
    open: 'Abrir',
    openName: 'Abrir {name}',
    settingsTitle: 'Configuración de notas',
    yourWord: 'Tu palabra',
    unlock: 'Abrir',
    notTheWord: 'Esa no es la palabra.',
    chooseIntro:
      'Elige una palabra que lo abra todo aquí. Escríbela en el cuadro de búsqueda de las notas para ver el resto.',
    chooseWord: 'Palabra (al menos {min} letras)',
    saveWord: 'Guardar la palabra',
    tooShort: 'Al menos {min} letras.',
    forgot: '¿Olvidaste la palabra? Quita la extensión y vuelve a agregarla.',
  },
  fr: {
    notes: 'Notes',
    search: 'Chercher dans les notes',
    numbers: 'Numéros',
    links: 'Liens',
    empty: 'Aucune note pour l’instant.',
    nothingFound: 'Rien de trouvé.',
    closePage: 'Fermer la page',
    noPage: 'Aucune page à fermer ici.',
    closeHint: 'Remplace l’onglet où vous êtes par une autre page.',
    callNumber: 'Appeler le {number}',
    call: 'Appeler',
    callName: 'Appeler {name}',
    open: 'Ouvrir',
    openName: 'Ouvrir {name}',
    settingsTitle: 'Paramètres des notes',
    yourWord: 'Votre mot',
    unlock: 'Ouvrir',
    notTheWord: 'Ce n’est pas le mot.',
    chooseIntro:
      'Choisissez un mot qui ouvre tout ici. Tapez-le dans la boîte de recherche des notes pour voir le reste.',
    chooseWord: 'Mot (au moins {min} lettres)',
    saveWord: 'Enregistrer le mot',
    tooShort: 'Au moins {min} lettres.',
    forgot: 'Vous avez oublié le mot? Retirez l’extension et ajoutez-la de nouveau.',
  },
};

/** Exported for the e2e scan and the welcome page's practice. */
export const DISCREET_STRINGS = strings;

/** The user's own numbers and pages, kept in step with `storage.session`. */
function useMyEntries(): [MyNumber[], MyBookmark[]] {
  const [numbers, setNumbers] = useState<MyNumber[]>([]);
  const [pages, setPages] = useState<MyBookmark[]>([]);
  useEffect(() => {
    const load = () => {
      void getNumbers().then(setNumbers);
      void getBookmarks().then(setPages);
    };
    load();
    const u1 = numbersItem.watch(load);
    const u2 = bookmarksItem.watch(load);
    return () => {
      u1();
      u2();
    };
  }, []);
  return [numbers, pages];
}

/** The country's emergency number from the shipped hotline data, if it has one to call. */
function emergencyCall(country: string | null): { number: string; href: string } | null {
  if (!country) return null;
  const line = hotlinesFor(country).find((h) => h.topics.includes('emergency') && h.callHref && h.phone);
  return line ? { number: line.phoneDisplay ?? line.phone!, href: line.callHref! } : null;
}

/**
 * Opens one of the user's pages in a private window where Quick Exit runs, or else in an ordinary
 * tab whose visits are erased as they happen (never a private window without an exit; the notes
 * view says nothing about it, to stay plain).
 */
async function openMyPage(url: string): Promise<void> {
  const result = await openPrivately(url).catch(() => 'refused' as const);
  if (result === 'private-unavailable' || result === 'not-allowed') await send('open-erased', { url }).catch(() => {});
}

/**
 * The popup in discreet mode before the word: a plain notes view. "Close page" is focused (Enter
 * right away exits, as in the full popup); the emergency number is one click away. Typing the
 * word into the search box calls `onUnlock`; anything else only filters the notes.
 */
export function NeutralNotes({ country, onUnlock }: { country: string | null; onUnlock: () => void }) {
  const t = useT(strings);
  const [numbers, pages] = useMyEntries();
  const [query, setQuery] = useState('');
  // "Close page" is the popup's Exit now under a neutral name; it says so when there is no page.
  const [noPage, setNoPage] = useState(false);
  const closePage = async () => setNoPage(!(await exitThisPage()));
  const close = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => close.current?.focus(), []);
  document.title = t('notes');
  const emergency = emergencyCall(country);
  const onInput = (value: string) => {
    setQuery(value);
    void isSecretWord(value).then((yes) => yes && onUnlock());
  };
  const q = query.trim().toLowerCase();
  const match = (...fields: string[]) => !q || fields.some((f) => f.toLowerCase().includes(q));
  const shownNumbers = numbers.filter((n) => match(n.label, n.phone));
  const shownPages = pages.filter((p) => match(p.label, p.url));
  const none = !numbers.length && !pages.length;
  return (
    <main class="notes">
      <h1>{t('notes')}</h1>
      <div class="exit">
        <button type="button" class="close-page" ref={close} autofocus onClick={() => void closePage()}>
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
      {none ? (
        <p class="help">{t('empty')}</p>
      ) : !shownNumbers.length && !shownPages.length ? (
        <p class="help">{t('nothingFound')}</p>
      ) : null}
      <NotesList
        id="notes-numbers"
        title={t('numbers')}
        entries={shownNumbers}
        action={(n) => (
          <a href={telHref(n.phone)} aria-label={`${t('callName', { name: n.label })}: ${n.phone}`}>
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
            onClick={() => void openMyPage(p.url)}
          >
            {t('open')}
          </button>
        )}
      />
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

/** Whether a word for discreet mode is set (null until known), and a setter for after saving one. */
function useHasSecretWord() {
  const [isSet, setIsSet] = useState<boolean | null>(null);
  useEffect(() => void hasSecretWord().then(setIsSet), []);
  return [isSet, setIsSet] as const;
}

/**
 * The options and welcome pages in discreet mode before the word: a word field, or (no word yet)
 * the set-up field that chooses one. Either opens the page (`onUnlock`).
 */
export function WordGate({ onUnlock, heading }: { onUnlock: () => void; heading: 'notes' | 'settingsTitle' }) {
  const t = useT(strings);
  const [hasWord] = useHasSecretWord();
  const [word, setWord] = useState('');
  const [error, setError] = useState<string | null>(null);
  document.title = t(heading);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (hasWord) {
      if (await isSecretWord(word)) onUnlock();
      else setError(t('notTheWord'));
    } else if (await setSecretWord(word)) onUnlock();
    else setError(t('tooShort', { min: MIN_SECRET_WORD }));
  };
  if (hasWord === null) return null;
  return (
    <main class="notes">
      <h1>{t(heading)}</h1>
      {!hasWord && <p class="help">{t('chooseIntro')}</p>}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <LabelledInput
          id="notes-word"
          label={hasWord ? t('yourWord') : t('chooseWord', { min: MIN_SECRET_WORD })}
          type="password"
          autocomplete="off"
          value={word}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'notes-word-error' : undefined}
          onInput={(e) => {
            setWord(e.currentTarget.value);
            setError(null);
          }}
        />
        {error && (
          <p id="notes-word-error" class="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="primary">
          {hasWord ? t('unlock') : t('saveWord')}
        </button>
      </form>
      {hasWord && <p class="help">{t('forgot')}</p>}
    </main>
  );
}

/**
 * Wraps a page's content: outside discreet mode, the content as is; in discreet mode, the neutral
 * view until the word is given (for this opening of the page only: nothing stays unlocked).
 * `settings` must be the stored settings from the first render on (the pages read them first).
 */
export function DiscreetGate({
  settings,
  page,
  children,
}: {
  settings: Pick<Settings, 'discreet' | 'country'>;
  page: 'popup' | 'options' | 'welcome';
  children: ComponentChildren;
}) {
  // A page opened outside discreet mode stays open when the user turns it on there (the set-up):
  // it asks for the word from the next opening on.
  const [unlocked, setUnlocked] = useState(() => !(settings.discreet || IS_DISCREET_BUILD));
  if (!(settings.discreet || IS_DISCREET_BUILD) || unlocked) return <>{children}</>;
  const unlock = () => setUnlocked(true);
  if (page === 'popup')
    return <NeutralNotes country={settings.country ?? guessCountry(browserLocales())} onUnlock={unlock} />;
  return <WordGate onUnlock={unlock} heading={page === 'options' ? 'settingsTitle' : 'notes'} />;
}

const wordStrings: Strings<'legend' | 'help' | 'isSet' | 'notSet' | 'label' | 'save' | 'saved' | 'tooShort'> = {
  en: {
    legend: 'Your word for discreet mode',
    help: 'In discreet mode the menu shows only your notes, “Close page” (it exits) and the emergency number. Typing this word into its search box shows everything; the settings and welcome pages ask for it too. It is stored so that it cannot be read back, not even here.',
    isSet: 'A word is set.',
    notSet: 'No word yet.',
    label: 'New word (at least {min} letters)',
    save: 'Save the word',
    saved: 'Word saved.',
    tooShort: 'At least {min} letters.',
  },
  es: {
    legend: 'Tu palabra para el modo discreto',
    help: 'En modo discreto el menú muestra solo tus notas, “Cerrar página” (sale) y el número de emergencias. Al escribir esta palabra en su cuadro de búsqueda se muestra todo; las páginas de configuración y de bienvenida también la piden. Se guarda de forma que no se puede volver a leer, ni siquiera aquí.',
    isSet: 'Hay una palabra guardada.',
    notSet: 'Aún no hay palabra.',
    label: 'Nueva palabra (al menos {min} letras)',
    save: 'Guardar la palabra',
    saved: 'Palabra guardada.',
    tooShort: 'Al menos {min} letras.',
  },
  fr: {
    legend: 'Votre mot pour le mode discret',
    help: 'En mode discret, le menu affiche seulement vos notes, « Fermer la page » (qui fait sortir) et le numéro d’urgence. Taper ce mot dans sa boîte de recherche affiche tout; les pages des paramètres et d’accueil le demandent aussi. Il est enregistré de façon à ne pas pouvoir être relu, même ici.',
    isSet: 'Un mot est défini.',
    notSet: 'Aucun mot pour l’instant.',
    label: 'Nouveau mot (au moins {min} lettres)',
    save: 'Enregistrer le mot',
    saved: 'Mot enregistré.',
    tooShort: 'Au moins {min} lettres.',
  },
};

/** The options' field for the word: never shows the word, only whether one is set. */
export function DiscreetWordField() {
  const t = useT(wordStrings);
  const [isSet, setIsSet] = useHasSecretWord();
  const [word, setWord] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (await setSecretWord(word)) {
      setWord('');
      setIsSet(true);
      setStatus({ ok: true, text: t('saved') });
    } else setStatus({ ok: false, text: t('tooShort', { min: MIN_SECRET_WORD }) });
  };
  return (
    <fieldset>
      <legend>{t('legend')}</legend>
      <p class="help">{t('help')}</p>
      <p>{isSet === null ? '' : isSet ? t('isSet') : t('notSet')}</p>
      <form class="row" onSubmit={(e) => void submit(e)} noValidate>
        <LabelledInput
          id="discreet-word"
          label={t('label', { min: MIN_SECRET_WORD })}
          type="password"
          autocomplete="new-password"
          value={word}
          onInput={(e) => {
            setWord(e.currentTarget.value);
            setStatus(null);
          }}
        />
        <button type="submit" class="primary">
          {t('save')}
        </button>
      </form>
      {status && (
        <p class={status.ok ? 'status' : 'error'} role={status.ok ? 'status' : 'alert'}>
          {status.text}
        </p>
      )}
    </fieldset>
  );
}

const practiceStrings: Strings<'label' | 'yes' | 'noWord' | 'hint'> = {
  en: {
    label: 'Practice: type your word as you would in the menu’s search box',
    yes: 'That is your word: in the menu it shows everything.',
    noWord: 'No word is set yet. Choose one in the settings.',
    hint: 'Anything else only searches your notes, and says nothing.',
  },
  es: {
    label: 'Practica: escribe tu palabra como en el cuadro de búsqueda del menú',
    yes: 'Esa es tu palabra: en el menú lo muestra todo.',
    noWord: 'Aún no hay palabra. Elige una en la configuración.',
    hint: 'Cualquier otra cosa solo busca en tus notas, y no dice nada.',
  },
  fr: {
    label: 'Pratiquez : tapez votre mot comme dans la boîte de recherche du menu',
    yes: 'C’est votre mot : dans le menu, il affiche tout.',
    noWord: 'Aucun mot n’est encore défini. Choisissez-en un dans les paramètres.',
    hint: 'Tout autre texte cherche seulement dans vos notes, sans rien dire.',
  },
};

/**
 * For the welcome page: practice the word of discreet mode. Says when the typed text is the word;
 * never shows or hints at the word itself.
 */
export function PractiseWord() {
  const t = useT(practiceStrings);
  const [isSet] = useHasSecretWord();
  const [match, setMatch] = useState(false);
  if (isSet === null) return null;
  if (!isSet) return <p class="help">{t('noWord')}</p>;
  return (
    <div>
      <SearchInput
        id="practise-word"
        label={t('label')}
        aria-describedby="practise-word-hint"
        onInput={(e) => void isSecretWord(e.currentTarget.value).then(setMatch)}
      />
      <p id="practise-word-hint" class="help">
        {t('hint')}
      </p>
      <StatusLine text={match ? t('yes') : ''} />
    </div>
  );
}
