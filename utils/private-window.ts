import { browser } from 'wxt/browser';

/**
 * Opening a page in a private window, so the visit lands in no history, across browsers.
 *
 * They differ (measured, docs/DESIGN.md and tests/firefox/private-window.spec.ts):
 * - Chromium opens the incognito window even when the extension is not allowed in incognito, but
 *   resolves `null`: the extension cannot see or close that window and its panic key does not run there.
 * - Firefox refuses ("Extension does not have permission for incognito mode") until the user turns on
 *   "Run in Private Windows" for the extension; with it on, the window opens and the panic key works.
 * - Where private browsing is disabled by policy, both reject with another message.
 */
export type PrivateWindowResult =
  /** Opened. `panicKeyWorks`: the extension may run there (it can see the window). */
  | { opened: true; panicKeyWorks: boolean }
  /** Not opened: Firefox without "Run in Private Windows", or private browsing unavailable (policy). */
  | { opened: false; reason: 'not-allowed' | 'unavailable' };

/** The part of the extension API this needs. */
export interface PrivateWindowApi {
  windows: { create(data: { url: string; incognito: boolean; focused?: boolean }): Promise<unknown> };
}

/** Firefox's refusal when "Run in Private Windows" is off (Firefox ESR 153). */
const NOT_ALLOWED = /permission for incognito/i;

/** Opens `url` in a new private window; says whether it did, and whether the panic key works there. */
export async function openInPrivateWindow(
  url: string,
  api: PrivateWindowApi = browser as unknown as PrivateWindowApi,
): Promise<PrivateWindowResult> {
  try {
    const win = await api.windows.create({ url, incognito: true, focused: true });
    return { opened: true, panicKeyWorks: win != null };
  } catch (e) {
    return {
      opened: false,
      reason: NOT_ALLOWED.test(String((e as Error)?.message ?? e)) ? 'not-allowed' : 'unavailable',
    };
  }
}
