/**
 * English, Spanish and French for every string the extension shows.
 *
 * `browser.i18n` cannot switch language at run time, and the UI has a language switch, so each
 * feature keeps its own strings beside it as `{ en: {...}, es: {...}, fr: {...} }` (typed: a key missing in
 * one language is a type error) and looks them up with `translate`. `_locales/` holds only what
 * the manifest needs (name, description, shortcut).
 */
export type Lang = 'en' | 'es' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'es', 'fr'];

/** A feature's strings in every language, with the same keys. */
export type Strings<K extends string> = Record<Lang, Record<K, string>>;

/** True for one of the UI languages (a stored setting is checked with this). */
export const isLang = (value: unknown): value is Lang => (LANGS as readonly unknown[]).includes(value);

/**
 * The language to show: the user's choice, or the browser's UI language ("es-MX" -> es,
 * "fr-CA" -> fr), English otherwise.
 */
export function resolveLang(setting: 'auto' | Lang, uiLanguage: string = globalThis.navigator?.language ?? 'en'): Lang {
  if (setting !== 'auto') return setting;
  const primary = uiLanguage.slice(0, 2).toLowerCase();
  return isLang(primary) ? primary : 'en';
}

/** Looks up `key` in `lang`, filling `{name}` placeholders from `vars`. */
export function translate<K extends string>(
  strings: Strings<K>,
  lang: Lang,
  key: K,
  vars: Record<string, string | number> = {},
): string {
  const text = strings[lang][key] ?? strings.en[key];
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** The locale whose conventions each UI language follows (US English, Mexican Spanish, Canadian French). */
const LOCALES: Record<Lang, string> = { en: 'en-US', es: 'es-MX', fr: 'fr-CA' };

/**
 * A year and month as people write it ("2026-10" -> "October 2026", "octubre de 2026"); the
 * input unchanged if it is not YYYY-MM.
 */
export function formatMonth(yearMonth: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  if (!m) return yearMonth;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  return new Intl.DateTimeFormat(LOCALES[lang], { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
}
