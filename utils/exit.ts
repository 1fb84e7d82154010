import type { Browser, Tabs } from 'webextension-polyfill';
import { isHttpUrl, type Settings } from './settings-schema';
import { siteOf } from './sites';

/**
 * The exit, seen from the background: swap the tab for a decoy and erase what it visited.
 * Every extension API is passed in, so unit tests hand in WXT's fake browser.
 */

/** What an exit will do, decided before anything is touched. */
export interface ExitPlan {
  windowId: number;
  /** Where the decoy goes: the hidden tab's own position. */
  index: number;
  decoyUrl: string;
  /** The tab being exited first, then any other tab swapped out with it. */
  closeTabIds: number[];
  /**
   * The exact addresses to erase: every URL the exited tab, the tabs it opened and the other tabs
   * of the hidden site showed; of a tab closed only because it shares the window, just its URLs on
   * the hidden or a sensitive site.
   */
  eraseUrls: string[];
  /**
   * The hidden site (the top frame's site on screen when the exit started), for the session's
   * sensitive set. Never the sites the tab merely passed through (a search engine, webmail):
   * those lose only the exact addresses in `eraseUrls`.
   */
  sites: string[];
  /**
   * Origins whose HTTP cache alone is cleared after the exit (utils/traces-background.ts), never
   * their cookies or storage: the frames the closed tabs embedded (chat widgets), and the sites
   * the tabs only passed through (a search engine, a redirect), whose cache files hold the exact
   * addresses (`search?q=…`) on disk. Filled in by `exitTab`.
   */
  cacheOnlyOrigins?: string[];
  /** The page the user was looking at (the hidden undo: utils/undo.ts). */
  hidden: { url?: string; incognito: boolean };
}

/** Only these schemes ever reach history. */
const isErasable = (u: string) => /^(https?|file):/.test(u);

/**
 * Decides what an exit closes and erases.
 *
 * The hidden site is the site on screen in the exited tab (plus every site already sensitive):
 * its other tabs close (`closeSameSiteTabs`), and it joins the sensitive set (the clean-up then
 * takes its whole history, cookies, storage and cache). The sites the tab passed through on its
 * way (the search that led there, a video site, webmail) lose only the exact addresses the tab
 * showed: their other tabs, history and cookies stay, or the aftermath would show that something
 * was hidden (a signed-out account, an empty history).
 *
 * @param target the tab the user is leaving
 * @param allTabs every open tab (all windows)
 * @param visitsOf every URL a tab showed, oldest first
 * @param isSensitive whether a URL belongs to a sensitive site (its tab goes too, and it is erased)
 * @param openedFrom the tabs opened from these tabs (popups, `target=_blank`, `noopener`),
 *   transitively (utils/opened-tabs.ts): they close too, and everything they showed is erased
 */
export function planExit(
  target: Tabs.Tab,
  allTabs: Tabs.Tab[],
  settings: Pick<Settings, 'decoyUrl' | 'closeSameSiteTabs' | 'closeWholeWindow'>,
  visitsOf: (tabId: number) => string[],
  isSensitive: (url: string) => boolean = () => false,
  openedFrom: (tabIds: number[]) => number[] = () => [],
): ExitPlan {
  const urlsOf = (t: Tabs.Tab) => [
    ...visitsOf(t.id!),
    ...(t.url ? [t.url] : []),
    ...(t.pendingUrl ? [t.pendingUrl] : []),
  ];
  const onScreen = target.url || target.pendingUrl;
  const hiddenSite = siteOf(onScreen);
  const onHiddenSite = (u: string) => (!!hiddenSite && siteOf(u) === hiddenSite) || isSensitive(u);
  // Tabs that are part of the hidden page: it, its site's (and the sensitive sites') other tabs,
  // and whatever any of them opened. Each loses every address it showed.
  const part = new Set<number>([target.id!]);
  if (settings.closeSameSiteTabs)
    for (const t of allTabs) if (t.id !== undefined && onHiddenSite(t.pendingUrl ?? t.url ?? '')) part.add(t.id);
  const open = new Set(allTabs.map((t) => t.id));
  for (const id of openedFrom([...part])) if (open.has(id)) part.add(id);
  // Tabs closed only because they share the window lose only their addresses on hidden sites.
  const close = [target, ...allTabs.filter((t) => t.id !== target.id && t.id !== undefined && part.has(t.id))];
  if (settings.closeWholeWindow)
    for (const t of allTabs) if (t.id !== undefined && !part.has(t.id) && t.windowId === target.windowId) close.push(t);
  const erasable = close.flatMap((t) => (part.has(t.id!) ? urlsOf(t) : urlsOf(t).filter(onHiddenSite)));
  const eraseUrls = [...new Set(erasable)].filter(isErasable);
  return {
    windowId: target.windowId!,
    index: target.index,
    decoyUrl: settings.decoyUrl,
    closeTabIds: close.map((t) => t.id!),
    eraseUrls,
    sites: hiddenSite ? [hiddenSite] : [],
    hidden: { url: target.url ?? target.pendingUrl, incognito: target.incognito },
  };
}

/** The extension APIs an exit uses. */
export interface ExitApi {
  tabs: Pick<Browser['tabs'], 'create' | 'remove'>;
  history: { deleteUrl(details: { url: string }): Promise<void> };
  sessions?: {
    getRecentlyClosed?(filter?: { maxResults?: number }): Promise<
      {
        tab?: { sessionId?: string; windowId?: number; url?: string };
        window?: { sessionId?: string; tabs?: { url?: string }[] };
      }[]
    >;
    forgetClosedTab?(windowId: number, sessionId: string): Promise<void>;
    forgetClosedWindow?(sessionId: string): Promise<void>;
    onChanged?: { addListener(cb: () => void): void; removeListener(cb: () => void): void };
  };
}

/**
 * Opens the decoy where the hidden tab was, activates it and closes the hidden tab(s): the tab the
 * user now sees has an empty Back list (docs/DESIGN.md: 14/14 runs, old tab gone 75–84 ms after the key).
 * The close is sent in the same burst as the create, with nothing awaited between them, in every
 * layout: the browser handles the two in the order sent, so the decoy is in the window before the
 * old tab leaves it, and a window whose last tab is exited stays open (Chromium and Firefox ESR:
 * tests/e2e/exit-layouts.spec.ts, tests/firefox/exit-layouts.spec.ts). Waiting for the create to
 * answer first cost a round trip to the browser (first tab of its window: 268 ms against an 87 ms
 * bare swap, `npm run bench`). Returns the decoy tab.
 */
export async function swapTabForDecoy(api: ExitApi, plan: ExitPlan): Promise<Tabs.Tab> {
  const decoy = api.tabs.create({ windowId: plan.windowId, index: plan.index, url: plan.decoyUrl, active: true });
  const [created] = await Promise.all([decoy, closeTabs(api, plan.closeTabIds)]);
  return created;
}

/** How long a close may take before it is checked and sent again (ensureClosed). */
const CLOSE_RETRY_MS = 500;

/**
 * Makes sure the exited tab is gone: checks, and closes it again if it is still open, up to five
 * times. A close can be lost or stall when it meets the page's own navigation (the content
 * script's fallback to the decoy after 250 ms without an answer, with a worker slow to wake): seen
 * once in CI, the tab stayed open for good.
 */
/** How many times `ensureClosed` checks and closes the exited tab again. */
export const CLOSE_ATTEMPTS = 5;

async function ensureClosed(
  api: ExitApi & { tabs: Pick<Browser['tabs'], 'get'> },
  tabId: number,
  wait: (ms: number) => Promise<void>,
): Promise<void> {
  for (let attempt = 0; attempt < CLOSE_ATTEMPTS; attempt++) {
    const open = await api.tabs.get(tabId).then(
      (t) => !!t,
      () => false,
    );
    if (!open) return;
    await Promise.race([api.tabs.remove(tabId).catch(() => {}), wait(CLOSE_RETRY_MS)]);
  }
}

/** Closes tabs; an empty list or a tab closed meanwhile is not an error. */
async function closeTabs(api: ExitApi, ids: number[]): Promise<void> {
  if (ids.length)
    await api.tabs.remove(ids).catch(() => Promise.all(ids.map((id) => api.tabs.remove(id).catch(() => {}))));
}

/** How many `history.deleteUrl` calls are in flight at once (npm run bench: erase-scaling). */
export const ERASE_BATCH = 200;

/**
 * Removes every URL from history. In Chromium, `history.deleteUrl` also drops the matching
 * Recently-closed entry, favicons and top-sites tiles (docs/DESIGN.md); Firefox needs
 * `sessions.forgetClosedTab`, done here too where the API exists.
 */
export async function eraseVisits(api: ExitApi, urls: string[]): Promise<number> {
  for (let i = 0; i < urls.length; i += ERASE_BATCH) {
    await Promise.all(urls.slice(i, i + ERASE_BATCH).map((url) => api.history.deleteUrl({ url }).catch(() => {})));
  }
  await forgetRecentlyClosed(api, new Set(urls));
  return urls.length;
}

/** Firefox only: forgets Recently-closed tabs and windows that showed one of `urls`. */
export async function forgetRecentlyClosed(api: Pick<ExitApi, 'sessions'>, urls: Set<string>): Promise<number> {
  const s = api.sessions;
  if (!s?.getRecentlyClosed || !s.forgetClosedTab) return 0;
  let forgotten = 0;
  const entries = await s.getRecentlyClosed({}).catch(() => []);
  for (const e of entries) {
    try {
      if (e.tab?.sessionId && e.tab.url && urls.has(e.tab.url)) {
        await s.forgetClosedTab(e.tab.windowId!, e.tab.sessionId);
        forgotten++;
      } else if (e.window?.sessionId && e.window.tabs?.some((t) => t.url && urls.has(t.url))) {
        await s.forgetClosedWindow?.(e.window.sessionId);
        forgotten++;
      }
    } catch {
      // Already gone.
    }
  }
  return forgotten;
}

/**
 * Firefox only: forgets matching Recently-closed entries as they appear, until the returned stop
 * function is called. Firefox often records a closed tab *after* `tabs.remove` resolves (measured
 * in Firefox ESR 153: missing at that moment in 2 of 5 closes, listed 5–50 ms later), so a single
 * look right after the swap can miss it; `sessions.onChanged` fires when it lands. Chromium has no
 * `forgetClosedTab` (its `history.deleteUrl` already drops the entry): nothing to watch there.
 */
export function forgetRecentlyClosedAsTheyAppear(api: ExitApi, urls: Set<string>): () => void {
  const s = api.sessions;
  const onChanged = s?.onChanged;
  if (!s?.forgetClosedTab || !onChanged) return () => {};
  // One look at a time: forgetting an entry fires onChanged again, and that look finds nothing.
  let looking = Promise.resolve();
  const listener = () => {
    looking = looking
      .then(() => forgetRecentlyClosed(api, urls))
      .then(
        () => {},
        () => {},
      );
  };
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}

/** Everything `exitTab` needs, passed in by the background (and by unit tests). */
export interface ExitDeps {
  api: ExitApi & {
    tabs: Pick<Browser['tabs'], 'get' | 'query' | 'sendMessage'>;
  };
  visitsOf(tabId: number): Promise<string[]>;
  forgetTab(tabId: number): void;
  settings(): Promise<Settings>;
  isSensitive?(url: string): boolean;
  /** The origins of the frames a tab's pages embedded (`https://chat.example/`). */
  framesOf?(tabId: number): Promise<string[]>;
  /** The tabs opened from these tabs, transitively (utils/opened-tabs.ts): they go with the exit. */
  openedFrom?(tabIds: number[]): number[];
  /** Called once the tab is swapped and its visits erased (clean-up of site data, undo, report). */
  afterExit?(plan: ExitPlan): Promise<void> | void;
  /** Waits before the second erase pass; tests pass a no-op. */
  delay?(ms: number): Promise<void>;
}

/** What the trigger already knows, so the exit need not ask the browser or storage first. */
export interface ExitHints {
  /** The tab being exited, as the message's sender saw it (`sender.tab`). */
  tab?: Tabs.Tab;
  /** The decoy address the content script has from the settings. */
  decoyUrl?: string;
}

/** How long a close waits for the cloak message to reach the page (exits not started by its keys). */
const CLOAK_WAIT_MS = 200;

/** History writes for the last page can land after the tab closed (titles, favicons): erase twice. */
export const SECOND_PASS_MS = 1500;

const exiting = new Set<number>();

/**
 * Exits tab `tabId`: hides it in every frame, swaps it (and same-site tabs) for the decoy, erases
 * every URL they visited, then runs `afterExit`. A second call for a tab already exiting does
 * nothing. Returns the plan carried out, or null if the tab was already gone or exiting.
 */
export async function exitTab(deps: ExitDeps, tabId: number, hints: ExitHints = {}): Promise<ExitPlan | null> {
  if (exiting.has(tabId)) return null;
  exiting.add(tabId);
  let stopForgetting = () => {};
  try {
    // Hide every frame at once (the keys may have come from an iframe, or from the toolbar).
    const cloaked = deps.api.tabs.sendMessage(tabId, { type: 'cloak' }).then(
      () => {},
      () => {},
    );
    const settingsRead = deps.settings();
    const target = hints.tab?.id === tabId ? hints.tab : await deps.api.tabs.get(tabId);
    // When the decoy's address is known already (the content script sends it), open the decoy at
    // once and work out the rest while it loads: the old page is gone sooner (`npm run bench`).
    const early =
      hints.decoyUrl && isHttpUrl(hints.decoyUrl)
        ? deps.api.tabs.create({ windowId: target.windowId, index: target.index, url: hints.decoyUrl, active: true })
        : undefined;
    // The exited tab goes at once, in the same burst as the create (nothing awaited between them),
    // while the plan (other tabs of the same site, what to erase) is worked out: what the plan
    // needs of it is known already. The browser handles the create first, so the tab is never the
    // window's last when it closes, in any layout (see swapTabForDecoy). A tab the user closed
    // meanwhile is not an error.
    const closedEarly = early && deps.api.tabs.remove(tabId).catch(() => {});
    const [allTabs, settings, opened] = await Promise.all([deps.api.tabs.query({}), settingsRead, early]);
    const others = opened ? allTabs.filter((t) => t.id !== opened.id) : allTabs;
    const visits = new Map<number, string[]>();
    await Promise.all(others.map(async (t) => t.id !== undefined && visits.set(t.id, await deps.visitsOf(t.id))));
    const plan = planExit(target, others, settings, (id) => visits.get(id) ?? [], deps.isSensitive, deps.openedFrom);
    if (opened) Object.assign(plan, { decoyUrl: hints.decoyUrl });
    // Watching from before the swap, so Firefox's late Recently-closed entry is never missed.
    stopForgetting = forgetRecentlyClosedAsTheyAppear(deps.api, new Set(plan.eraseUrls));
    const wait = deps.delay ?? ((ms) => new Promise<void>((r) => setTimeout(r, ms)));
    if (opened)
      await Promise.all([
        Promise.race([closedEarly, wait(CLOSE_RETRY_MS)]),
        closeTabs(
          deps.api,
          plan.closeTabIds.filter((id) => id !== tabId),
        ),
      ]);
    else {
      // Not started by the page's own keys (shortcut, toolbar, popup): the content script arms its
      // "Leave site?" guard only when the cloak message arrives, so it must have arrived before the
      // tab is closed (tests/e2e/leave-site.spec.ts failed 2 runs in 3 without this wait).
      if (!hints.tab) await Promise.race([cloaked, wait(CLOAK_WAIT_MS)]);
      await swapTabForDecoy(deps.api, plan);
    }
    await ensureClosed(deps.api, tabId, wait);
    await eraseVisits(deps.api, plan.eraseUrls);
    for (const id of plan.closeTabIds) deps.forgetTab(id);
    // Only the clean-up needs them: looked up after the swap and the erase, never delaying them.
    const framesOf = deps.framesOf;
    const frames = framesOf ? (await Promise.all(plan.closeTabIds.map((id) => framesOf(id)))).flat() : [];
    const passedThrough = plan.eraseUrls.filter((u) => {
      const site = siteOf(u);
      return site && !plan.sites.includes(site) && !deps.isSensitive?.(u);
    });
    plan.cacheOnlyOrigins = [
      ...new Set([...frames.map((u) => u.replace(/\/$/, '')), ...passedThrough.map((u) => new URL(u).origin)]),
    ];
    await deps.afterExit?.(plan);
    await wait(SECOND_PASS_MS);
    await eraseVisits(deps.api, plan.eraseUrls);
    return plan;
  } catch {
    return null;
  } finally {
    stopForgetting();
    exiting.delete(tabId);
  }
}
