/**
 * Remembers every URL each tab has shown, because an extension cannot read a tab's Back list
 * (docs/DESIGN.md: deleting only the current URL left the earlier sensitive pages in History, Favicons,
 * Top Sites). Fed from webNavigation and History: committed pages, redirect sources, hops and targets,
 * `pushState` and `#hash` changes.
 *
 * The list lives in memory and is mirrored to `storage.session` (memory only, never on disk), one
 * key per tab, so a service worker that was stopped still knows what to erase when it wakes for an
 * exit. A woken worker reads nothing up front: a tab's key is read once, when that tab first needs
 * it (before its first write, so older stored visits are merged and never overwritten; or when an
 * exit or an erase asks for the tab's visits). So what a page load costs the worker does not grow
 * with how much was browsed before (issue #15).
 */

/** Caps one tab's list so a page that pushState()s in a loop cannot grow it without bound. */
export const MAX_URLS_PER_TAB = 2000;
/**
 * Caps the stored copy of one address. Memory keeps the whole address (an exit erases it exactly);
 * `storage.session` gets at most this many characters of it, so a page that pushes very long
 * addresses cannot fill the session quota (10 MB) and make every later visit fail to save.
 */
export const MAX_STORED_URL_CHARS = 4096;

/** The minimal store the tracker persists through (storage.session in the extension). */
export interface SessionArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove?(keys: string | string[]): Promise<void>;
}

/** One `storage.session` key per tab: a new address rewrites that tab's list only. */
export const VISITS_KEY_PREFIX = 'tabVisits:';
export const visitsKey = (tabId: number) => `${VISITS_KEY_PREFIX}${tabId}`;
/** The origins of the frames each tab's pages embedded (chat widgets, videos): see `trackFrameOrigin`. */
export const FRAMES_KEY_PREFIX = 'tabFrameOrigins:';

/** Only these schemes ever reach history. */
function isTrackable(url: string): boolean {
  return url.startsWith('http:') || url.startsWith('https:') || url.startsWith('file:');
}

export class VisitTracker {
  private visits = new Map<number, string[]>();
  /** Per tab: its stored list has been read (or is being read) and merged into memory. */
  private loads = new Map<number, Promise<void>>();
  /** Tabs whose key is to be read in the next batch (one `get` per microtask). */
  private pendingLoads: number[] = [];
  private loadBatch: Promise<void> | null = null;
  /**
   * Tabs that are gone (forgotten: null) or replaced by another tab (its id): what is still stored
   * under them goes to the replacing tab or nowhere, never back into memory under the old id.
   */
  private gone = new Map<number, number | null>();
  private saving: Promise<void> = Promise.resolve();
  /** Tabs whose list changed since the last write; written together once per microtask. */
  private dirty = new Set<number>();
  private scheduled = false;
  /** The last write that failed (quota, a stopped context), or null. Memory stays authoritative. */
  lastWriteError: unknown = null;

  /**
   * @param keyPrefix where in the session store, one key per tab (a second tracker keeps the
   *   frames' origins under FRAMES_KEY_PREFIX)
   */
  constructor(
    private area: SessionArea,
    private readonly keyPrefix = VISITS_KEY_PREFIX,
    private readonly onWriteError: (error: unknown) => void = (e) =>
      console.error('Quick Exit: visits not saved to storage.session', e),
  ) {}

  /**
   * Reads what an earlier life of the service worker stored for these tabs (each tab's key once per
   * life; the keys asked for within one moment in one `get`) and merges it into memory, stored
   * (older) visits first. A failed read counts as nothing stored.
   */
  loadTabs(tabIds: Iterable<number>): Promise<void> {
    return Promise.all([...tabIds].map((id) => this.loadTab(id))).then(() => {});
  }

  private loadTab(tabId: number): Promise<void> {
    let loaded = this.loads.get(tabId);
    if (!loaded) {
      this.pendingLoads.push(tabId);
      this.loadBatch ??= Promise.resolve().then(() => {
        const ids = this.pendingLoads;
        this.pendingLoads = [];
        this.loadBatch = null;
        return this.area.get(ids.map((id) => this.keyOf(id))).then(
          (stored) => {
            for (const id of ids) this.mergeStored(id, stored[this.keyOf(id)]);
          },
          () => {},
        );
      });
      loaded = this.loadBatch;
      this.loads.set(tabId, loaded);
    }
    return loaded;
  }

  private mergeStored(tabId: number, urls: unknown): void {
    if (!Array.isArray(urls) || !urls.length) return;
    const stored = urls.filter((u): u is string => typeof u === 'string');
    let id = tabId;
    while (this.gone.has(id)) {
      const next = this.gone.get(id);
      if (next == null) return;
      id = next;
    }
    const merged = [...new Set([...stored, ...(this.visits.get(id) ?? [])])].slice(-MAX_URLS_PER_TAB);
    this.visits.set(id, merged);
    if (id !== tabId) this.persist(id);
  }

  /** Every URL tab `tabId` showed, oldest first, stored ones included (read on first use). */
  async visitsOf(tabId: number): Promise<string[]> {
    await this.loadTab(tabId);
    return this.urlsOf(tabId);
  }

  /** Records that tab `tabId` showed `url`. */
  add(tabId: number, url: string | undefined): void {
    if (tabId < 0 || !url || !isTrackable(url)) return;
    const list = this.visits.get(tabId) ?? [];
    if (list.includes(url)) return;
    list.push(url);
    if (list.length > MAX_URLS_PER_TAB) list.shift();
    this.visits.set(tabId, list);
    this.persist(tabId);
  }

  /**
   * The URLs tab `tabId` showed that this life of the worker holds in memory, oldest first: a woken
   * worker's stored ones only once the tab was loaded (`visitsOf`, `loadTabs`).
   */
  urlsOf(tabId: number): string[] {
    return [...(this.visits.get(tabId) ?? [])];
  }

  /** A tab was replaced by another (prerendering, discarding): it keeps its history. */
  replace(addedTabId: number, removedTabId: number): void {
    if (addedTabId === removedTabId) return;
    const old = this.visits.get(removedTabId) ?? [];
    this.visits.delete(removedTabId);
    this.gone.set(removedTabId, addedTabId);
    // What is stored under the old id moves too (mergeStored), before its key is removed.
    void this.loadTab(removedTabId);
    this.persist(removedTabId);
    for (const url of old) this.add(addedTabId, url);
  }

  /** Forgets a tab (closed, or its visits erased). */
  forget(tabId: number): void {
    this.gone.set(tabId, null);
    this.visits.delete(tabId);
    this.persist(tabId);
  }

  /** Marks a tab for the next write: every change of this microtask goes out in one write. */
  private persist(tabId: number): void {
    this.dirty.add(tabId);
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      const ids = [...this.dirty];
      this.dirty.clear();
      // Each tab's key is read before its first write, so a write right after waking never
      // overwrites what was stored before.
      this.saving = this.saving.then(() => this.loadTabs(ids)).then(() => this.write(ids));
    });
  }

  private keyOf(tabId: number): string {
    return `${this.keyPrefix}${tabId}`;
  }

  private async write(ids: number[]): Promise<void> {
    const set: Record<string, string[]> = {};
    const removed: string[] = [];
    for (const id of ids) {
      const list = this.visits.get(id);
      if (list) set[this.keyOf(id)] = list.map((u) => u.slice(0, MAX_STORED_URL_CHARS));
      else removed.push(this.keyOf(id));
    }
    try {
      if (Object.keys(set).length) await this.area.set(set);
      if (removed.length) await this.area.remove?.(removed);
      this.lastWriteError = null;
    } catch (e) {
      this.lastWriteError = e;
      this.onWriteError(e);
    }
  }

  /** Resolves when everything recorded so far is in the session store (or has failed to be). */
  async flushed(): Promise<void> {
    let last: Promise<void>;
    do {
      await Promise.resolve();
      last = this.saving;
      await last;
    } while (last !== this.saving || this.scheduled);
  }
}

/**
 * The middle addresses of a chain of server redirects (A -> X -> B). `webNavigation` names only
 * the first (`onBeforeNavigate`: A) and the last (`onCommitted`: B), while Chromium adds every hop
 * to History. The hops' visits reach `history.onVisited` around the commit, without a tab: a visit
 * that arrives within `windowMs` after a tab committed a navigation that was redirected by the
 * server is counted as that tab's. (Extensions can see redirects directly with `webRequest`, but
 * holding that permission makes Chromium route every request of every page through its extension
 * proxy: +15 % on a heavy page's load event, `npm run bench`.) If two tabs are redirected within
 * the same moment, each gets the other's hops too: an exit then erases a little more, never less.
 */
export class RedirectHops {
  private committed = new Map<number, number>();

  constructor(
    private readonly tracker: Pick<VisitTracker, 'add'>,
    private readonly now: () => number = Date.now,
    private readonly windowMs = 3000,
  ) {}

  /** `webNavigation.onCommitted` of a top frame. */
  onCommitted(d: { tabId: number; frameId: number; transitionQualifiers?: string[] }): void {
    if (d.frameId !== 0) return;
    if (d.transitionQualifiers?.includes('server_redirect')) this.committed.set(d.tabId, this.now());
    else this.committed.delete(d.tabId);
  }

  /** `history.onVisited`. */
  onVisited(url: string | undefined): void {
    const now = this.now();
    for (const [tabId, at] of this.committed) {
      if (now - at > this.windowMs) this.committed.delete(tabId);
      else this.tracker.add(tabId, url);
    }
  }
}

/** What `webNavigation` says about a frame. */
export interface FrameNavigation {
  tabId: number;
  frameId: number;
  url: string;
  /** Chromium: `outermost_frame` for a tab's page, also while it is prerendered (frameId is then not 0). */
  frameType?: string;
  /** Chromium: `prerender` while the frame's page is prerendered and not shown, else `active` (or cached). */
  documentLifecycle?: string;
  /** `onCommitted` only. */
  transitionType?: string;
}

/**
 * Whether a navigation is of the page the tab shows or may show: its top frame, or a page
 * prerendered for it (speculation rules; Chromium gives it a frameId other than 0 and
 * `frameType: 'outermost_frame'`), which is neither a frame of the page nor a visit of its own.
 */
export function isTabPage(d: Pick<FrameNavigation, 'frameId' | 'frameType'>): boolean {
  return d.frameId === 0 || d.frameType === 'outermost_frame';
}

/**
 * Whether a navigation is of a page Chromium prerenders and does not show (yet). Such a page is
 * not in History; when the user goes there, Chromium reports that as a navigation of the top frame
 * (onBeforeNavigate and onCommitted with frameId 0, the address after any redirect or `pushState`
 * included: measured on Chromium 156, tests/e2e/prerender.spec.ts), and that is when it is
 * recorded. Recorded earlier, a page the user never saw would be erased at an exit, and with it
 * the user's own visits to that address from other tabs.
 */
export function isPrerendering(d: Pick<FrameNavigation, 'documentLifecycle'>): boolean {
  return d.documentLifecycle === 'prerender';
}

/**
 * Whether a committed navigation is one the user made inside a frame (a chat widget clicked
 * through): Chromium keeps those in History as hidden rows (`manual_subframe`), which
 * `history.search` never shows but the History file holds. An automatic subframe load is not
 * recorded as a visit of its own and is not tracked.
 */
export function isUserFrameNavigation(d: Pick<FrameNavigation, 'frameId' | 'frameType' | 'transitionType'>): boolean {
  return !isTabPage(d) && d.transitionType === 'manual_subframe';
}

/**
 * Feeds the tracker from one `webNavigation` event (onBeforeNavigate, onCommitted,
 * onHistoryStateUpdated, onReferenceFragmentUpdated): the tab's own pages (a prerendered one once
 * it is shown) and the frame navigations the user made.
 */
export function trackNavigation(tracker: Pick<VisitTracker, 'add'>, d: FrameNavigation): void {
  if (isPrerendering(d)) return;
  if (isTabPage(d) || isUserFrameNavigation(d)) tracker.add(d.tabId, d.url);
}

/**
 * `webNavigation.onCommitted`: notes the origin of every frame a tab's page embeds (a chat
 * widget, a video), in a second tracker (`new VisitTracker(area, FRAMES_KEY_PREFIX)`). An exit clears
 * the HTTP cache of those origins: Chromium keys a frame's cache entries by the page's site too,
 * but removes them only by the frame's own origin. Their cookies and storage are not touched here
 * (that would sign the user out of the video site); their storage partitioned under the hidden
 * site goes with the hidden site's own removal.
 */
export function trackFrameOrigin(frames: Pick<VisitTracker, 'add'>, d: FrameNavigation): void {
  if (isTabPage(d) || !/^https?:/.test(d.url)) return;
  try {
    frames.add(d.tabId, `${new URL(d.url).origin}/`);
  } catch {
    // Not a URL.
  }
}
