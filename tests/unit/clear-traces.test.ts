import { describe, expect, it } from 'vitest';
import { clearTraces, detectFlavor, periodRemoval, periodStart } from '@/utils/clear-traces';
import { CHROMIUM_SITE_DATA, siteDataRemoval } from '@/utils/clear-traces';
import { fakeApi, request } from './helpers/traces-fakes';

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
    expect(f.options.hostnames).toEqual(['127.0.0.1', '127.0.0.1:8123']);
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
    expect(r.dataTypes).toEqual(CHROMIUM_SITE_DATA);
    expect(Object.values(CHROMIUM_SITE_DATA).every(Boolean)).toBe(true);
    expect(Object.keys(CHROMIUM_SITE_DATA)).toEqual(expect.arrayContaining(['cookies', 'cache', 'cacheStorage']));
  });

  it('Firefox: host names without scheme, with the port seen too (storage is matched with it), subdomains listed, only the types Firefox knows', () => {
    const r = siteDataRemoval('firefox', ['help.example'], ['http://chat.help.example:8080'])!;
    expect(r.options).toEqual({
      hostnames: ['chat.help.example', 'chat.help.example:8080', 'help.example', 'www.help.example'],
    });
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
