import { describe, expect, it, vi } from 'vitest';
import { HOTLINE_NOTES } from '@/components/hotline-notes';
import { COUNTRIES } from '@/utils/countries';
import { countriesWithLines, loadHotlines } from '@/utils/hotline-chunks';
import { hotlinesFor } from '@/utils/hotlines';
import { HOTLINE_RECORDS } from './helpers/hotline-records';

/** Through the module the build makes (vitest.config.ts runs the same plugin as the build). */
describe('one country’s help lines, loaded on demand', () => {
  it('is loaded once, then at hand for a first render; a country without data has no lines', async () => {
    // A fresh copy of the module: nothing loaded yet, whatever ran before in this thread.
    vi.resetModules();
    const fresh = await import('@/utils/hotline-chunks');
    expect(fresh.loadedHotlines('NZ')).toBeNull();
    const first = fresh.loadHotlines('NZ');
    expect(fresh.loadHotlines('NZ')).toBe(first);
    const nz = await first;
    expect(fresh.loadedHotlines('NZ')).toBe(nz);
    expect(await fresh.loadHotlines('ZZ')).toEqual({ country: 'ZZ', records: [], notes: {} });
    expect(await fresh.loadHotlines('constructor')).toEqual({ country: 'constructor', records: [], notes: {} });
  });

  it('every country of the data can be loaded, and only its own lines come', async () => {
    const inData = [...new Set(HOTLINE_RECORDS.map((r) => r.country))];
    expect(countriesWithLines()).toEqual(inData);
    for (const c of inData) {
      const lines = await loadHotlines(c);
      expect(lines.country).toBe(c);
      expect(lines.records.map((r) => r.id)).toEqual(HOTLINE_RECORDS.filter((r) => r.country === c).map((r) => r.id));
      expect(Object.keys(lines.notes).every((id) => lines.records.some((r) => r.id === id))).toBe(true);
    }
  });

  it('the numbers are exactly those of the data, and the popup shows the same lines as from the whole data', async () => {
    for (const c of COUNTRIES) {
      const lines = await loadHotlines(c);
      for (const r of lines.records) {
        const original = HOTLINE_RECORDS.find((x) => x.id === r.id)!;
        expect([r.phone, r.phone_display, r.sms, r.chat_url, r.website, r.verified, r.unverified_fields]).toEqual([
          original.phone,
          original.phone_display,
          original.sms,
          original.chat_url,
          original.website,
          original.verified,
          original.unverified_fields,
        ]);
      }
      for (const lang of ['en', 'es', 'fr'] as const)
        expect(hotlinesFor(c, lines.records, lang)).toEqual(hotlinesFor(c, HOTLINE_RECORDS, lang));
    }
    const us = await loadHotlines('US');
    expect(us.notes['us-national-human-trafficking-hotline']).toEqual(
      HOTLINE_NOTES['us-national-human-trafficking-hotline'],
    );
  });
});
