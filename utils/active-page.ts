import { browser } from 'wxt/browser';

/** What the callers need of a tab. */
export interface PageTab {
  id?: number;
  url?: string;
  title?: string;
}

/**
 * The tab the user means by "this page" when they use the popup: the active tab of the popup's
 * window. The toolbar popup belongs to a normal window, so that is simply its active tab. When the
 * popup page is shown in a window of its own (a small popup window, as the e2e tests and some
 * assistive setups do), that window's active tab is the popup itself: then the answer is the
 * active tab of the last focused *normal* window. An extension page is never the answer.
 */
export async function activePageTab(
  windowId: number | undefined,
  api: {
    tabs: { query(q: { active: boolean; windowId?: number; lastFocusedWindow?: boolean }): Promise<PageTab[]> };
    windows: { getLastFocused(info: { windowTypes: 'normal'[] }): Promise<{ id?: number }> };
    runtime: { getURL(path: string): string };
  } = browser,
): Promise<PageTab | undefined> {
  const ours = api.runtime.getURL('/');
  const isPage = (t: PageTab | undefined) => !!t && !(t.url ?? '').startsWith(ours);
  const [tab] = await api.tabs.query(
    windowId === undefined ? { active: true, lastFocusedWindow: true } : { active: true, windowId },
  );
  if (isPage(tab)) return tab;
  const normal = await api.windows.getLastFocused({ windowTypes: ['normal'] }).catch(() => undefined);
  if (normal?.id === undefined) return undefined;
  const [other] = await api.tabs.query({ active: true, windowId: normal.id });
  return isPage(other) ? other : undefined;
}
