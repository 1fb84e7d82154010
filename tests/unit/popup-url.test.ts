import { describe, expect, it } from 'vitest';
import { firstPaintSettingsFrom, popupSearch } from '@/utils/popup-url';

describe('the popup address: the settings its first frame needs', () => {
  it('carries the language setting and the look, and reads them back', () => {
    for (const language of ['auto', 'en', 'es', 'fr'] as const)
      for (const discreet of [false, true]) {
        const search = popupSearch({ language, discreet });
        expect(firstPaintSettingsFrom(search)).toEqual({ language, discreet });
      }
    expect(popupSearch({ language: 'es', discreet: true })).toBe('?lang=es&look=plain');
  });

  it('says nothing revealing: no word about discretion, exits or help', () => {
    const search = popupSearch({ language: 'en', discreet: true });
    expect(search).not.toMatch(/discreet|exit|help|safe|hidden/i);
  });

  it('gives nothing (so the popup reads the settings) for a missing or unexpected value', () => {
    for (const search of [
      '',
      '?lang=en',
      '?look=plain',
      '?lang=de&look=full',
      '?lang=en&look=neutral',
      '?lang=EN&look=full',
      '?lang=__proto__&look=plain',
    ])
      expect(firstPaintSettingsFrom(search), search).toBeNull();
  });
});
