import { forgetRecentlyClosed, type ExitApi } from './exit';
import { defineSessionKey } from './session-state';
import { originsOfSite } from './sites';

/**
 * "Clear traces": removes what visits to the sensitive sites left in the browser — history (all
 * time), cookies, site storage and cache, downloads-list entries, Recently closed — and says
 * plainly what it cannot remove. Runs from the popup button and after every exit. Every extension
 * API is passed in, so unit tests hand in fakes.
 *
 * Nothing here writes to persistent storage: the report lives in `storage.session`.
 */

/** Chromium and Firefox filter `browsingData.remove` differently (see `siteDataRemoval`). */
export type BrowserFlavor = 'chromium' | 'firefox';

/** Firefox is the one with `runtime.getBrowserInfo`. */
export function detectFlavor(runtime: object): BrowserFlavor {
  return typeof (runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function' ? 'firefox' : 'chromium';
}

/** The `browsingData.remove` arguments, as both browsers accept them. */
export interface RemovalOptions {
  since?: number;
  origins?: string[];
  hostnames?: string[];
}
export type DataTypeSet = Partial<
  Record<
    | 'cache'
    | 'cacheStorage'
    | 'cookies'
    | 'downloads'
    | 'fileSystems'
    | 'formData'
    | 'history'
    | 'indexedDB'
    | 'localStorage'
    | 'serviceWorkers'
    | 'webSQL',
    boolean
  >
>;

/** What Chromium removes for one set of sites: cookies, every kind of storage and the cache. */
export const CHROMIUM_SITE_DATA: Readonly<DataTypeSet> = {
  cookies: true,
  localStorage: true,
  indexedDB: true,
  cacheStorage: true,
  serviceWorkers: true,
  fileSystems: true,
  webSQL: true,
  cache: true,
};

/**
 * How to remove one set of sites' cookies, storage and cache.
 *
 * Chromium: `origins` (scheme://host:port) filters cookies, every kind of storage and the cache;
 * cookies go for the whole registrable domain. Firefox has no `origins`: it takes `hostnames`
 * (no scheme, subdomains listed one by one), which filters cookies, localStorage, IndexedDB and
 * service workers. For storage it compares the origin's host *with* its port: measured in Firefox
 * ESR 153, `sensitive.test` left the localStorage and IndexedDB of `http://sensitive.test:8080`
 * in place (and reported success); `sensitive.test:8080` removed them. So a port seen is listed
 * too, beside the bare name (which cookies need). It knows no cacheStorage/fileSystems/webSQL
 * type, and it cannot clear one host's cache — with `hostnames` it empties the whole cache (MDN
 * RemovalOptions; Firefox's ext-browsingData.js). An empty cache reveals nothing, a cached help page does.
 */
export function siteDataRemoval(
  flavor: BrowserFlavor,
  sites: string[],
  knownOrigins: string[] = [],
): { options: RemovalOptions; dataTypes: DataTypeSet } | null {
  const origins = [...new Set([...sites.flatMap(originsOfSite), ...knownOrigins])].toSorted();
  if (!origins.length) return null;
  if (flavor === 'firefox') {
    const hostnames = [...new Set(origins.flatMap((o) => [new URL(o).hostname, new URL(o).host]))].toSorted();
    return {
      options: { hostnames },
      dataTypes: { cookies: true, localStorage: true, indexedDB: true, serviceWorkers: true, cache: true },
    };
  }
  return { options: { origins }, dataTypes: { ...CHROMIUM_SITE_DATA } };
}

/** The optional "Forget everything from …" periods. */
export type ForgetPeriod = '15m' | '1h' | 'today';
export const FORGET_PERIODS: readonly ForgetPeriod[] = ['15m', '1h', 'today'];

/** The start of a period ending `now` ('today' = since local midnight). */
export function periodStart(period: ForgetPeriod, now: number): number {
  if (period === '15m') return now - 15 * 60_000;
  if (period === '1h') return now - 60 * 60_000;
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** What "forget everything from …" removes (like Firefox's Forget button; never passwords). */
export function periodRemoval(
  flavor: BrowserFlavor,
  since: number,
): { options: RemovalOptions; dataTypes: DataTypeSet } {
  const common: DataTypeSet = {
    history: true,
    downloads: true,
    cookies: true,
    cache: true,
    localStorage: true,
    indexedDB: true,
    serviceWorkers: true,
    formData: true,
  };
  return {
    options: { since },
    dataTypes: flavor === 'firefox' ? common : { ...common, cacheStorage: true, fileSystems: true, webSQL: true },
  };
}

/** What a clean-up removed, counted by kind. */
export interface RemovedCounts {
  /** Pages removed from history. */
  history: number;
  /** Entries removed from the downloads list (the files themselves stay). */
  downloads: number;
  /** Entries removed from Recently closed. */
  recentlyClosed: number;
  /** Sites whose cookies, storage and cache were cleared. */
  siteData: number;
}

/** The short report shown after each clean-up (kept in `storage.session` only). */
export interface CleanupReport {
  /** When it ran (ms since the epoch). */
  at: number;
  /** What started it. */
  cause: 'exit' | 'button';
  removed: RemovedCounts;
  /** Set when "forget everything from …" also ran. */
  period?: ForgetPeriod;
  /** The downloads list was not searched: the optional permission is not granted. */
  downloadsNotAllowed: boolean;
  /** Kinds that failed (the browser refused): shown, never hidden. */
  failed: ('history' | 'downloads' | 'recentlyClosed' | 'siteData' | 'period')[];
}

export const REPORT_KEY = 'lastCleanup';

/** The last clean-up's report, for the browser session: the popup shows it as it changes. */
export const lastCleanupKey = defineSessionKey<CleanupReport | null>({
  key: REPORT_KEY,
  empty: () => null,
  parse: (stored) =>
    typeof stored === 'object' && typeof (stored as CleanupReport).at === 'number' ? (stored as CleanupReport) : null,
});

interface DownloadItem {
  id: number;
  url?: string;
  finalUrl?: string;
  referrer?: string;
}

/** The extension APIs a clean-up uses. */
export interface TracesApi extends Pick<ExitApi, 'sessions'> {
  history: {
    search(query: { text: string; startTime?: number; maxResults?: number }): Promise<{ url?: string }[]>;
    deleteUrl(details: { url: string }): Promise<void>;
  };
  browsingData: { remove(options: RemovalOptions, dataTypes: DataTypeSet): Promise<void> };
  permissions: { contains(p: { permissions: string[] }): Promise<boolean> };
  /** Only present once the optional `downloads` permission is granted. */
  downloads?: {
    search(query: object): Promise<DownloadItem[]>;
    erase(query: { id: number }): Promise<number[]>;
  };
}

/** What to clear. */
export interface CleanupRequest {
  flavor: BrowserFlavor;
  cause: CleanupReport['cause'];
  /** Every sensitive site (built in, the user's, hidden by exits). */
  sites: string[];
  isSensitive(url: string | undefined): boolean;
  /** Origins (with ports) seen on sensitive sites, beyond the sites' default ones. */
  knownOrigins?: string[];
  /** Clear cookies/storage/cache (the button always does; an exit when `clearSiteDataOnExit`). */
  clearSiteData: boolean;
  /** URLs already erased by the exit, counted in the report. */
  alreadyErased?: string[];
  period?: ForgetPeriod;
  now?: number;
}

/** Chromium's default `maxResults` is 100; ask for everything. */
const ALL = 1_000_000;

/** Every URL in history on a sensitive site (all time). */
async function sensitiveHistory(api: TracesApi, isSensitive: (url: string) => boolean): Promise<string[]> {
  // One full scan rather than a text search per site: history's text search matches words, not
  // host suffixes, and would miss subdomains and ports.
  const items = await api.history.search({ text: '', startTime: 0, maxResults: ALL });
  return [...new Set(items.map((i) => i.url ?? '').filter((u) => u && isSensitive(u)))];
}

/** Recently-closed URLs on sensitive sites. */
async function sensitiveRecentlyClosed(api: TracesApi, isSensitive: (url: string) => boolean): Promise<string[]> {
  const entries = (await api.sessions?.getRecentlyClosed?.({}).catch(() => [])) ?? [];
  const urls = entries.flatMap((e) => (e.tab ? [e.tab.url ?? ''] : (e.window?.tabs ?? []).map((t) => t.url ?? '')));
  return urls.filter((u) => u && isSensitive(u));
}

/** Whether the optional downloads permission is granted (and the API is there). */
export async function downloadsAllowed(api: TracesApi): Promise<boolean> {
  if (!api.downloads) return false;
  return api.permissions.contains({ permissions: ['downloads'] }).catch(() => false);
}

/**
 * Removes the downloads-list entries whose URL, final URL or referrer is on a sensitive site (the
 * files stay on disk). Returns how many entries went, and their URLs.
 */
export async function clearSensitiveDownloads(
  api: TracesApi,
  isSensitive: (url: string | undefined) => boolean,
): Promise<{ erased: number; urls: string[] }> {
  const items = await api.downloads!.search({});
  const hits = items.filter((d) => isSensitive(d.url) || isSensitive(d.finalUrl) || isSensitive(d.referrer));
  let erased = 0;
  for (const d of hits) erased += (await api.downloads!.erase({ id: d.id })).length;
  return {
    erased,
    urls: hits.flatMap((d) => [d.url, d.finalUrl, d.referrer].filter((u): u is string => isSensitive(u))),
  };
}

/**
 * Removes the sensitive sites' traces and returns the report. Each kind is tried on its own, so
 * one refusal never stops the rest; a kind that failed is named in the report.
 */
export async function clearTraces(api: TracesApi, req: CleanupRequest): Promise<CleanupReport> {
  const isSensitive = (u: string | undefined) => !!u && req.isSensitive(u);
  const report: CleanupReport = {
    at: req.now ?? Date.now(),
    cause: req.cause,
    removed: { history: 0, downloads: 0, recentlyClosed: 0, siteData: 0 },
    downloadsNotAllowed: false,
    failed: [],
  };
  const closedBefore = await sensitiveRecentlyClosed(api, isSensitive);

  // History, all time. In Chromium this also drops the matching Recently-closed entries,
  // favicons and new-tab tiles (docs/DESIGN.md).
  const erased = new Set(req.alreadyErased ?? []);
  // Site data is kept per origin (with its port): note every origin the sensitive URLs show.
  const origins = new Set(req.knownOrigins ?? []);
  const noteOrigins = (urls: Iterable<string>) => {
    for (const u of urls) if (isSensitive(u)) origins.add(new URL(u).origin);
  };
  noteOrigins(erased);
  noteOrigins(closedBefore);
  try {
    const urls = await sensitiveHistory(api, isSensitive);
    await Promise.all(urls.map((url) => api.history.deleteUrl({ url }).catch(() => {})));
    for (const u of urls) erased.add(u);
    noteOrigins(urls);
  } catch {
    report.failed.push('history');
  }
  report.removed.history = erased.size;

  // Firefox keeps Recently closed apart from history.
  try {
    if (closedBefore.length) await forgetRecentlyClosed(api, new Set(closedBefore));
    const closedAfter = await sensitiveRecentlyClosed(api, isSensitive);
    report.removed.recentlyClosed = Math.max(0, closedBefore.length - closedAfter.length);
  } catch {
    report.failed.push('recentlyClosed');
  }

  if (await downloadsAllowed(api)) {
    try {
      const { erased: n, urls } = await clearSensitiveDownloads(api, isSensitive);
      report.removed.downloads = n;
      noteOrigins(urls);
    } catch {
      report.failed.push('downloads');
    }
  } else report.downloadsNotAllowed = true;

  if (req.clearSiteData) {
    const removal = siteDataRemoval(req.flavor, req.sites, [...origins]);
    try {
      if (removal) await api.browsingData.remove(removal.options, removal.dataTypes);
      report.removed.siteData = req.sites.length;
    } catch {
      report.failed.push('siteData');
    }
  }

  if (req.period) {
    report.period = req.period;
    const since = periodStart(req.period, report.at);
    try {
      const recent = await api.history.search({ text: '', startTime: since, maxResults: ALL });
      const fresh = recent.filter((i) => i.url && !erased.has(i.url)).length;
      const removal = periodRemoval(req.flavor, since);
      await api.browsingData.remove(removal.options, removal.dataTypes);
      report.removed.history += fresh;
    } catch {
      report.failed.push('period');
    }
  }
  return report;
}

/** The kinds of trace that no extension can remove, in the order the report lists them. */
export const CANNOT_REMOVE = ['sessionFile', 'downloadedFiles', 'sync', 'spyware', 'network', 'extension'] as const;
export type CannotRemove = (typeof CANNOT_REMOVE)[number];
