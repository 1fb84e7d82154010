import type { Lang } from './i18n';
import { DEFAULT_DECOY_URLS } from './settings-schema';

/** A page offered as the decoy: common, the same for everyone (nothing personal on it). */
export interface Decoy {
  id: string;
  /** The site's own name (a proper name, shown as is in every language). */
  label: string;
  url: string;
  /** The language the page is written in. */
  lang: Lang;
}

/** The decoys offered in the options page: common, non-personalized pages in English, Spanish and French. */
export const DECOYS: readonly Decoy[] = [
  { id: 'bbc-weather', label: 'BBC Weather', url: DEFAULT_DECOY_URLS.en, lang: 'en' },
  { id: 'weather-com', label: 'The Weather Channel', url: 'https://weather.com/', lang: 'en' },
  { id: 'bbc-news', label: 'BBC News', url: 'https://www.bbc.com/news', lang: 'en' },
  { id: 'wikipedia', label: 'Wikipedia', url: 'https://www.wikipedia.org/', lang: 'en' },
  { id: 'google', label: 'Google', url: 'https://www.google.com/', lang: 'en' },
  { id: 'bbc-mundo', label: 'BBC News Mundo', url: DEFAULT_DECOY_URLS.es, lang: 'es' },
  { id: 'wikipedia-es', label: 'Wikipedia en español', url: 'https://es.wikipedia.org/', lang: 'es' },
  { id: 'google-mx', label: 'Google México', url: 'https://www.google.com.mx/', lang: 'es' },
  { id: 'radio-canada-meteo', label: 'Radio-Canada Météo', url: DEFAULT_DECOY_URLS.fr, lang: 'fr' },
  { id: 'wikipedia-fr', label: 'Wikipédia en français', url: 'https://fr.wikipedia.org/', lang: 'fr' },
];

/** The decoys in the order to offer them: pages in the UI language first. */
export function decoysFor(lang: Lang): Decoy[] {
  return [...DECOYS.filter((d) => d.lang === lang), ...DECOYS.filter((d) => d.lang !== lang)];
}
