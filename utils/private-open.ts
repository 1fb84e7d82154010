import { browser } from 'wxt/browser';
import { isAllowedInPrivate } from './incognito';
import { openInPrivateWindow, type PrivateWindowApi } from './private-window';
import { defineSessionKey, SessionState } from './session-state';
import { checkWebUrl } from './validate';

/**
 * Opening the user's bookmarks and the hotlines' websites without leaving a trace.
 *
 * First choice: a private window, where what is visited reaches neither History nor disk, but
 * only when Quick Exit runs there: "no window without an exit" (issue #13). Chromium would open
 * the window anyway (`windows.create` resolves `null`, docs/DESIGN.md) and the panic keys, the shortcut
 * and the toolbar exit would do nothing in it; Firefox refuses. So `isAllowedIncognitoAccess` is
 * asked first, and when it says no, nothing opens: the caller says so at the click and offers
 * an ordinary tab whose visits the background erases from History as they happen
 * (`ErasingTabs`; cookies and cache of that site remain), or the steps to allow it.
 *
 * When private windows are turned off (by policy, or a browser without them), `windows.create`
 * rejects: the same ordinary-tab offer.
 */

/** How `openPrivately` went. */
export type OpenResult =
  | 'private-window'
  /** Nothing opened: Quick Exit may not run in private windows, its exits would not work there. */
  | 'not-allowed'
  /** Nothing opened: the browser opens no private window (policy, or none in this browser). */
  | 'private-unavailable'
  | 'refused';

/** The part of the extension API `openPrivately` needs. */
export interface PrivateOpenApi extends PrivateWindowApi {
  extension: { isAllowedIncognitoAccess(): Promise<boolean> };
}

/**
 * Opens `url` in a new private window if Quick Exit runs in private windows. Refuses anything
 * that is not an http(s) address (checked again here, whatever the caller did).
 */
export async function openPrivately(
  url: string,
  api: PrivateOpenApi = browser as unknown as PrivateOpenApi,
): Promise<OpenResult> {
  const checked = checkWebUrl(url);
  if (!checked.ok) return 'refused';
  if (!(await isAllowedInPrivate(api.extension))) return 'not-allowed';
  const result = await openInPrivateWindow(checked.value, api);
  if (result.opened) return 'private-window';
  // Firefox's own refusal (the setting changed meanwhile), or private windows off by policy.
  return result.reason === 'not-allowed' ? 'not-allowed' : 'private-unavailable';
}

interface TabsApi {
  create(props: { url?: string; active?: boolean }): Promise<{ id?: number }>;
}
interface HistoryApi {
  deleteUrl(details: { url: string }): Promise<void>;
}

/** The ids of the erasing tabs, for the browser session. */
export const erasingTabsKey = defineSessionKey<Set<number>>({
  key: 'erasingTabs',
  empty: () => new Set(),
  parse: (stored) => new Set(Array.isArray(stored) ? stored.filter((n): n is number => typeof n === 'number') : []),
  merge: (stored, recorded) => new Set([...stored, ...recorded]),
  toStored: (ids) => [...ids],
});

/**
 * The ordinary tabs opened by "open in a normal tab" whose visits are erased as they happen. Only
 * the tab ids are kept, in `storage.session` (a restarted service worker still knows them); the
 * URLs each tab visited come from the background's visit tracker (`urlsOf`).
 */
export class ErasingTabs {
  private readonly ids = new SessionState(erasingTabsKey);

  constructor(private readonly api: { tabs: TabsApi; history: HistoryApi } = browser) {}

  private async load(): Promise<Set<number>> {
    await this.ids.load();
    return this.ids.value;
  }

  /** Addresses opened this way: their first visit is erased even before the tab id is known. */
  private readonly opened = new Set<string>();

  /**
   * Opens `url` in a new ordinary tab whose visits are erased as they happen. The address is
   * registered before the tab exists, so its first visit cannot slip through while the tab is
   * created. (Creating a blank tab and then navigating it raced in Chromium: the blank page's own
   * navigation sometimes won and the tab stayed blank.) Returns the tab id, or null if refused.
   */
  async open(url: string): Promise<number | null> {
    const checked = checkWebUrl(url);
    if (!checked.ok) return null;
    this.opened.add(checked.value);
    const tab = await this.api.tabs.create({ url: checked.value, active: true });
    const id = tab.id;
    if (id === undefined) return null;
    this.ids.update((ids) => void ids.add(id));
    await this.ids.flushed();
    return id;
  }

  /** True if `tabId` is one of the erasing tabs. */
  async has(tabId: number): Promise<boolean> {
    return (await this.load()).has(tabId);
  }

  /**
   * Called for every new History visit (`history.onVisited`): erases it if one of the erasing tabs
   * showed that address. `urlsOf` gives the addresses a tab has shown (redirects included).
   */
  async erase(
    url: string | undefined,
    urlsOf: (tabId: number) => Iterable<string> | Promise<Iterable<string>>,
  ): Promise<boolean> {
    if (!url) return false;
    if (this.opened.has(url)) {
      await this.api.history.deleteUrl({ url });
      return true;
    }
    for (const id of await this.load()) {
      if ([...(await urlsOf(id))].includes(url)) {
        await this.api.history.deleteUrl({ url });
        return true;
      }
    }
    return false;
  }

  /** When an erasing tab closes: erase everything it showed once more, then forget it. */
  async closed(tabId: number, urls: Iterable<string>): Promise<void> {
    if (!(await this.load()).has(tabId)) return;
    // Also drops the matching Recently-closed entry (docs/DESIGN.md).
    for (const url of urls) await this.api.history.deleteUrl({ url }).catch(() => {});
    this.ids.update((ids) => void ids.delete(tabId));
    await this.ids.flushed();
  }
}
