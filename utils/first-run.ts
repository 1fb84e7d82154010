import { browser } from 'wxt/browser';

/**
 * The welcome page: opened once, when Quick Exit is first installed (not on updates or browser
 * restarts), and again from the popup's "How it works" link.
 */

/** The welcome page inside the extension. */
export const WELCOME_PATH = '/welcome.html';

/** Opens the welcome page in a new tab. */
export async function openWelcome(
  api: { tabs: Pick<typeof browser.tabs, 'create'>; runtime: Pick<typeof browser.runtime, 'getURL'> } = browser,
): Promise<void> {
  await api.tabs.create({ url: api.runtime.getURL(WELCOME_PATH), active: true });
}

/** `runtime.onInstalled`: opens the welcome page on a first install only. */
export async function onInstalledOpenWelcome(
  details: { reason: string },
  api?: Parameters<typeof openWelcome>[0],
): Promise<void> {
  if (details.reason === 'install') await openWelcome(api);
}
