import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { ExitPlan } from '@/utils/exit';
import { SensitiveSites } from '@/utils/sensitive-sites';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings-schema';
import { TraceCleaner } from '@/utils/trace-cleaner';
import {
  clearTraces,
  detectFlavor,
  periodRemoval,
  periodStart,
  REPORT_KEY,
  siteDataRemoval,
  type CleanupRequest,
  type TracesApi,
} from '@/utils/traces';

const SENSITIVE = ['help.example'];
const isSensitive = (u: string | undefined) => !!u && /^https?:\/\/([^/]*\.)?help\.example[:/]/.test(u);

/** A fake browser for clean-ups: history, downloads, Recently closed, browsingData calls recorded. */
function fakeApi(
  opts: {
    history?: string[];
    downloads?: { id: number; url: string; referrer?: string }[];
    granted?: boolean;
    firefoxClosed?: boolean;
  } = {},
) {
  let history = [...(opts.history ?? [])];
  let downloads = [...(opts.downloads ?? [])];
  let closed = history.filter(isSensitive).map((url, i) => ({ tab: { url, sessionId: `s${i}`, windowId: 1 } }));
  const removals: unknown[][] = [];
  const api: TracesApi = {
    history: {
      search: vi.fn(async () => history.map((url) => ({ url }))),
      deleteUrl: vi.fn(async ({ url }) => {
        history = history.filter((u) => u !== url);
        // Chromium drops the Recently-closed entry with the history entry; Firefox does not.
        if (!opts.firefoxClosed) closed = closed.filter((c) => c.tab.url !== url);
      }),
    },
    browsingData: { remove: vi.fn(async (...args: unknown[]) => void removals.push(args)) },
    permissions: { contains: vi.fn(async () => opts.granted ?? false) },
    downloads: {
      search: vi.fn(async () => downloads),
      erase: vi.fn(async ({ id }) => {
        const before = downloads.length;
        downloads = downloads.filter((d) => d.id !== id);
        return before > downloads.length ? [id] : [];
      }),
    },
    sessions: {
      getRecentlyClosed: async () => closed,
      ...(opts.firefoxClosed
        ? {
            forgetClosedTab: async (_w: number, id: string) =>
              void (closed = closed.filter((c) => c.tab.sessionId !== id)),
            forgetClosedWindow: async () => {},
          }
        : {}),
    },
  };
  return { api, removals, history: () => history, downloads: () => downloads, closed: () => closed };
}

const request = (over: Partial<CleanupRequest> = {}): CleanupRequest => ({
  flavor: 'chromium',
  cause: 'button',
  sites: SENSITIVE,
  isSensitive,
  clearSiteData: true,
  now: Date.UTC(2026, 10, 28, 12),
  ...over,
});

describe('detectFlavor', () => {
  it('Firefox is the browser with runtime.getBrowserInfo', () => {
    expect(detectFlavor({ getBrowserInfo: () => {} })).toBe('firefox');
    expect(detectFlavor({ id: 'x' })).toBe('chromium');
  });
});

describe('siteDataRemoval', () => {
  it('builds no www. origin for a site on an IP address (an invalid origin failed the whole removal)', () => {
    const r = siteDataRemoval('chromium', ['127.0.0.1'], ['http://127.0.0.1:8123'])!;
    expect(r.options.origins).toEqual(['http://127.0.0.1', 'http://127.0.0.1:8123', 'https://127.0.0.1']);
    for (const o of r.options.origins!) expect(() => new URL(o)).not.toThrow();
    const f = siteDataRemoval('firefox', ['127.0.0.1'], ['http://127.0.0.1:8123'])!;
    expect(f.options.hostnames).toEqual(['127.0.0.1']);
  });

  it('Chromium: origins (with ports seen) for cookies, every storage type and the cache', () => {
    const r = siteDataRemoval('chromium', ['help.example'], ['http://help.example:8080'])!;
    expect(r.options).toEqual({
      origins: [
        'http://help.example',
        'http://help.example:8080',
        'http://www.help.example',
        'https://help.example',
        'https://www.help.example',
      ],
    });
    expect(r.options).not.toHaveProperty('hostnames');
    expect(r.dataTypes).toEqual({
      cookies: true,
      localStorage: true,
      indexedDB: true,
      cacheStorage: true,
      serviceWorkers: true,
      fileSystems: true,
      webSQL: true,
      cache: true,
    });
  });

  it('Firefox: host names without scheme or port, subdomains listed, only the types Firefox knows', () => {
    const r = siteDataRemoval('firefox', ['help.example'], ['http://chat.help.example:8080'])!;
    expect(r.options).toEqual({ hostnames: ['chat.help.example', 'help.example', 'www.help.example'] });
    expect(r.options).not.toHaveProperty('origins');
    expect(Object.keys(r.dataTypes).toSorted()).toEqual([
      'cache',
      'cookies',
      'indexedDB',
      'localStorage',
      'serviceWorkers',
    ]);
  });

  it('nothing to clear without sites', () => {
    expect(siteDataRemoval('chromium', [])).toBeNull();
  });
});

describe('periods', () => {
  const now = new Date(2026, 10, 28, 14, 30).getTime();
  it('start 15 minutes, an hour, or local midnight before now', () => {
    expect(now - periodStart('15m', now)).toBe(15 * 60_000);
    expect(now - periodStart('1h', now)).toBe(60 * 60_000);
    expect(periodStart('today', now)).toBe(new Date(2026, 10, 28).getTime());
  });
  it('remove history, downloads, cookies, cache and storage since then, never passwords', () => {
    const r = periodRemoval('chromium', 5);
    expect(r.options).toEqual({ since: 5 });
    expect(r.dataTypes).toMatchObject({
      history: true,
      downloads: true,
      cookies: true,
      cache: true,
      localStorage: true,
    });
    expect(r.dataTypes).not.toHaveProperty('passwords');
    expect(periodRemoval('firefox', 5).dataTypes).not.toHaveProperty('webSQL');
  });
});

describe('clearTraces', () => {
  const history = [
    'https://help.example/a',
    'https://chat.help.example/b',
    'https://news.example/',
    'https://helpexample.org/',
  ];

  it('removes only sensitive history, all time, and counts it; other history stays', async () => {
    const f = fakeApi({ history });
    const report = await clearTraces(f.api, request());
    expect(f.history()).toEqual(['https://news.example/', 'https://helpexample.org/']);
    expect(report.removed.history).toBe(2);
    expect(f.api.history.search).toHaveBeenCalledWith({ text: '', startTime: 0, maxResults: 1_000_000 });
  });

  it('Chromium: Recently closed goes with the history erase, and is counted', async () => {
    const f = fakeApi({ history });
    const report = await clearTraces(f.api, request());
    expect(f.closed()).toEqual([]);
    expect(report.removed.recentlyClosed).toBe(2);
  });

  it('Firefox: forgets the Recently-closed tabs on sensitive sites', async () => {
    const f = fakeApi({ history, firefoxClosed: true });
    const report = await clearTraces(f.api, request({ flavor: 'firefox' }));
    expect(f.closed()).toEqual([]);
    expect(report.removed.recentlyClosed).toBe(2);
  });

  it('erases download entries whose URL or referrer is sensitive, when the permission is granted', async () => {
    const f = fakeApi({
      granted: true,
      downloads: [
        { id: 1, url: 'https://cdn.example/guide.pdf', referrer: 'https://help.example/guide' },
        { id: 2, url: 'https://help.example/plan.pdf' },
        { id: 3, url: 'https://news.example/paper.pdf', referrer: 'https://news.example/' },
      ],
    });
    const report = await clearTraces(f.api, request());
    expect(f.downloads().map((d) => d.id)).toEqual([3]);
    expect(report.removed.downloads).toBe(2);
    expect(report.downloadsNotAllowed).toBe(false);
  });

  it('without the permission, leaves the downloads list alone and says so', async () => {
    const f = fakeApi({ downloads: [{ id: 2, url: 'https://help.example/plan.pdf' }] });
    const report = await clearTraces(f.api, request());
    expect(f.api.downloads!.search).not.toHaveBeenCalled();
    expect(report.downloadsNotAllowed).toBe(true);
  });

  it('clears site data for every sensitive site, with the origins found in history', async () => {
    const f = fakeApi({ history: ['http://help.example:8080/x'] });
    const report = await clearTraces(f.api, request());
    expect(f.removals).toHaveLength(1);
    expect((f.removals[0][0] as { origins: string[] }).origins).toContain('http://help.example:8080');
    expect(report.removed.siteData).toBe(1);
  });

  it('leaves site data alone when asked (exit with clearSiteDataOnExit off)', async () => {
    const f = fakeApi({ history });
    const report = await clearTraces(f.api, request({ clearSiteData: false }));
    expect(f.removals).toEqual([]);
    expect(report.removed.siteData).toBe(0);
  });

  it('one refusal does not stop the rest, and is named in the report', async () => {
    const f = fakeApi({ history });
    f.api.browsingData.remove = async () => {
      throw new Error('refused');
    };
    const report = await clearTraces(f.api, request());
    expect(report.failed).toEqual(['siteData']);
    expect(report.removed.history).toBe(2);
  });

  it('counts the pages an exit already erased', async () => {
    const f = fakeApi({ history: [] });
    const report = await clearTraces(f.api, request({ cause: 'exit', alreadyErased: ['https://help.example/a'] }));
    expect(report).toMatchObject({ cause: 'exit', removed: { history: 1 } });
  });

  it('"forget everything from" also removes the whole period, only when chosen', async () => {
    const f = fakeApi({ history });
    const report = await clearTraces(f.api, request({ period: '1h' }));
    expect(report.period).toBe('1h');
    expect(f.removals[1]).toEqual([{ since: Date.UTC(2026, 10, 28, 11) }, expect.objectContaining({ history: true })]);
    expect((await clearTraces(fakeApi().api, request())).period).toBeUndefined();
  });
});

describe('TraceCleaner', () => {
  beforeEach(() => fakeBrowser.reset());

  function cleaner(settings: Partial<Settings> = {}, f = fakeApi({ history: ['https://help.example/a'] })) {
    const sensitive = new SensitiveSites(fakeBrowser.storage.session, SENSITIVE);
    const visits = new Map<number, string[]>([
      [7, ['https://search.example/?q=help', 'https://help.example/a']],
      [8, ['https://news.example/']],
    ]);
    const c = new TraceCleaner({
      api: f.api,
      session: fakeBrowser.storage.session,
      sensitive,
      settings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
      flavor: 'chromium',
      tabIds: async () => [...visits.keys()],
      visitsOf: async (id) => visits.get(id) ?? [],
      delay: async () => {},
    });
    return { c, f, sensitive };
  }

  it('erases a sensitive visit as it happens, with the trail of the tab that led there, twice', async () => {
    const { c, f } = cleaner();
    expect(await c.onVisited('https://help.example/a')).toEqual([
      'https://help.example/a',
      'https://search.example/?q=help',
    ]);
    expect(f.api.history.deleteUrl).toHaveBeenCalledTimes(4);
  });

  it('leaves ordinary visits, and everything when erase-as-visited is off', async () => {
    expect(await cleaner().c.onVisited('https://news.example/')).toEqual([]);
    const off = cleaner({ eraseSensitiveAsVisited: false });
    expect(await off.c.onVisited('https://help.example/a')).toEqual([]);
    expect(off.f.api.history.deleteUrl).not.toHaveBeenCalled();
  });

  const plan: ExitPlan = {
    windowId: 1,
    index: 0,
    decoyUrl: 'https://weather.example/',
    closeTabIds: [9],
    eraseUrls: ['http://forum.example:8080/thread'],
    sites: ['forum.example'],
    hidden: { url: 'http://forum.example:8080/thread', incognito: false },
    windowKeepsTabs: true,
  };

  it('after an exit, the hidden site joins the sensitive set and its site data is cleared', async () => {
    const { c, f, sensitive } = cleaner();
    const report = await c.afterExit(plan);
    expect(sensitive.isSensitive('https://forum.example/other')).toBe(true);
    expect((f.removals[0][0] as { origins: string[] }).origins).toContain('http://forum.example:8080');
    expect(report.cause).toBe('exit');
    expect((await fakeBrowser.storage.session.get(REPORT_KEY))[REPORT_KEY]).toEqual(report);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('after an exit, the embedded frames lose their cache only (Chromium), never their cookies or storage', async () => {
    const { c, f } = cleaner();
    await c.afterExit({ ...plan, frameOrigins: ['https://chat.example'] });
    const frameRemoval = f.removals.find(([o]) =>
      (o as { origins?: string[] }).origins?.includes('https://chat.example'),
    );
    expect(frameRemoval).toEqual([{ origins: ['https://chat.example'] }, { cache: true }]);
  });

  it('after an exit with clearSiteDataOnExit off, site data stays', async () => {
    const { c, f } = cleaner({ clearSiteDataOnExit: false });
    await c.afterExit({ ...plan, frameOrigins: ['https://chat.example'] });
    expect(f.removals).toEqual([]);
  });

  it('answers the popup: add (refusing bad input), list, remove, clear, last report', async () => {
    const { c } = cleaner();
    expect(await c.handle({ type: 'sensitive-sites-add', site: 'com' })).toEqual({ ok: false, error: 'too-broad' });
    expect(await c.handle({ type: 'sensitive-sites-add', site: 'shelter.example' })).toMatchObject({
      ok: true,
      list: { user: ['shelter.example'] },
    });
    expect(await c.handle({ type: 'sensitive-sites-remove', site: 'shelter.example' })).toMatchObject({ user: [] });
    expect(await c.handle({ type: 'cleanup-report-get' })).toBeNull();
    const report = await c.handle({ type: 'clear-traces' });
    expect(await c.handle({ type: 'cleanup-report-get' })).toEqual(report);
    expect(c.handle({ type: 'panic' })).toBeUndefined();
  });

  it('clears the downloads list once the permission arrives after the click', async () => {
    const f = fakeApi({ downloads: [{ id: 1, url: 'https://help.example/plan.pdf' }] });
    const { c } = cleaner({}, f);
    const first = (await c.handle({ type: 'clear-traces' })) as { downloadsNotAllowed: boolean };
    expect(first.downloadsNotAllowed).toBe(true);
    f.api.permissions.contains = async () => true;
    const next = await c.onPermissionsAdded(['downloads']);
    expect(next).toMatchObject({ downloadsNotAllowed: false, removed: { downloads: 1 } });
    expect(f.downloads()).toEqual([]);
    expect(await c.onPermissionsAdded(['tabs'])).toBeNull();
  });
});
