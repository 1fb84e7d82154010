import { describe, expect, it } from 'vitest';
import { browserLocales, COUNTRIES, countryName, guessCountry, isCountry, searchCountries } from '@/utils/countries';

describe('countries', () => {
  it('French: a Canadian French browser is guessed as Canada, names and search in French', () => {
    expect(guessCountry(['fr-CA'])).toBe('CA');
    expect(guessCountry(['fr'])).toBeNull();
    expect(countryName('US', 'fr')).toBe('États-Unis');
    expect(searchCountries('etats', 'fr')).toEqual(['US']);
    expect(searchCountries('Mexique', 'fr')).toEqual(['MX']);
    // Sorted by the French name: "Argentine" before "Australie".
    const all = searchCountries('', 'fr');
    expect(all.indexOf('AR')).toBeLessThan(all.indexOf('AU'));
  });

  it('knows only the countries with hotlines', () => {
    for (const c of COUNTRIES) expect(isCountry(c)).toBe(true);
    expect(isCountry('FR')).toBe(false);
    expect(isCountry(null)).toBe(false);
  });

  it('guesses from the first language that names a region, never from a bare language', () => {
    expect(guessCountry(['es', 'es-MX'])).toBe('MX');
    expect(guessCountry(['en-GB', 'en-US'])).toBe('GB');
    expect(guessCountry(['fr-FR', 'de'])).toBeNull();
    expect(guessCountry(['not a locale'])).toBeNull();
  });

  it('reads the UI language first, then the page languages', () => {
    expect(browserLocales({ i18n: { getUILanguage: () => 'es' } }, { languages: ['es-MX', 'en'] })).toEqual([
      'es',
      'es-MX',
      'en',
    ]);
    expect(browserLocales({ i18n: { getUILanguage: () => 'en' } }, { language: 'en-CA' })).toEqual(['en', 'en-CA']);
  });
});
