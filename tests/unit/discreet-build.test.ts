import { describe, expect, it } from 'vitest';
import { appName, IS_DISCREET_BUILD } from '@/utils/discreet-build';
import { LANGS } from '@/utils/i18n';
import { findRevealingWords, NEUTRAL_MESSAGES } from '@/utils/neutral-names';

describe('the page name (header, tab title)', () => {
  it('is the product’s name outside discreet mode (this is not the discreet build)', () => {
    expect(IS_DISCREET_BUILD).toBe(false);
    for (const lang of LANGS) expect(appName(false, lang)).toBe('Quick Exit');
  });

  it('is the neutral name in discreet mode, in every language, and reveals nothing', () => {
    for (const lang of LANGS) {
      expect(appName(true, lang)).toBe(NEUTRAL_MESSAGES[lang].extName);
      expect(findRevealingWords(appName(true, lang))).toEqual([]);
    }
  });
});
