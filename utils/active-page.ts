import { browser } from 'wxt/browser';

/** What the callers need of a tab. */
export interface PageTab {
  id?: number;
  url?: string;
  title?: string;
  /** When the tab was last active (ms since the epoch): Chrome 121+, Firefox. */
  lastAccessed?: number;
}

/**
 * The tab the user means by "this page" when they use the popup: the active tab of the popup's
 * window. The toolbar popup belongs to a normal window, so that is simply its active tab. When the
 * popup page is shown in a window of its own (a small popup window, as some assistive setups do),
 * that window's active tab is the popup itself: then the answer is the active tab of the last
 * focused *normal* window. When the popup page is itself that window's active tab (opened as a tab;
 * headless Chromium, as in the e2e tests, turns a popup-type window into one), the page the user
 * was on is the window's most recently used other tab. An extension page is never the answer.
 */
export async function activePageTab(
  windowId: number | undefined,
  api: {
    tabs: { query(q: { active?: boolean; windowId?: number; lastFocusedWindow?: boolean }): Promise<PageTab[]> };
    windows: { getLastFocused(info: { windowTypes: 'normal'[] }): Promise<{ id?: number }> };
    runtime: { getURL(path: string): string };
  } = browser,
): Promise<PageTab | undefined> {
  const ours = api.runtime.getURL('/');
  const popup = api.runtime.getURL('/popup.html');
  const isPage = (t: PageTab | undefined) => !!t && !(t.url ?? '').startsWith(ours);
  const [tab] = await api.tabs.query(
    windowId === undefined ? { active: true, lastFocusedWindow: true } : { active: true, windowId },
  );
  if (isPage(tab)) return tab;
  const normal = await api.windows.getLastFocused({ windowTypes: ['normal'] }).catch(() => undefined);
  if (normal?.id === undefined) return undefined;
  const [other] = await api.tabs.query({ active: true, windowId: normal.id });
  if (isPage(other)) return other;
  // Only for the popup page as a tab: another of our pages in front (options, welcome) is "this
  // page", and it is not one to exit, so guessing a tab behind it could close the wrong one.
  if (!(other?.url ?? '').startsWith(popup)) return undefined;
  const used = (await api.tabs.query({ windowId: normal.id })).filter((t) => isPage(t) && t.lastAccessed !== undefined);
  return used.reduce<PageTab | undefined>(
    (last, t) => (last && last.lastAccessed! >= t.lastAccessed! ? last : t),
    undefined,
  );
}
