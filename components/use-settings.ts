import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings-schema';
import { getSettings, settingsItem, updateSettings } from '@/utils/settings';

/**
 * The settings, kept in step with storage (a change in the options page shows in an open popup),
 * and a function that changes some of them. Starts from `initial` (read before the first render).
 */
export function useSettings(initial: Settings = DEFAULT_SETTINGS) {
  const [settings, setSettings] = useState<Settings>(initial);
  useEffect(() => {
    let live = true;
    void getSettings().then((s) => live && setSettings(s));
    const unwatch = settingsItem.watch(() => void getSettings().then((s) => live && setSettings(s)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const update = async (patch: Partial<Settings>) => setSettings(await updateSettings(patch));
  return [settings, update] as const;
}
