import { describe, expect, it } from 'vitest';
import { extensionSettingsUrl, isAllowedInPrivate } from '@/utils/incognito';

describe('incognito', () => {
  it('answers the browser’s flag, and false when asking fails', async () => {
    expect(await isAllowedInPrivate({ isAllowedIncognitoAccess: async () => true })).toBe(true);
    expect(await isAllowedInPrivate({ isAllowedIncognitoAccess: async () => false })).toBe(false);
    expect(await isAllowedInPrivate({ isAllowedIncognitoAccess: () => Promise.reject(new Error('no')) })).toBe(false);
  });

  it('links to the extension’s own details page in Chrome only (Firefox forbids about:addons)', () => {
    expect(extensionSettingsUrl('chrome', 'abc')).toBe('chrome://extensions/?id=abc');
    expect(extensionSettingsUrl('firefox', 'abc')).toBeNull();
  });
});
