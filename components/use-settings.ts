import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings-schema';

/** utils/settings.ts (the storage wrapper), loaded after the first paint. */
const loadSettings = () => import('@/utils/settings');

/**
 * The settings, kept in step with storage (a change in the options page shows in an open popup),
 * and a function that changes some of them. Starts from `initial` (read before the first render,
 * utils/settings-read.ts); the storage wrapper that watches and writes them loads after the first
 * paint.
 */
export function useSettings(initial: Settings = DEFAULT_SETTINGS) {
  const [settings, setSettings] = useState<Settings>(initial);
  useEffect(() => {
    let live = true;
    let unwatch = () => {};
    // `m.`, not destructured: WXT's auto-imports would take a bare `getSettings` for a static import.
    void loadSettings().then((m) => {
      if (!live) return;
      void m.getSettings().then((s) => live && setSettings(s));
      unwatch = m.settingsItem.watch(() => void m.getSettings().then((s) => live && setSettings(s)));
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const update = async (patch: Partial<Settings>) => setSettings(await (await loadSettings()).updateSettings(patch));
  return [settings, update] as const;
}
