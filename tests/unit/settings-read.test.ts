import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { getSettings, updateSettings } from '@/utils/settings';
import { readSettings } from '@/utils/settings-read';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '@/utils/settings-schema';

describe('the popup’s first read of the settings (bare storage.local.get)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives the defaults before anything is saved', async () => {
    expect(await readSettings(fakeBrowser)).toEqual(DEFAULT_SETTINGS);
  });

  it('gives what the storage wrapper saved (utils/settings.ts): same key, same normaliser', async () => {
    await updateSettings({
      language: 'es',
      discreet: true,
      country: 'MX',
      triggers: { ...DEFAULT_SETTINGS.triggers, singleEscape: true },
    });
    expect(await readSettings(fakeBrowser)).toEqual(await getSettings());
    expect((await readSettings(fakeBrowser)).language).toBe('es');
  });

  it('normalises a corrupted stored value instead of failing', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { language: 'xx', discreet: 'yes', country: 'mexico' } });
    expect(await readSettings(fakeBrowser)).toEqual(DEFAULT_SETTINGS);
  });
});
