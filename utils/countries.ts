import type { Lang } from './i18n';

/**
 * The countries the popup, options and welcome page can choose, their names (written once, here),
 * and the guess from the browser's languages. Kept apart from utils/hotlines.ts so that the popup's
 * first paint does not wait for the hotline data (the popup loads it right after; see
 * components/HotlineList.tsx). A unit test checks this list against data/hotlines/hotlines.json:
 * every country with at least one verified hotline, and no other.
 */
export const COUNTRIES = [
  'US',
  'MX',
  'CA',
  'GB',
  'AU',
  'IE',
  'NZ',
  'ES',
  'AR',
  'CO',
  'CL',
  'PE',
  'GT',
  'SV',
  'HN',
  'DO',
  'PH',
  'IN',
] as const;
export type Country = (typeof COUNTRIES)[number];

export const isCountry = (c: string | null | undefined): c is Country =>
  (COUNTRIES as readonly string[]).includes(c ?? '');

/**
 * Country names in each interface language. A new language adds one column; the type makes a
 * missing name an error.
 */
export const COUNTRY_NAMES: Record<Lang, Record<Country, string>> = {
  en: {
    US: 'United States',
    MX: 'Mexico',
    CA: 'Canada',
    GB: 'United Kingdom',
    AU: 'Australia',
    IE: 'Ireland',
    NZ: 'New Zealand',
    ES: 'Spain',
    AR: 'Argentina',
    CO: 'Colombia',
    CL: 'Chile',
    PE: 'Peru',
    GT: 'Guatemala',
    SV: 'El Salvador',
    HN: 'Honduras',
    DO: 'Dominican Republic',
    PH: 'Philippines',
    IN: 'India',
  },
  es: {
    US: 'Estados Unidos',
    MX: 'México',
    CA: 'Canadá',
    GB: 'Reino Unido',
    AU: 'Australia',
    IE: 'Irlanda',
    NZ: 'Nueva Zelanda',
    ES: 'España',
    AR: 'Argentina',
    CO: 'Colombia',
    CL: 'Chile',
    PE: 'Perú',
    GT: 'Guatemala',
    SV: 'El Salvador',
    HN: 'Honduras',
    DO: 'República Dominicana',
    PH: 'Filipinas',
    IN: 'India',
  },
  fr: {
    US: 'États-Unis',
    MX: 'Mexique',
    CA: 'Canada',
    GB: 'Royaume-Uni',
    AU: 'Australie',
    IE: 'Irlande',
    NZ: 'Nouvelle-Zélande',
    ES: 'Espagne',
    AR: 'Argentine',
    CO: 'Colombie',
    CL: 'Chili',
    PE: 'Pérou',
    GT: 'Guatemala',
    SV: 'Salvador',
    HN: 'Honduras',
    DO: 'République dominicaine',
    PH: 'Philippines',
    IN: 'Inde',
  },
};

/** Other names people type when they search ("UK", "USA", "Britain"): any language matches. */
const ALSO_KNOWN_AS: Partial<Record<Country, string[]>> = {
  US: ['USA', 'America', 'EEUU', 'EE. UU.'],
  GB: ['UK', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'Inglaterra'],
  NZ: ['Aotearoa'],
  PH: ['Pilipinas'],
  IN: ['Bharat'],
};

/** The country's name in `lang`. */
export const countryName = (country: Country, lang: Lang): string => COUNTRY_NAMES[lang][country];

/** Lower case, without accents: "México" and "mexico" are the same search. */
export const foldForSearch = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();

/**
 * The countries whose name (in any language), other name or code matches what was typed, sorted by
 * their name in `lang`; names that start with the text come first. Empty text: all countries.
 */
export function searchCountries(text: string, lang: Lang): Country[] {
  const q = foldForSearch(text);
  const byName = COUNTRIES.toSorted((a, b) => countryName(a, lang).localeCompare(countryName(b, lang), lang));
  if (!q) return byName;
  const names = (c: Country) =>
    [...Object.values(COUNTRY_NAMES).map((n) => n[c]), ...(ALSO_KNOWN_AS[c] ?? [])].map(foldForSearch);
  const starts = byName.filter((c) => c.toLowerCase() === q || names(c).some((n) => n.startsWith(q)));
  const contains = byName.filter((c) => !starts.includes(c) && names(c).some((n) => n.includes(q)));
  return [...starts, ...contains];
}

/**
 * Languages that, even without a region, point to one of our countries: Filipino/Tagalog to the
 * Philippines; Hindi, Marathi, Telugu, Kannada, Malayalam and Gujarati to India (languages also
 * widely spoken elsewhere, such as Bengali, Tamil or Punjabi, are left out).
 */
const LANGUAGE_COUNTRY: Record<string, Country> = {
  fil: 'PH',
  tl: 'PH',
  hi: 'IN',
  mr: 'IN',
  te: 'IN',
  kn: 'IN',
  ml: 'IN',
  gu: 'IN',
};

/**
 * Guesses the country from the browser's languages, in order: a region the locale names ("es-AR"
 * -> AR, "en-IE" -> IE, "en-PH" -> PH), else a language that points to one country ("fil" -> PH,
 * "hi" -> IN). Returns null when no language tells: the popup then asks.
 */
export function guessCountry(locales: readonly string[]): Country | null {
  for (const locale of locales) {
    let parsed: Intl.Locale | undefined;
    try {
      parsed = new Intl.Locale(locale);
    } catch {
      parsed = undefined;
    }
    // A bare "es" or "en" says nothing about where the user is.
    if (isCountry(parsed?.region)) return parsed.region;
    const byLanguage = parsed && !parsed.region ? LANGUAGE_COUNTRY[parsed.language] : undefined;
    if (byLanguage) return byLanguage;
  }
  return null;
}

/**
 * The bare extension API (`browser` in Firefox, `chrome` in Chromium), without the polyfill: the
 * popup's first paint guesses the country before the polyfill loads, and `getUILanguage` is
 * synchronous in both.
 */
function bareExtensionApi(): { i18n: { getUILanguage(): string } } {
  const g = globalThis as unknown as { browser?: typeof chrome; chrome?: typeof chrome };
  return (g.browser ?? g.chrome)!;
}

/**
 * The browser's locales, the UI language first ("es-MX"), then the languages the user prefers for
 * pages (`navigator.languages`, which often name a region when the UI language does not).
 */
export function browserLocales(
  api: { i18n: { getUILanguage(): string } } = bareExtensionApi(),
  nav: { languages?: readonly string[]; language?: string } = globalThis.navigator ?? {},
): string[] {
  return [api.i18n.getUILanguage(), ...(nav.languages ?? (nav.language ? [nav.language] : []))];
}
