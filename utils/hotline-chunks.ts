import { HOTLINE_CHUNKS } from 'virtual:hotline-chunks';
import type { HotlineNote } from '@/components/hotline-notes';
import type { HotlineRecord } from './hotlines';

/**
 * One country's help lines, loaded on demand: each country of data/hotlines/hotlines.json is its
 * own small chunk (made at build time by utils/hotline-split.ts), so the popup and the welcome page
 * load the chosen country's lines and nothing else, and another country's when the user switches.
 */

/** What one country's chunk holds: its records (the data's order) and the notes of those records. */
export interface CountryHotlines {
  country: string;
  records: readonly HotlineRecord[];
  notes: Readonly<Record<string, HotlineNote>>;
}

/** The countries that have a chunk: every country in the data. */
export const countriesWithLines = (): string[] => Object.keys(HOTLINE_CHUNKS);

const loaded = new Map<string, CountryHotlines>();
const loading = new Map<string, Promise<CountryHotlines>>();

/** The country's lines if they are loaded already (a page shows them in its first render), else null. */
export const loadedHotlines = (country: string): CountryHotlines | null => loaded.get(country) ?? null;

/**
 * Loads the country's chunk (once per page); no lines for a country the data does not have. A
 * chunk that fails to load is asked for again next time.
 */
export function loadHotlines(country: string): Promise<CountryHotlines> {
  const load = Object.hasOwn(HOTLINE_CHUNKS, country) ? HOTLINE_CHUNKS[country] : null;
  if (!load) return Promise.resolve({ country, records: [], notes: {} });
  let promise = loading.get(country);
  if (!promise) {
    promise = load().then(
      ({ default: chunk }) => {
        loaded.set(country, chunk);
        return chunk;
      },
      (error: unknown) => {
        loading.delete(country);
        throw error;
      },
    );
    loading.set(country, promise);
  }
  return promise;
}
