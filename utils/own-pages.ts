import { browser } from 'wxt/browser';

/**
 * Quick Exit's own pages (welcome, popup or options opened in a tab) would otherwise sit in
 * history under titles like "Welcome to Quick Exit" (measured: Chromium records
 * `chrome-extension://` pages in history). The background erases each visit as it is recorded.
 */
export async function forgetOwnPageVisit(
  visit: { url?: string },
  api: {
    history: Pick<typeof browser.history, 'deleteUrl'>;
    runtime: Pick<typeof browser.runtime, 'getURL'>;
  } = browser,
): Promise<boolean> {
  const ownOrigin = api.runtime.getURL('/');
  if (!visit.url?.startsWith(ownOrigin)) return false;
  await api.history.deleteUrl({ url: visit.url }).catch(() => {});
  return true;
}
