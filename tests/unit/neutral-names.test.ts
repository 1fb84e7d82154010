import { describe, expect, it } from 'vitest';
import {
  findRevealingWords,
  iconPaths,
  NEUTRAL_MESSAGES,
  NEUTRAL_SHORT_NAME,
  NEUTRAL_EXIT_COMMAND,
} from '@/utils/neutral-names';

describe('neutral names', () => {
  it('finds revealing words as word beginnings, whatever the case and accents', () => {
    expect(findRevealingWords('Get Help now')).toEqual(['help']);
    expect(findRevealingWords('Ayúdame')).toEqual(expect.arrayContaining([]));
    expect(findRevealingWords('Panic button for DOMESTIC violence')).toEqual(
      expect.arrayContaining(['panic', 'domestic', 'violen']),
    );
    expect(findRevealingWords('Notes and weather')).toEqual([]);
    // Not inside other words: "chelp" is no help.
    expect(findRevealingWords('chelp')).toEqual([]);
  });

  it('the neutral names themselves reveal nothing', () => {
    const texts = [NEUTRAL_SHORT_NAME, NEUTRAL_EXIT_COMMAND, ...Object.values(NEUTRAL_MESSAGES).flatMap(Object.values)];
    for (const text of texts) expect(findRevealingWords(String(text)), String(text)).toEqual([]);
  });

  it('neutral icons have their own files, at every size', () => {
    expect(iconPaths(false)['16']).toBe('icon/16.png');
    expect(Object.values(iconPaths(true))).toEqual([
      'icon/neutral-16.png',
      'icon/neutral-32.png',
      'icon/neutral-48.png',
      'icon/neutral-128.png',
    ]);
  });
});
