import type { Plugin } from 'vite';
import data from '../data/hotlines/hotlines.json';
import { HOTLINE_NOTES, type HotlineNote } from '../components/hotline-notes';

/**
 * Build time only (wxt.config.ts and vitest.config.ts; no page imports this): the hotline data
 * split by country, one small module per country, so that a page loads the lines of the chosen
 * country and nothing else (`npm run bench`, popup section: "help lines shown").
 *
 * Each module is made from data/hotlines/hotlines.json (the file stays a verbatim copy of the
 * sourced data; nothing is copied by hand) and from components/hotline-notes.ts: the country's
 * records in the data's order, without the fields no page reads, and the notes of those records.
 * `virtual:hotline-chunks` maps each country of the data to a dynamic import of its module (the
 * bundler makes each one its own chunk, `chunks/hotlines-US-….js`); utils/hotline-chunks.ts loads
 * them. Types: utils/virtual-modules.d.ts.
 */

/**
 * Fields of a record that no page reads: `notes` and `source_quality` are for the people who check
 * the list (the popup's caveats are written from them in components/hotline-notes.ts); `tty` and
 * `email` are not offered.
 */
export const UNSHIPPED_HOTLINE_FIELDS: readonly string[] = ['notes', 'source_quality', 'tty', 'email'];

/** The fields of a record the split reads; the others are carried over as they are. */
export interface SplittableRecord {
  id: string;
  country: string;
  [field: string]: unknown;
}

/** What one country's module holds. */
export interface CountryChunk {
  country: string;
  records: SplittableRecord[];
  notes: Record<string, HotlineNote>;
}

/**
 * The data split by country, in the order the countries first appear in it: each country's
 * records (the data's order, unshipped fields left out, every other field as it is) and the notes
 * of exactly those records.
 */
export function splitHotlines(
  records: readonly SplittableRecord[],
  notes: Readonly<Record<string, HotlineNote>>,
): Map<string, CountryChunk> {
  const chunks = new Map<string, CountryChunk>();
  for (const record of records) {
    const chunk = chunks.get(record.country) ?? { country: record.country, records: [], notes: {} };
    chunks.set(record.country, chunk);
    const shipped = Object.entries(record).filter(([k]) => !UNSHIPPED_HOTLINE_FIELDS.includes(k));
    chunk.records.push(Object.fromEntries(shipped) as SplittableRecord);
    if (notes[record.id]) chunk.notes[record.id] = notes[record.id];
  }
  return chunks;
}

/** The module that maps each country to the import of its lines. */
export const HOTLINE_CHUNKS_MODULE = 'virtual:hotline-chunks';
/** One country's module: `virtual:hotlines-US`. */
const COUNTRY_MODULE = 'virtual:hotlines-';
/** Its resolved id: the bundler names the chunk after the last part (`chunks/hotlines-US-….js`). */
const COUNTRY_ID = '\0hotline-chunks/hotlines-';

/** The source of `virtual:hotline-chunks`: `{ US: () => import('virtual:hotlines-US'), … }`, in the data's order. */
export function chunksModuleSource(countries: Iterable<string>): string {
  const entries = [...countries].map(
    (c) => `  ${JSON.stringify(c)}: () => import(${JSON.stringify(COUNTRY_MODULE + c)}),`,
  );
  return `export const HOTLINE_CHUNKS = {\n${entries.join('\n')}\n};\n`;
}

/** The source of one country's module. */
export const countryModuleSource = (chunk: CountryChunk): string => `export default ${JSON.stringify(chunk)};\n`;

/**
 * The Vite plugin: serves `virtual:hotline-chunks` and each country's module from the split of the
 * shipped data and notes (read with the config: `npm run dev` picks up a change of either on restart).
 */
export function hotlineChunks(): Plugin {
  let split: Map<string, CountryChunk> | null = null;
  const chunks = () => (split ??= splitHotlines(data as SplittableRecord[], HOTLINE_NOTES));
  return {
    name: 'quick-exit:hotline-chunks',
    resolveId(id) {
      if (id === HOTLINE_CHUNKS_MODULE) return `\0${id}`;
      return id.startsWith(COUNTRY_MODULE) ? COUNTRY_ID + id.slice(COUNTRY_MODULE.length) : null;
    },
    load(id) {
      if (id === `\0${HOTLINE_CHUNKS_MODULE}`) return chunksModuleSource(chunks().keys());
      if (!id.startsWith(COUNTRY_ID)) return null;
      const chunk = chunks().get(id.slice(COUNTRY_ID.length));
      if (!chunk) throw new Error(`No hotlines for ${id}`);
      return countryModuleSource(chunk);
    },
  };
}
