import { useContext, useEffect, useState } from 'preact/hooks';
import { DISCREET_STRINGS } from './discreet-strings';
import { LabelledInput, SearchInput } from './LabelledInput';
import { LangContext, useT } from './lang';
import { StatusLine } from './StatusLine';
import { hasSecretWord, isSecretWord, MIN_SECRET_WORD, setSecretWord } from '@/utils/discreet';
import { appName, IS_DISCREET_BUILD } from '@/utils/discreet-build';
import type { Strings } from '@/utils/i18n';
import { getSettings, settingsItem } from '@/utils/settings';

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
 *
 * The gate is components/DiscreetGate.tsx and the popup's notes view components/NeutralNotes.tsx:
 * the popup paints them without this module (the word's storage) or its words' data.
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

const strings = DISCREET_STRINGS;

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
