import { browser } from 'wxt/browser';
import { applyToolbarLook } from '@/utils/discreet';
import { resolveLang } from '@/utils/i18n';
import type { Settings } from '@/utils/settings-schema';
import type { Feature, FeatureContext } from './feature';

/**
 * The toolbar button: a one-click exit (no popup set, so a click fires `action.onClicked`) or the
 * popup; and in discreet mode a neutral icon and tooltip, applied again at every start (Chrome
 * forgets them).
 */
export function register(ctx: FeatureContext): Feature {
  const syncToolbar = (s: Settings) =>
    browser.action.setPopup({ popup: s.oneClickToolbar ? '' : browser.runtime.getURL('/popup.html') });
  const syncLook = (s: Settings) => applyToolbarLook(s.discreet, resolveLang(s.language));
  const syncAll = (s: Settings) => Promise.all([syncToolbar(s), syncLook(s)]);
  return {
    name: 'toolbar-look',
    hooks: {
      start: () => ctx.settings.get().then(syncAll),
      onSettingsChanged: (s) => syncAll(s),
      onStartup: () => ctx.settings.get().then(syncLook),
    },
  };
}
