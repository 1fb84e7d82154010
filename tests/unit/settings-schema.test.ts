import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DECOY_URL,
  DEFAULT_DECOY_URLS,
  DEFAULT_SETTINGS,
  defaultDecoyUrl,
  isHttpUrl,
  normalizeSettings,
  readPanicSettings,
} from '@/utils/settings-schema';

/**
 * The decoy an exit uses for what is stored. The settings' reading and the content script's small
 * reader must agree (the page keys and the background would otherwise open different pages).
 */
function exitDecoy(stored: unknown): string {
  const decoy = normalizeSettings(stored).decoyUrl;
  expect(readPanicSettings(stored).decoyUrl, 'the content script agrees').toBe(decoy);
  return decoy;
}

describe('settings schema', () => {
  it('anything stored becomes complete, valid settings', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    const s = normalizeSettings({ decoyUrl: 'javascript:alert(1)', triggers: { tripleShift: false } });
    expect(s.decoyUrl).toBe(DEFAULT_DECOY_URL);
    expect(s.triggers).toEqual({ ...DEFAULT_SETTINGS.triggers, tripleShift: false });
  });

  it('the content script’s small reader keeps the keys and an http(s) decoy only', () => {
    expect(readPanicSettings(null)).toEqual({
      triggers: DEFAULT_SETTINGS.triggers,
      decoyUrl: DEFAULT_DECOY_URL,
      language: 'auto',
    });
    expect(exitDecoy({ decoyUrl: 'data:text/html,x' })).toBe(DEFAULT_DECOY_URL);
    expect(exitDecoy({ decoyUrl: 'https://news.example/' })).toBe('https://news.example/');
  });

  it('an http(s) address without credentials', () => {
    expect(isHttpUrl('https://a.example/')).toBe(true);
    expect(isHttpUrl('https://user:pw@a.example/')).toBe(false);
    expect(isHttpUrl('file:///etc/passwd')).toBe(false);
    expect(isHttpUrl('not a url')).toBe(false);
  });
});

describe('the default decoy', () => {
  it.each([
    ['es', 'en-US', 'es'],
    ['en', 'es-MX', 'en'],
    ['auto', 'es-MX', 'es'],
    ['auto', 'en-GB', 'en'],
    // French (fr-CA and any fr-*) gets a French-language page.
    ['auto', 'fr-CA', 'fr'],
    ['auto', 'fr-FR', 'fr'],
    ['fr', 'en-US', 'fr'],
    ['en', 'fr-CA', 'en'],
  ] as const)('follows the UI language: setting %s, browser %s → %s', (setting, browser, want) => {
    expect(defaultDecoyUrl(setting, browser)).toBe(DEFAULT_DECOY_URLS[want]);
  });

  it('the French one is Radio-Canada’s weather, and a stored French is kept (not reset to auto)', () => {
    expect(DEFAULT_DECOY_URLS.fr).toBe('https://ici.radio-canada.ca/meteo');
    expect(normalizeSettings({ language: 'fr' }).language).toBe('fr');
    expect(readPanicSettings({ language: 'fr' }).language).toBe('fr');
    expect(exitDecoy({ language: 'fr' })).toBe(DEFAULT_DECOY_URLS.fr);
  });

  it('until the user picks one, an exit uses the default of the language, and follows when it changes', () => {
    for (const stored of [{}, { language: 'es' }, { language: 'es', decoyUrl: DEFAULT_DECOY_URLS.en }])
      expect(exitDecoy(stored)).toBe(defaultDecoyUrl((stored as { language?: 'es' }).language ?? 'auto'));
    expect(exitDecoy({ language: 'es' })).toBe(DEFAULT_DECOY_URLS.es);
    // French to Spanish, Spanish to English: each follows again.
    expect(exitDecoy({ ...normalizeSettings({ language: 'fr' }), language: 'es' })).toBe(DEFAULT_DECOY_URLS.es);
    expect(exitDecoy({ ...normalizeSettings({ language: 'es' }), language: 'en' })).toBe(DEFAULT_DECOY_URLS.en);
  });

  it('a decoy the user chose is kept whatever the language, even when it is the other language’s default', () => {
    expect(exitDecoy({ language: 'es', decoyUrl: DEFAULT_DECOY_URLS.en, decoyChosen: true })).toBe(
      DEFAULT_DECOY_URLS.en,
    );
    // An address of one's own, stored before decoyChosen existed, is a choice too.
    expect(exitDecoy({ language: 'es', decoyUrl: 'https://weather.example/' })).toBe('https://weather.example/');
  });
});

describe('the content script’s reader and the full normaliser agree on hostile stored values', () => {
  const long = `https://a.example/${'x'.repeat(2100)}`;
  const decoys: unknown[] = [
    undefined,
    null,
    42,
    true,
    {},
    ['https://a.example/'],
    '',
    ' ',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:https://a.example/1',
    'file:///etc/passwd',
    'chrome://settings',
    'about:blank',
    'ftp://a.example/',
    'https://user:pw@a.example/',
    'https://user@a.example/',
    'https://:pw@a.example/',
    'a.example',
    '//a.example/',
    'https://',
    long,
    long.slice(0, 2048),
    'http://127.0.0.1:8080/',
    'HTTPS://A.EXAMPLE/',
    'https://a.example/?q=1#x',
    ...Object.values(DEFAULT_DECOY_URLS),
  ];
  const languages: unknown[] = [undefined, 'auto', 'en', 'es', 'fr', 'de', 'ES', 42, null];
  const chosen: unknown[] = [undefined, true, false, 'true', 1];
  const stored: unknown[] = [
    undefined,
    null,
    'garbage',
    7,
    [],
    ...decoys.flatMap((decoyUrl) =>
      languages.flatMap((language) => chosen.map((decoyChosen) => ({ decoyUrl, language, decoyChosen }))),
    ),
  ];

  it.each(['en-US', 'es-MX', 'fr-CA', 'de-DE'])(
    'browser %s: same decoy and language, and only http(s) is opened',
    (ui) => {
      const nav = globalThis.navigator;
      Object.defineProperty(globalThis, 'navigator', { value: { language: ui }, configurable: true });
      try {
        for (const s of stored) {
          const small = readPanicSettings(s);
          const full = normalizeSettings(s);
          expect(small.decoyUrl, JSON.stringify(s)).toBe(full.decoyUrl);
          expect(small.language, JSON.stringify(s)).toBe(full.language);
          const url = new URL(small.decoyUrl);
          expect(['http:', 'https:']).toContain(url.protocol);
          expect(url.username + url.password).toBe('');
          expect(small.decoyUrl.length).toBeLessThanOrEqual(2048);
        }
        expect(readPanicSettings({}).decoyUrl).toBe(
          DEFAULT_DECOY_URLS[ui.startsWith('es') ? 'es' : ui.startsWith('fr') ? 'fr' : 'en'],
        );
      } finally {
        Object.defineProperty(globalThis, 'navigator', { value: nav, configurable: true });
      }
    },
  );
});
