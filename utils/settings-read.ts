import { normalizeSettings, SETTINGS_KEY, type Settings } from './settings-schema';

/** The slice of the extension API the read needs. */
export interface SettingsReadApi {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

/** The bare extension API: `browser` in Firefox, `chrome` in Chromium (promises in both, MV3). */
function bareApi(): SettingsReadApi {
  const g = globalThis as unknown as { browser?: SettingsReadApi; chrome?: SettingsReadApi };
  return (g.browser ?? g.chrome)!;
}

/**
 * The settings read once with the bare extension API: one `storage.local.get`, no polyfill and no
 * storage wrapper, so the popup's first paint waits for nothing else (`npm run bench`, popup
 * section). Everything that changes or watches the settings goes through utils/settings.ts, which
 * the popup loads after its first paint. Same key and same normaliser: the same settings.
 */
export async function readSettings(api: SettingsReadApi = bareApi()): Promise<Settings> {
  const stored = await api.storage.local.get(SETTINGS_KEY);
  return normalizeSettings(stored[SETTINGS_KEY]);
}
