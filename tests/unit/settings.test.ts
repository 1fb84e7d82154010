import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { getSettings, updateSettings } from '@/utils/settings';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '@/utils/settings-schema';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the defaults before anything is saved', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('changes some settings, keeps the rest, in storage.local', async () => {
    const next = await updateSettings({ closeWholeWindow: true });
    expect(next).toEqual({ ...DEFAULT_SETTINGS, closeWholeWindow: true });
    expect(await getSettings()).toEqual(next);
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({ closeWholeWindow: true });
  });
});
