import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DECOY_URL,
  DEFAULT_SETTINGS,
  isHttpUrl,
  normalizeSettings,
  readPanicSettings,
} from '@/utils/settings-schema';

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
    expect(readPanicSettings({ decoyUrl: 'data:text/html,x' }).decoyUrl).toBe(DEFAULT_DECOY_URL);
    expect(readPanicSettings({ decoyUrl: 'https://news.example/' }).decoyUrl).toBe('https://news.example/');
  });

  it('an http(s) address without credentials', () => {
    expect(isHttpUrl('https://a.example/')).toBe(true);
    expect(isHttpUrl('https://user:pw@a.example/')).toBe(false);
    expect(isHttpUrl('file:///etc/passwd')).toBe(false);
    expect(isHttpUrl('not a url')).toBe(false);
  });
});
