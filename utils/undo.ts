import { browser } from 'wxt/browser';
import { isWebUrl, MAX_PAGE_URL } from './validate';

/**
 * Undo a false alarm: for 60 seconds after an exit, the popup can reopen the page that was hidden.
 *
 * The URL names the user's help-seeking, so it lives only in `storage.session` (memory, never on
 * disk: docs/DESIGN.md) and is deleted after {@link UNDO_WINDOW_MS}. A service worker can be stopped at any
 * moment, so a `setTimeout` cannot be trusted to delete it: an alarm deletes it on time, and every
 * read checks the expiry again and deletes a stale entry (belt and braces, since Chrome may fire
 * alarms late).
 */

/** How long the hidden page can be reopened. */
export const UNDO_WINDOW_MS = 60_000;
/** The `storage.session` key of the hidden page. */
export const UNDO_KEY = 'undoHiddenPage';
/** The alarm that forgets the hidden page. */
export const UNDO_ALARM = 'undo-hidden-page-expires';

/** The page an exit just hid. */
export interface HiddenPage {
  url: string;
  /** When the exit happened (ms since the epoch). */
  hiddenAt: number;
  /** It was in a private window: reopening it in a normal tab would put it into history. */
  incognito: boolean;
}

/** The slice of the extension API this module uses (WXT's fake browser fits). */
export interface UndoApi {
  storage: { session: Pick<typeof browser.storage.session, 'get' | 'set' | 'remove'> };
  alarms: Pick<typeof browser.alarms, 'create' | 'clear'>;
  tabs: Pick<typeof browser.tabs, 'create'>;
  windows: Pick<typeof browser.windows, 'create'>;
}

const defaultApi = (): UndoApi => browser as unknown as UndoApi;

/** Only ordinary web pages are offered again (never `chrome:`, `file:`, `javascript:`...). */
const isReopenable = (url: unknown): url is string => isWebUrl(url, MAX_PAGE_URL);

function parse(value: unknown): HiddenPage | null {
  const v = value as Partial<HiddenPage> | undefined;
  if (!v || !isReopenable(v.url) || typeof v.hiddenAt !== 'number') return null;
  return { url: v.url, hiddenAt: v.hiddenAt, incognito: v.incognito === true };
}

/**
 * Remembers the page an exit hid, for {@link UNDO_WINDOW_MS}, and sets the alarm that forgets it.
 * A page that cannot be reopened safely (not http/https) is not remembered.
 */
export async function rememberHiddenPage(
  page: { url?: string; incognito?: boolean },
  now = Date.now(),
  api: UndoApi = defaultApi(),
): Promise<void> {
  if (!isReopenable(page.url)) return forgetHiddenPage(api);
  const entry: HiddenPage = { url: page.url, hiddenAt: now, incognito: page.incognito === true };
  await api.storage.session.set({ [UNDO_KEY]: entry });
  await api.alarms.create(UNDO_ALARM, { when: now + UNDO_WINDOW_MS });
}

/** The page that can still be reopened, or null. A stale entry is deleted as it is read. */
export async function readHiddenPage(now = Date.now(), api: UndoApi = defaultApi()): Promise<HiddenPage | null> {
  const stored = (await api.storage.session.get(UNDO_KEY))[UNDO_KEY];
  const page = parse(stored);
  if (page && now - page.hiddenAt >= 0 && now - page.hiddenAt < UNDO_WINDOW_MS) return page;
  if (stored !== undefined) await forgetHiddenPage(api);
  return null;
}

/** Forgets the hidden page now (and its alarm). */
export async function forgetHiddenPage(api: UndoApi = defaultApi()): Promise<void> {
  await api.storage.session.remove(UNDO_KEY);
  await api.alarms.clear(UNDO_ALARM).catch(() => false);
}

/** Background: the expiry alarm fired. */
export async function onUndoAlarm(alarm: { name: string }, api: UndoApi = defaultApi()): Promise<void> {
  if (alarm.name === UNDO_ALARM) await forgetHiddenPage(api);
}

/** Where to reopen: a normal tab (back into history) or a private window (no history). */
export type ReopenWhere = 'tab' | 'private';

/**
 * Reopens the hidden page and forgets it. Returns false when there is nothing to reopen (expired),
 * or when a normal tab was asked for a page that was in a private window. A private window is
 * opened even when the extension is not allowed there (docs/DESIGN.md: `windows.create` then resolves
 * null); it throws if private windows are disabled by policy, and the page is then kept.
 */
export async function reopenHiddenPage(
  where: ReopenWhere,
  now = Date.now(),
  api: UndoApi = defaultApi(),
): Promise<boolean> {
  const page = await readHiddenPage(now, api);
  if (!page || (where === 'tab' && page.incognito)) return false;
  if (where === 'private') await api.windows.create({ url: page.url, incognito: true });
  else await api.tabs.create({ url: page.url, active: true });
  await forgetHiddenPage(api);
  return true;
}
