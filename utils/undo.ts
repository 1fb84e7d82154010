import { browser } from 'wxt/browser';
import type { Tabs } from 'webextension-polyfill';
import { openInPrivateWindow, type PrivateWindowApi } from './private-window';
import type { Settings } from './settings-schema';
import { defineSessionKey, SessionState } from './session-state';
import { siteOf } from './sites';
import { isWebUrl, MAX_PAGE_URL } from './validate';

/**
 * Undo a false alarm, hidden: an option (`undoByPanicAgain`, off by default). While it is on, the
 * panic keys pressed again **on the decoy** within 60 s reopen the page the exit hid, in a private
 * window (or, where private windows are unavailable, in an ordinary tab whose visits are erased as
 * they happen). Nothing on screen offers it: someone who does not know it exists sees an ordinary
 * page, and the popup shows no undo offer at all (issue 12).
 *
 * The flow, decided by the background before it starts an exit (`reopenIfPanicOnDecoy`):
 * - the keys come from the tab the exit opened its decoy in, that tab still shows the decoy's site,
 *   and the exit was less than 60 s ago: the decoy is NOT exited (it is not a sensitive site, its
 *   history and cookies are left alone), it is reloaded so the content script's cover goes, and
 *   the hidden page opens in a private window in front of it;
 * - anything else (another tab, the decoy tab moved on to another site, later than 60 s, option
 *   off): an ordinary exit. When in doubt, it exits.
 *
 * The hidden page's URL names the user's help-seeking, so it lives only in `storage.session`
 * (memory, never on disk: docs/DESIGN.md), only while the option is on, and is deleted after
 * {@link UNDO_WINDOW_MS}: an alarm deletes it on time (a stopped service worker cannot run a
 * timer), every read checks the expiry again, and turning the option off deletes it at once.
 */

/** How long the hidden page can be reopened. */
export const UNDO_WINDOW_MS = 60_000;
/** The `storage.session` key of the hidden page. */
export const UNDO_KEY = 'undoHiddenPage';
/** The alarm that forgets the hidden page. */
export const UNDO_ALARM = 'undo-hidden-page-expires';

/** The page an exit just hid, and where its decoy is. */
export interface HiddenPage {
  url: string;
  /** When the exit happened (ms since the epoch). */
  hiddenAt: number;
  /** The tab showing the decoy: the panic keys pressed there reopen the page. */
  decoyTabId: number;
  /** The sites the decoy tab may show (the decoy setting's, and where it was redirected). */
  decoySites: string[];
}

/** The slice of the extension API this module uses (WXT's fake browser fits), and the hidden page's state. */
export interface UndoApi extends PrivateWindowApi {
  /** The page an exit hid, mirrored to `storage.session` (`hiddenPageKey`). */
  hiddenPage: SessionState<HiddenPage | null>;
  alarms: Pick<typeof browser.alarms, 'create' | 'clear'>;
  tabs: Pick<typeof browser.tabs, 'query' | 'reload'>;
  /** Whether Quick Exit runs in private windows (no window without an exit: issue 13). */
  extension?: { isAllowedIncognitoAccess(): Promise<boolean> };
}

/** Only ordinary web pages are reopened (never `chrome:`, `file:`, `javascript:`...). */
const isReopenable = (url: unknown): url is string => isWebUrl(url, MAX_PAGE_URL);

function parse(value: unknown): HiddenPage | null {
  const v = value as Partial<HiddenPage> | undefined;
  if (!v || !isReopenable(v.url) || typeof v.hiddenAt !== 'number' || typeof v.decoyTabId !== 'number') return null;
  const decoySites = Array.isArray(v.decoySites) ? v.decoySites.filter((s) => typeof s === 'string') : [];
  return { url: v.url, hiddenAt: v.hiddenAt, decoyTabId: v.decoyTabId, decoySites };
}

/** The hidden page; none is no key at all. A malformed entry is removed as it is loaded. */
export const hiddenPageKey = defineSessionKey<HiddenPage | null>({ key: UNDO_KEY, empty: () => null, parse });

/** The background's one copy of it. */
const hiddenPage = new SessionState(hiddenPageKey);

const defaultApi = (): UndoApi => ({
  hiddenPage,
  alarms: browser.alarms,
  tabs: browser.tabs,
  windows: browser.windows,
  extension: browser.extension,
});

/** What an exit tells this module (a slice of `ExitPlan`). */
export interface ExitedPage {
  windowId: number;
  decoyUrl: string;
  hidden: { url?: string };
}

/**
 * Background, in the exit's `afterExit`: with the option on, remembers the page the exit hid and
 * the decoy tab (the active tab of the exit's window, just created) for {@link UNDO_WINDOW_MS},
 * and sets the alarm that forgets it. With the option off, or a page that cannot be reopened
 * safely (not http/https), or a decoy exited in turn, nothing is kept and an older entry is deleted.
 */
export async function rememberHiddenPage(
  plan: ExitedPage,
  settings: Pick<Settings, 'undoByPanicAgain'>,
  now = Date.now(),
  api: UndoApi = defaultApi(),
): Promise<void> {
  if (!settings.undoByPanicAgain || !isReopenable(plan.hidden.url)) return forgetHiddenPage(api);
  // The exited page was a decoy itself (keys pressed on it after the 60 s): nothing worth reopening.
  if (siteOf(plan.hidden.url) === siteOf(plan.decoyUrl)) return forgetHiddenPage(api);
  const [decoy] = await api.tabs.query({ windowId: plan.windowId, active: true });
  if (decoy?.id === undefined) return forgetHiddenPage(api);
  const decoySites = [plan.decoyUrl, decoy.url, decoy.pendingUrl].flatMap((u) => (u && siteOf(u)) || []);
  const entry: HiddenPage = {
    url: plan.hidden.url,
    hiddenAt: now,
    decoyTabId: decoy.id,
    decoySites: [...new Set(decoySites)],
  };
  api.hiddenPage.set(entry);
  await api.hiddenPage.flushed();
  await api.alarms.create(UNDO_ALARM, { when: now + UNDO_WINDOW_MS });
}

/** The page that can still be reopened, or null. A stale entry is deleted as it is read. */
export async function readHiddenPage(now = Date.now(), api: UndoApi = defaultApi()): Promise<HiddenPage | null> {
  // Read again from the store each time, not this life's copy: what storage.session holds is what counts.
  const page = await api.hiddenPage.reload();
  if (!page) {
    await api.hiddenPage.flushed();
    return null;
  }
  if (now - page.hiddenAt >= 0 && now - page.hiddenAt < UNDO_WINDOW_MS) return page;
  await forgetHiddenPage(api);
  return null;
}

/** Forgets the hidden page now (and its alarm). */
export async function forgetHiddenPage(api: UndoApi = defaultApi()): Promise<void> {
  api.hiddenPage.clear();
  await api.hiddenPage.flushed();
  await api.alarms.clear(UNDO_ALARM).catch(() => false);
}

/** Background: the expiry alarm fired. */
export async function onUndoAlarm(alarm: { name: string }, api: UndoApi = defaultApi()): Promise<void> {
  if (alarm.name === UNDO_ALARM) await forgetHiddenPage(api);
}

/** Background, when the settings change: the option turned off forgets the page at once. */
export async function onUndoSettingChanged(
  settings: Pick<Settings, 'undoByPanicAgain'> | null | undefined,
  api: UndoApi = defaultApi(),
): Promise<void> {
  if (!settings?.undoByPanicAgain) await forgetHiddenPage(api);
}

/**
 * Background, before it exits a tab on the panic keys (or the browser shortcut): if `tab` is the
 * decoy of an exit less than 60 s ago and still shows the decoy's site, reopens the hidden page
 * instead, forgets it, and returns true: the caller must then NOT exit the tab. Otherwise returns
 * false at once and the caller exits as usual.
 *
 * @param openErasing opens `url` in an ordinary tab whose visits are erased as they happen
 *   (`ErasingTabs.open`), for when the browser will not open a private window.
 */
export async function reopenIfPanicOnDecoy(
  tab: Pick<Tabs.Tab, 'id' | 'url'> | undefined,
  openErasing: (url: string) => Promise<unknown>,
  now = Date.now(),
  api: UndoApi = defaultApi(),
): Promise<boolean> {
  if (tab?.id === undefined) return false;
  const page = await readHiddenPage(now, api);
  if (!page || page.decoyTabId !== tab.id) return false;
  const site = tab.url ? siteOf(tab.url) : null;
  // The decoy tab went on to another site: the keys are meant for that page, exit it.
  if (!site || !page.decoySites.includes(site)) {
    await forgetHiddenPage(api);
    return false;
  }
  await forgetHiddenPage(api);
  // The content script covered the decoy as the keys were pressed: show it again.
  await api.tabs.reload(tab.id).catch(() => {});
  // Never a private window where the panic keys would not work (Chromium opens one anyway): the
  // erasing ordinary tab instead.
  const allowed = await (api.extension?.isAllowedIncognitoAccess() ?? Promise.resolve(false)).catch(() => false);
  const opened = allowed ? await openInPrivateWindow(page.url, api) : { opened: false };
  if (!opened.opened) await openErasing(page.url).catch(() => {});
  return true;
}
