import { browser } from 'wxt/browser';
import { WELCOME_PATH } from './own-page-paths';

/**
 * The welcome page: opened once, when Quick Exit is first installed (not on updates or browser
 * restarts), and again from the popup's "How it works" link.
 */

export { WELCOME_PATH };

/** Opens the welcome page in a new tab. */
export async function openWelcome(
  api: { tabs: Pick<typeof browser.tabs, 'create'>; runtime: Pick<typeof browser.runtime, 'getURL'> } = browser,
): Promise<void> {
  await api.tabs.create({ url: api.runtime.getURL(WELCOME_PATH), active: true });
}

/**
 * `storage.local` flag: the welcome page was opened once. Reveals nothing the installed extension
 * does not. Needed because Chromium reports reason "install" on every launch for an unpacked
 * extension loaded from the command line (measured), and an uninstall clears it anyway.
 */
export const WELCOME_SHOWN_KEY = 'welcomeShown';

/** `runtime.onInstalled`: opens the welcome page on the first install only. */
export async function onInstalledOpenWelcome(
  details: { reason: string },
  api: Parameters<typeof openWelcome>[0] & {
    storage: { local: Pick<typeof browser.storage.local, 'get' | 'set'> };
  } = browser,
): Promise<boolean> {
  if (details.reason !== 'install') return false;
  if ((await api.storage.local.get(WELCOME_SHOWN_KEY))[WELCOME_SHOWN_KEY]) return false;
  await api.storage.local.set({ [WELCOME_SHOWN_KEY]: true });
  await openWelcome(api);
  return true;
}
