import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalizeSettings, SETTINGS_KEY, type Settings } from './settings-schema';

/**
 * The one settings item. `storage.local` is right here: these settings reveal nothing about the
 * user (keys, decoy, country). Never add user data to it.
 */
export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Reads the settings, always complete and valid. */
export async function getSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/** Changes some settings, keeping the rest. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}
