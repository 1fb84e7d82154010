import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { ExitPlan } from '@/utils/exit';
import { SensitiveSites } from '@/utils/sensitive-sites';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings-schema';
import { TraceCleaner } from '@/utils/traces-background';
import { REPORT_KEY } from '@/utils/clear-traces';
import { handlersOf } from '@/features/traces';
import { dispatch, type Message } from '@/utils/messages';
import { fakeApi, SENSITIVE } from './helpers/traces-fakes';

const OWN = { id: 'quick-exit', origin: 'chrome-extension://quick-exit/' };
/** Sends `message` from the popup through the background's handler table. */
const asker = (c: TraceCleaner) => (message: Message) =>
  dispatch(handlersOf(c)!, message, { id: OWN.id, url: `${OWN.origin}popup.html` }, OWN);

describe('TraceCleaner', () => {
  beforeEach(() => fakeBrowser.reset());

  function cleaner(settings: Partial<Settings> = {}, f = fakeApi({ history: ['https://help.example/a'] })) {
    const sensitive = new SensitiveSites(SENSITIVE);
    const visits = new Map<number, string[]>([
      [7, ['https://search.example/?q=help', 'https://help.example/a']],
      [8, ['https://news.example/']],
    ]);
    const c = new TraceCleaner({
      api: f.api,
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
    await c.afterExit({ ...plan, cacheOnlyOrigins: ['https://chat.example'] });
    const frameRemoval = f.removals.find(([o]) =>
      (o as { origins?: string[] }).origins?.includes('https://chat.example'),
    );
    expect(frameRemoval).toEqual([{ origins: ['https://chat.example'] }, { cache: true }]);
  });

  it('after an exit with clearSiteDataOnExit off, site data stays', async () => {
    const { c, f } = cleaner({ clearSiteDataOnExit: false });
    await c.afterExit({ ...plan, cacheOnlyOrigins: ['https://chat.example'] });
    expect(f.removals).toEqual([]);
  });

  it('answers the popup: add (refusing bad input), list, remove, clear (the report kept for the session)', async () => {
    const { c } = cleaner();
    const handle = asker(c);
    expect(await handle({ type: 'sensitive-sites-add', site: 'com' })).toEqual({ ok: false, error: 'too-broad' });
    expect(await handle({ type: 'sensitive-sites-add', site: 'shelter.example' })).toMatchObject({
      ok: true,
      list: { user: ['shelter.example'] },
    });
    expect(await handle({ type: 'sensitive-sites-remove', site: 'shelter.example' })).toMatchObject({ user: [] });
    expect(await c.lastReport()).toBeNull();
    const report = await handle({ type: 'clear-traces' });
    expect(await c.lastReport()).toEqual(report);
    expect(handle({ type: 'panic' })).toBeUndefined();
    // A web page's content script never reads or changes the sensitive sites.
    expect(dispatch(handlersOf(c)!, { type: 'sensitive-sites-get' }, { id: OWN.id, url: 'https://x.test/' }, OWN)).toBe(
      undefined,
    );
  });

  it('clears the downloads list once the permission arrives after the click', async () => {
    const f = fakeApi({ downloads: [{ id: 1, url: 'https://help.example/plan.pdf' }] });
    const { c } = cleaner({}, f);
    const first = (await asker(c)({ type: 'clear-traces' })) as { downloadsNotAllowed: boolean };
    expect(first.downloadsNotAllowed).toBe(true);
    f.api.permissions.contains = async () => true;
    const next = await c.onPermissionsAdded(['downloads']);
    expect(next).toMatchObject({ downloadsNotAllowed: false, removed: { downloads: 1 } });
    expect(f.downloads()).toEqual([]);
    expect(await c.onPermissionsAdded(['tabs'])).toBeNull();
  });
});
