import { describe, expect, it } from 'vitest';
import { HOTLINE_NOTES } from '@/components/hotline-notes';
import { COUNTRIES } from '@/utils/countries';
import {
  chunksModuleSource,
  countryModuleSource,
  hotlineChunks,
  splitHotlines,
  UNSHIPPED_HOTLINE_FIELDS,
  type SplittableRecord,
} from '@/utils/hotline-split';
import { HOTLINE_RECORDS } from './helpers/hotline-records';

const records = HOTLINE_RECORDS as unknown as SplittableRecord[];
const split = splitHotlines(records, HOTLINE_NOTES);
const dataCountries = [...new Set(records.map((r) => r.country))];
/** A record as shipped: every field of the data but the unshipped ones, values untouched. */
const shipped = (r: SplittableRecord) =>
  Object.fromEntries(Object.entries(r).filter(([k]) => !UNSHIPPED_HOTLINE_FIELDS.includes(k)));

describe('the hotline data split by country (build time)', () => {
  it('every country in the data has a chunk, and there is no other', () => {
    expect(dataCountries.length).toBeGreaterThan(10);
    expect([...split.keys()]).toEqual(dataCountries);
    // The popup's country list (utils/countries.ts) names only countries with a chunk.
    for (const c of COUNTRIES) expect(split.has(c), c).toBe(true);
  });

  it('each chunk holds only its own country’s records, all of them, in the data’s order', () => {
    for (const [country, chunk] of split) {
      expect(chunk.country).toBe(country);
      expect(chunk.records.length, country).toBeGreaterThan(0);
      expect(chunk.records.every((r) => r.country === country)).toBe(true);
      expect(chunk.records).toEqual(records.filter((r) => r.country === country).map(shipped));
    }
    expect([...split.values()].reduce((n, c) => n + c.records.length, 0)).toBe(records.length);
  });

  it('changes no value: numbers, texts, chats and sources as in the data, only the unshipped fields left out', () => {
    const us = split.get('US')!.records;
    expect(us.find((r) => r.id === 'us-national-human-trafficking-hotline')).toMatchObject({
      phone: '1-888-373-7888',
      sms: { number: '233733', keyword: null },
    });
    for (const chunk of split.values())
      for (const r of chunk.records)
        for (const f of UNSHIPPED_HOTLINE_FIELDS) expect(r, `${r.id}`).not.toHaveProperty(f);
    // The data does have those fields: leaving them out is tested, not assumed.
    expect(records.some((r) => 'notes' in r)).toBe(true);
  });

  it('each chunk carries the notes of its own lines and no other', () => {
    for (const [country, chunk] of split) {
      const ids = new Set(chunk.records.map((r) => r.id));
      for (const id of Object.keys(chunk.notes)) expect(ids.has(id), `${country}: ${id}`).toBe(true);
      for (const id of ids) expect(chunk.notes[id]).toEqual(HOTLINE_NOTES[id]);
    }
    const carried = [...split.values()].flatMap((c) => Object.keys(c.notes));
    expect(carried.toSorted()).toEqual(Object.keys(HOTLINE_NOTES).toSorted());
  });

  it('writes one dynamic import per country, and each country’s module as the chunk itself', () => {
    const loaders = chunksModuleSource(['US', 'GB']);
    expect(loaders).toContain('"US": () => import("virtual:hotlines-US")');
    expect(loaders.match(/import\(/g)).toHaveLength(2);
    const gb = split.get('GB')!;
    const source = countryModuleSource(gb);
    expect(JSON.parse(source.replace(/^export default /, '').replace(/;\s*$/, ''))).toEqual(gb);
  });

  it('the plugin serves those modules under their ids, and leaves every other id alone', async () => {
    const plugin = hotlineChunks();
    const resolve = plugin.resolveId as (id: string) => string | null;
    const load = plugin.load as (id: string) => string | null;
    expect(resolve('./other')).toBeNull();
    expect(load('/src/other.ts')).toBeNull();
    const map = load(resolve('virtual:hotline-chunks')!)!;
    for (const c of dataCountries) expect(map).toContain(`import("virtual:hotlines-${c}")`);
    const id = resolve('virtual:hotlines-MX')!;
    // Named after the country, so the bundle shows `chunks/hotlines-MX-….js`.
    expect(id.split('/').at(-1)).toBe('hotlines-MX');
    expect(load(id)).toBe(countryModuleSource(split.get('MX')!));
    expect(() => load(resolve('virtual:hotlines-ZZ')!)).toThrow(/No hotlines/);
  });
});
