import { describe, expect, it } from 'vitest';
import { DECOYS, decoysFor } from '@/utils/decoys';
import {
  DEFAULT_DECOY_URLS,
  defaultDecoyUrl,
  isHttpUrl,
  normalizeSettings,
  readPanicSettings,
} from '@/utils/settings-schema';

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

  it('the default decoy follows the UI language (the setting, else the browser)', () => {
    expect(defaultDecoyUrl('es', 'en-US')).toBe(DEFAULT_DECOY_URLS.es);
    expect(defaultDecoyUrl('en', 'es-MX')).toBe(DEFAULT_DECOY_URLS.en);
    expect(defaultDecoyUrl('auto', 'es-MX')).toBe(DEFAULT_DECOY_URLS.es);
    expect(defaultDecoyUrl('auto', 'en-GB')).toBe(DEFAULT_DECOY_URLS.en);
  });

  it('French (fr-CA and any fr-*) gets a French-language page by default, offered first', () => {
    expect(DEFAULT_DECOY_URLS.fr).toBe('https://ici.radio-canada.ca/meteo');
    expect(defaultDecoyUrl('auto', 'fr-CA')).toBe(DEFAULT_DECOY_URLS.fr);
    expect(defaultDecoyUrl('auto', 'fr-FR')).toBe(DEFAULT_DECOY_URLS.fr);
    expect(defaultDecoyUrl('fr', 'en-US')).toBe(DEFAULT_DECOY_URLS.fr);
    expect(defaultDecoyUrl('en', 'fr-CA')).toBe(DEFAULT_DECOY_URLS.en);
    expect(decoysFor('fr')[0].url).toBe(DEFAULT_DECOY_URLS.fr);
    expect(
      decoysFor('fr')
        .slice(0, 2)
        .every((d) => d.lang === 'fr'),
    ).toBe(true);
    // Settings and the content script agree, and a stored 'fr' is kept (not reset to 'auto').
    expect(normalizeSettings({ language: 'fr' }).language).toBe('fr');
    expect(readPanicSettings({ language: 'fr' }).language).toBe('fr');
    expect(normalizeSettings({ language: 'fr' }).decoyUrl).toBe(DEFAULT_DECOY_URLS.fr);
    expect(readPanicSettings({ language: 'fr' }).decoyUrl).toBe(DEFAULT_DECOY_URLS.fr);
    // Switching from French to Spanish follows again until the user picks a page.
    const fr = normalizeSettings({ language: 'fr' });
    expect(normalizeSettings({ ...fr, language: 'es' }).decoyUrl).toBe(DEFAULT_DECOY_URLS.es);
  });

  it('until the user picks one, an exit uses the default of the language (settings and content script agree)', () => {
    for (const stored of [{}, { language: 'es' }, { language: 'es', decoyUrl: DEFAULT_DECOY_URLS.en }]) {
      const want = defaultDecoyUrl((stored as { language?: 'es' }).language ?? 'auto');
      expect(normalizeSettings(stored).decoyUrl).toBe(want);
      expect(readPanicSettings(stored).decoyUrl).toBe(want);
    }
    expect(normalizeSettings({ language: 'es' }).decoyUrl).toBe(DEFAULT_DECOY_URLS.es);
    // Switching back to English follows again.
    const es = normalizeSettings({ language: 'es' });
    expect(normalizeSettings({ ...es, language: 'en' }).decoyUrl).toBe(DEFAULT_DECOY_URLS.en);
  });

  it('a decoy the user chose is kept whatever the language, even when it is the other language’s default', () => {
    const chosen = { language: 'es', decoyUrl: DEFAULT_DECOY_URLS.en, decoyChosen: true };
    expect(normalizeSettings(chosen).decoyUrl).toBe(DEFAULT_DECOY_URLS.en);
    expect(readPanicSettings(chosen).decoyUrl).toBe(DEFAULT_DECOY_URLS.en);
    // An address of one's own, stored before decoyChosen existed, is a choice too.
    const own = { language: 'es', decoyUrl: 'https://weather.example/' };
    expect(normalizeSettings(own).decoyUrl).toBe('https://weather.example/');
    expect(readPanicSettings(own).decoyUrl).toBe('https://weather.example/');
  });
});
