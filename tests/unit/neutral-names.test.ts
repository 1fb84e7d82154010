import { describe, expect, it } from 'vitest';
import * as neutral from '@/utils/neutral-names';

describe('neutral names', () => {
  it('finds revealing words as word beginnings, whatever the case and accents', () => {
    expect(neutral.findRevealingWords('Get Help now')).toEqual(['help']);
    expect(neutral.findRevealingWords('Ayúdame')).toEqual(expect.arrayContaining([]));
    expect(neutral.findRevealingWords('Panic button for DOMESTIC violence')).toEqual(
      expect.arrayContaining(['panic', 'domestic', 'violen']),
    );
    expect(neutral.findRevealingWords('Notes and weather')).toEqual([]);
    // Not inside other words: "chelp" is no help.
    expect(neutral.findRevealingWords('chelp')).toEqual([]);
  });

  it('the neutral names themselves reveal nothing', () => {
    const texts = [
      neutral.NEUTRAL_SHORT_NAME,
      neutral.NEUTRAL_EXIT_COMMAND,
      ...Object.values(neutral.NEUTRAL_MESSAGES).flatMap(Object.values),
    ];
    for (const text of texts) expect(neutral.findRevealingWords(String(text)), String(text)).toEqual([]);
  });

  it('neutral icons have their own files, at every size', () => {
    expect(neutral.iconPaths(false)['16']).toBe('icon/16.png');
    expect(Object.values(neutral.iconPaths(true))).toEqual([
      'icon/neutral-16.png',
      'icon/neutral-32.png',
      'icon/neutral-48.png',
      'icon/neutral-128.png',
    ]);
  });
});
