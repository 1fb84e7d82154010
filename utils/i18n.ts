/**
 * English and Spanish for every string the extension shows.
 *
 * `browser.i18n` cannot switch language at run time, and the UI has a language switch, so each
 * feature keeps its own strings beside it as `{ en: {...}, es: {...} }` (typed: a key missing in
 * one language is a type error) and looks them up with `translate`. `_locales/` holds only what
 * the manifest needs (name, description, shortcut).
 */
export type Lang = 'en' | 'es';
export const LANGS: readonly Lang[] = ['en', 'es'];

/** A feature's strings in both languages, with the same keys. */
export type Strings<K extends string> = Record<Lang, Record<K, string>>;

/** The language to show: the user's choice, or the browser's UI language, English otherwise. */
export function resolveLang(setting: 'auto' | Lang, uiLanguage: string = globalThis.navigator?.language ?? 'en'): Lang {
  if (setting !== 'auto') return setting;
  return uiLanguage.toLowerCase().startsWith('es') ? 'es' : 'en';
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
