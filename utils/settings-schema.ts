import { isWebUrl } from './validate';
/**
 * The settings that reveal nothing about the user (which keys, which decoy, what an exit closes).
 * Pure data and validation: the content script imports this file, so it must stay tiny and
 * import no extension API.
 *
 * Anything that names a person's help-seeking (their numbers, bookmarks, sensitive sites, visited
 * URLs) is NOT a setting and never goes here: see `session-store.ts`.
 */

import { isLang, resolveLang } from './i18n';

/** Which key sequences on a page start an exit. */
export interface TriggerSettings {
  /** Escape pressed twice within about a second (default on). */
  doubleEscape: boolean;
  /** Shift pressed three times on its own, the GOV.UK convention (default on). */
  tripleShift: boolean;
  /** A single Escape (opt-in: many pages use Escape to close dialogs). */
  singleEscape: boolean;
}

export interface Settings {
  /**
   * The ordinary page that replaces the hidden tab. http(s) only. Until the user picks one
   * (`decoyChosen`), the default page of the UI language (see `defaultDecoyUrl`).
   */
  decoyUrl: string;
  /** True once the user picked a decoy in the options; until then the decoy follows the language. */
  decoyChosen: boolean;
  triggers: TriggerSettings;
  /** Also swap out other open tabs showing the same site(s) or another sensitive site. */
  closeSameSiteTabs: boolean;
  /** Close every tab in the window, leaving only the decoy. */
  closeWholeWindow: boolean;
  /** Toolbar icon exits on one click instead of opening the popup. */
  oneClickToolbar: boolean;
  /** On exit, also remove cookies, storage and cache of the hidden site(s). */
  clearSiteDataOnExit: boolean;
  /** Remove visits to sensitive sites from history as they happen. */
  eraseSensitiveAsVisited: boolean;
  /** ISO 3166-1 alpha-2 country for the hotline list; null = guess from the browser language. */
  country: string | null;
  /** UI language; 'auto' follows the browser. */
  language: 'auto' | 'en' | 'es' | 'fr';
  /** Neutral toolbar icon and title. */
  discreet: boolean;
  /**
   * Undo, hidden: the panic keys pressed again on the decoy within 60 s reopen the page the exit
   * hid, in a private window (utils/undo.ts). Off by default: while off, the page is not kept.
   */
  undoByPanicAgain: boolean;
  /** At every exit, forget the user's own numbers and pages (utils/forget-at-exit.ts). */
  forgetMyEntriesOnExit: boolean;
}

/** The default decoy: a weather forecast, the page GOV.UK's own quick exit uses. */
export const DEFAULT_DECOY_URL = 'https://www.bbc.com/weather';

/** The default panic keys (a constant of its own: the content script carries only this part). */
export const DEFAULT_TRIGGERS: TriggerSettings = { doubleEscape: true, tripleShift: true, singleEscape: false };

/**
 * The default decoy of each UI language: an English weather page looks out of place in a
 * Spanish-speaking home, so Spanish gets the BBC's own Spanish-language front page, and French
 * (written for Canada) gets Radio-Canada's weather page.
 */
export const DEFAULT_DECOY_URLS = {
  en: DEFAULT_DECOY_URL,
  es: 'https://www.bbc.com/mundo',
  fr: 'https://ici.radio-canada.ca/meteo',
} as const;

/** The default decoy for a language setting ('auto' follows the browser, as the UI does). */
export function defaultDecoyUrl(
  language: Settings['language'],
  uiLanguage: string = globalThis.navigator?.language ?? 'en',
): string {
  return DEFAULT_DECOY_URLS[resolveLang(language, uiLanguage)];
}

/**
 * The decoy to use: the stored one if the user chose it (or it is an address of their own, as
 * written before `decoyChosen` existed), else the default of the language.
 */
function resolveDecoy(stored: unknown, chosen: unknown, language: Settings['language']): string {
  const url = typeof stored === 'string' && isWebUrl(stored) ? stored : null;
  const isDefault = !url || (Object.values(DEFAULT_DECOY_URLS) as string[]).includes(url);
  return url && (chosen === true || !isDefault) ? url : defaultDecoyUrl(language);
}

export const DEFAULT_SETTINGS: Settings = {
  decoyUrl: DEFAULT_DECOY_URL,
  decoyChosen: false,
  triggers: DEFAULT_TRIGGERS,
  closeSameSiteTabs: true,
  closeWholeWindow: false,
  oneClickToolbar: false,
  clearSiteDataOnExit: true,
  eraseSensitiveAsVisited: true,
  country: null,
  language: 'auto',
  discreet: false,
  undoByPanicAgain: false,
  forgetMyEntriesOnExit: true,
};

/** The storage key under `storage.local` (the `local:settings` item). */
export const SETTINGS_KEY = 'settings';

/**
 * Merges whatever is stored with the defaults, dropping unknown or ill-typed values, so a
 * corrupted or older stored object can never break an exit.
 */
export function normalizeSettings(stored: unknown): Settings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const t = (s.triggers && typeof s.triggers === 'object' ? s.triggers : {}) as Record<string, unknown>;
  const bool = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);
  const d = DEFAULT_SETTINGS;
  const language = isLang(s.language) ? s.language : 'auto';
  return {
    decoyUrl: resolveDecoy(s.decoyUrl, s.decoyChosen, language),
    decoyChosen: s.decoyChosen === true,
    triggers: {
      doubleEscape: bool(t.doubleEscape, d.triggers.doubleEscape),
      tripleShift: bool(t.tripleShift, d.triggers.tripleShift),
      singleEscape: bool(t.singleEscape, d.triggers.singleEscape),
    },
    closeSameSiteTabs: bool(s.closeSameSiteTabs, d.closeSameSiteTabs),
    closeWholeWindow: bool(s.closeWholeWindow, d.closeWholeWindow),
    oneClickToolbar: bool(s.oneClickToolbar, d.oneClickToolbar),
    clearSiteDataOnExit: bool(s.clearSiteDataOnExit, d.clearSiteDataOnExit),
    eraseSensitiveAsVisited: bool(s.eraseSensitiveAsVisited, d.eraseSensitiveAsVisited),
    country: typeof s.country === 'string' && /^[A-Z]{2}$/.test(s.country) ? s.country : null,
    language,
    discreet: bool(s.discreet, d.discreet),
    undoByPanicAgain: bool(s.undoByPanicAgain, d.undoByPanicAgain),
    forgetMyEntriesOnExit: bool(s.forgetMyEntriesOnExit, d.forgetMyEntriesOnExit),
  };
}

/**
 * The settings the content script needs, read cheaply (it runs on every page, so it does not
 * carry the full normaliser nor the whole default object). `language` picks the word a screen
 * reader hears over the cover.
 */
export function readPanicSettings(stored: unknown): Pick<Settings, 'triggers' | 'decoyUrl' | 'language'> {
  const s = (stored ?? {}) as Partial<Settings>;
  const language = isLang(s.language) ? s.language : 'auto';
  const url = resolveDecoy(s.decoyUrl, s.decoyChosen, language);
  return { triggers: { ...DEFAULT_TRIGGERS, ...s.triggers }, decoyUrl: url, language };
}

/** True for an absolute http: or https: URL without credentials (utils/validate.ts `isWebUrl`). */
export const isHttpUrl = (value: string): boolean => isWebUrl(value);
