import { describe, expect, it } from 'vitest';
import { DECOYS, decoysFor } from '@/utils/decoys';
import { DEFAULT_DECOY_URLS, isHttpUrl } from '@/utils/settings-schema';

describe('decoys per language', () => {
  it('offers Spanish-language pages, first to Spanish users, and only plain https addresses', () => {
    expect(
      decoysFor('es')
        .slice(0, 3)
        .every((d) => d.lang === 'es'),
    ).toBe(true);
    expect(decoysFor('en')[0].url).toBe(DEFAULT_DECOY_URLS.en);
    expect(decoysFor('es')[0].url).toBe(DEFAULT_DECOY_URLS.es);
    for (const d of DECOYS) expect(isHttpUrl(d.url) && d.url.startsWith('https://'), d.id).toBe(true);
    expect(new Set(DECOYS.map((d) => d.url)).size).toBe(DECOYS.length);
  });

  it('offers French-language pages first to French users, the default first', () => {
    expect(decoysFor('fr')[0].url).toBe(DEFAULT_DECOY_URLS.fr);
    expect(
      decoysFor('fr')
        .slice(0, 2)
        .every((d) => d.lang === 'fr'),
    ).toBe(true);
  });
});
