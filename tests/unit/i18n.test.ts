import { describe, expect, it } from 'vitest';
import { resolveLang, translate, type Strings } from '@/utils/i18n';

const strings: Strings<'hi' | 'only'> = {
  en: { hi: 'Hello {name}, {missing}', only: 'English only' },
  es: { hi: 'Hola {name}', only: '' },
  fr: { hi: 'Bonjour {name}', only: '' },
};

describe('i18n', () => {
  it('the user’s choice, else Spanish or French for such a browser, else English', () => {
    expect(resolveLang('en', 'es-MX')).toBe('en');
    expect(resolveLang('auto', 'es-MX')).toBe('es');
    expect(resolveLang('auto', 'ES')).toBe('es');
    expect(resolveLang('auto', 'fr-CA')).toBe('fr');
    expect(resolveLang('auto', 'fr-FR')).toBe('fr');
    expect(resolveLang('auto', 'FR')).toBe('fr');
    expect(resolveLang('fr', 'en-US')).toBe('fr');
    expect(resolveLang('auto', 'de-DE')).toBe('en');
  });

  it('fills placeholders it has and leaves the others visible', () => {
    expect(translate(strings, 'es', 'hi', { name: 'Ana' })).toBe('Hola Ana');
    expect(translate(strings, 'en', 'hi', { name: 'Ana' })).toBe('Hello Ana, {missing}');
  });
});
