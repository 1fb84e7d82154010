import { describe, expect, it } from 'vitest';
import { DECOYS } from '@/utils/decoys';
import { DEFAULT_DECOY_URL, isHttpUrl } from '@/utils/settings-schema';

describe('decoys', () => {
  it('offers the default decoy first, and only plain https pages with unique ids', () => {
    expect(DECOYS[0].url).toBe(DEFAULT_DECOY_URL);
    for (const d of DECOYS) expect(d.url.startsWith('https://') && isHttpUrl(d.url)).toBe(true);
    expect(new Set(DECOYS.map((d) => d.id)).size).toBe(DECOYS.length);
  });
});
