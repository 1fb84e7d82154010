import { browser } from 'wxt/browser';

/**
 * Private (incognito) windows. An extension runs there only if the user allowed it; otherwise the
 * panic key does nothing in a private window and Quick Exit cannot close a private tab (docs/DESIGN.md).
 * The popup and the welcome page explain how to allow it.
 */

/** Whether Quick Exit may run in private windows. */
export async function isAllowedInPrivate(
  api: Pick<typeof browser.extension, 'isAllowedIncognitoAccess'> = browser.extension,
): Promise<boolean> {
  try {
    return await api.isAllowedIncognitoAccess();
  } catch {
    return false;
  }
}

/** Which browser's steps to show. */
export type BrowserFamily = 'chrome' | 'firefox';

/** The browser this build is for (WXT sets it at build time). */
export const BUILD_BROWSER: BrowserFamily = import.meta.env.FIREFOX ? 'firefox' : 'chrome';

/**
 * The page where the switch is, where an extension may open it: Chrome lets an extension open its
 * own details page (`chrome://extensions/?id=...`); Firefox does not allow opening `about:addons`.
 */
export function extensionSettingsUrl(family: BrowserFamily, extensionId: string): string | null {
  return family === 'chrome' ? `chrome://extensions/?id=${encodeURIComponent(extensionId)}` : null;
}
