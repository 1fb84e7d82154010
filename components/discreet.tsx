import { useContext, useEffect, useState } from 'preact/hooks';
import { appName, IS_DISCREET_BUILD } from '@/utils/discreet';
import { getSettings, settingsItem } from '@/utils/settings';
import { LangContext } from './lang';

/**
 * True while discreet mode is on (the setting, or the discreet build). Pages use it to keep their
 * header and tab title neutral (`useAppName`). Follows the setting live.
 */
export function useDiscreet(): boolean {
  const [discreet, setDiscreet] = useState(IS_DISCREET_BUILD);
  useEffect(() => {
    let live = true;
    void getSettings().then((s) => live && setDiscreet(s.discreet || IS_DISCREET_BUILD));
    const unwatch = settingsItem.watch((s) => setDiscreet(!!s?.discreet || IS_DISCREET_BUILD));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return discreet;
}

/** "Quick Exit", or "Notes"/"Notas" in discreet mode: for page headers and tab titles. */
export function useAppName(): string {
  return appName(useDiscreet(), useContext(LangContext));
}
