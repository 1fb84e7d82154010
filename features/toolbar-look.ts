import { browser } from 'wxt/browser';
import { resolveLang } from '@/utils/i18n';
import { popupSearch } from '@/utils/popup-url';
import type { Settings } from '@/utils/settings-schema';
import { applyToolbarLook, ensureToolbarLook } from '@/utils/toolbar-look';
import type { Feature, FeatureContext } from './feature';

/**
 * The toolbar button: a one-click exit (no popup set, so a click fires `action.onClicked`) or the
 * popup (its address carrying the language and the look its first frame needs: utils/popup-url.ts);
 * and in discreet mode a neutral icon and tooltip (utils/toolbar-look.ts), applied again
 * when the browser starts (Chrome forgets them then). A start of the service worker only checks
 * them: the browser keeps both across stops of the worker, and a worker woken by a page load or an
 * exit should not load and decode icons each time.
 */
export function register(ctx: FeatureContext): Feature {
  // The popup's address carries its language and look, so its first frame waits for no storage read.
  const popupFor = (s: Settings) => (s.oneClickToolbar ? '' : browser.runtime.getURL('/popup.html') + popupSearch(s));
  const syncToolbar = (s: Settings) => browser.action.setPopup({ popup: popupFor(s) });
  const ensureToolbar = async (s: Settings) => {
    if ((await browser.action.getPopup({}).catch(() => undefined)) !== popupFor(s)) await syncToolbar(s);
  };
  const syncLook = (s: Settings) => applyToolbarLook(s.discreet, resolveLang(s.language));
  const syncAll = (s: Settings) => Promise.all([syncToolbar(s), syncLook(s)]);
  return {
    name: 'toolbar-look',
    hooks: {
      start: () =>
        ctx.settings
          .get()
          .then((s) => Promise.all([ensureToolbar(s), ensureToolbarLook(s.discreet, resolveLang(s.language))])),
      onSettingsChanged: (s) => syncAll(s),
      onStartup: () => ctx.settings.get().then(syncLook),
    },
  };
}
