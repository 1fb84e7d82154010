import { browser } from 'wxt/browser';

/**
 * The countries the popup and options can choose, and the guess from the browser's languages.
 * Kept apart from utils/hotlines.ts so that the popup's first paint does not wait for the hotline
 * data (the popup loads it right after; see components/HotlineList.tsx). A unit test checks this
 * list against data/hotlines/hotlines.json: every country with at least one verified hotline.
 */
export const COUNTRIES = ['US', 'MX', 'CA', 'GB', 'AU'] as const;
export type Country = (typeof COUNTRIES)[number];

export const isCountry = (c: string | null | undefined): c is Country =>
  (COUNTRIES as readonly string[]).includes(c ?? '');

/**
 * Guesses the country from the browser's languages ("es-MX" -> MX, "en-GB" -> GB, "es-US" -> US).
 * Returns null when no language names a region we have hotlines for: the popup then asks.
 */
export function guessCountry(locales: readonly string[]): Country | null {
  for (const locale of locales) {
    let region: string | undefined;
    try {
      // Only a region the locale names: a bare "es" says nothing about where the user is.
      region = new Intl.Locale(locale).region;
    } catch {
      region = undefined;
    }
    if (isCountry(region)) return region;
  }
  return null;
}

/**
 * The browser's locales, the UI language first ("es-MX"), then the languages the user prefers for
 * pages (`navigator.languages`, which often name a region when the UI language does not).
 */
export function browserLocales(
  api: { i18n: { getUILanguage(): string } } = browser,
  nav: { languages?: readonly string[]; language?: string } = globalThis.navigator ?? {},
): string[] {
  return [api.i18n.getUILanguage(), ...(nav.languages ?? (nav.language ? [nav.language] : []))];
}
