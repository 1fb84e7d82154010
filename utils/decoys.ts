import { DEFAULT_DECOY_URL } from './settings-schema';

/** The decoys offered in the options page: common, non-personalised pages. */
export const DECOYS = [
  { id: 'bbc-weather', label: 'BBC Weather', url: DEFAULT_DECOY_URL },
  { id: 'weather-com', label: 'The Weather Channel', url: 'https://weather.com/' },
  { id: 'bbc-news', label: 'BBC News', url: 'https://www.bbc.com/news' },
  { id: 'wikipedia', label: 'Wikipedia', url: 'https://www.wikipedia.org/' },
  { id: 'google', label: 'Google', url: 'https://www.google.com/' },
] as const;
