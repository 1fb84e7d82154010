import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  FRAMES_KEY_PREFIX,
  MAX_STORED_URL_CHARS,
  MAX_URLS_PER_TAB,
  trackFrameOrigin,
  trackNavigation,
  visitsKey,
  VisitTracker,
} from '@/utils/visit-tracker';

const area = () => fakeBrowser.storage.session as unknown as ConstructorParameters<typeof VisitTracker>[0];

describe('VisitTracker', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('records each URL a tab showed once, oldest first', () => {
    const t = new VisitTracker(area());
    for (const url of ['https://a.test/1', 'https://a.test/2', 'https://a.test/1', 'https://a.test/2#x']) t.add(7, url);
    expect(t.urlsOf(7)).toEqual(['https://a.test/1', 'https://a.test/2', 'https://a.test/2#x']);
    expect(t.urlsOf(8)).toEqual([]);
  });

  it('ignores URLs that never reach history and tabs that are not tabs', () => {
    const t = new VisitTracker(area());
    t.add(1, 'chrome://newtab/');
    t.add(1, 'about:blank');
    t.add(1, undefined);
    t.add(-1, 'https://a.test/');
    expect(t.urlsOf(1)).toEqual([]);
    expect(t.urlsOf(-1)).toEqual([]);
  });

  it('survives a service-worker restart through storage.session', async () => {
    const first = new VisitTracker(area());
    first.add(3, 'https://a.test/1');
    first.add(3, 'https://a.test/2');
    await first.flushed();
    const second = new VisitTracker(area());
    // A visit recorded right after waking must not overwrite the stored ones.
    second.add(3, 'https://a.test/3');
    await second.flushed();
    expect(second.urlsOf(3)).toEqual(['https://a.test/1', 'https://a.test/2', 'https://a.test/3']);
    const stored = await fakeBrowser.storage.session.get(visitsKey(3));
    expect(stored[visitsKey(3)]).toEqual(['https://a.test/1', 'https://a.test/2', 'https://a.test/3']);
  });

  it('woken worker, a tab had 1,999 stored visits, a new one arrives: all 2,000 are kept', async () => {
    const stored = Array.from({ length: MAX_URLS_PER_TAB - 1 }, (_, i) => `https://a.test/${i}`);
    await fakeBrowser.storage.session.set({ [visitsKey(5)]: stored });
    const woken = new VisitTracker(area());
    woken.add(5, 'https://a.test/new');
    await woken.flushed();
    const all = [...stored, 'https://a.test/new'];
    expect((await fakeBrowser.storage.session.get(visitsKey(5)))[visitsKey(5)]).toEqual(all);
    expect(woken.urlsOf(5)).toEqual(all);
    expect(await woken.visitsOf(5)).toEqual(all);
  });

  it('a woken worker reads only the key of the tab it writes, once, never the whole store', async () => {
    const session = fakeBrowser.storage.session;
    await session.set({
      [visitsKey(1)]: ['https://a.test/1'],
      [visitsKey(2)]: ['https://b.test/1'],
      other: 'x',
    });
    const get = vi.spyOn(session, 'get');
    const t = new VisitTracker(area());
    expect(get).not.toHaveBeenCalled();
    t.add(1, 'https://a.test/2');
    await t.flushed();
    t.add(1, 'https://a.test/3');
    await t.flushed();
    expect(get.mock.calls).toEqual([[[visitsKey(1)]]]);
    expect(t.urlsOf(2)).toEqual([]);
    expect((await session.get(visitsKey(1)))[visitsKey(1)]).toEqual([
      'https://a.test/1',
      'https://a.test/2',
      'https://a.test/3',
    ]);
  });

  it('reads the keys of many tabs asked for at once (an exit plan) in one read', async () => {
    const session = fakeBrowser.storage.session;
    await session.set({ [visitsKey(1)]: ['https://a.test/'], [visitsKey(2)]: ['https://b.test/'] });
    const get = vi.spyOn(session, 'get');
    const t = new VisitTracker(area());
    const [a, b, c] = await Promise.all([t.visitsOf(1), t.visitsOf(2), t.visitsOf(3)]);
    expect([a, b, c]).toEqual([['https://a.test/'], ['https://b.test/'], []]);
    expect(get).toHaveBeenCalledOnce();
    await t.visitsOf(1);
    expect(get).toHaveBeenCalledOnce();
  });

  it('after waking: a replaced tab hands its stored visits to the new tab, a forgotten tab never comes back', async () => {
    const session = fakeBrowser.storage.session;
    await session.set({ [visitsKey(1)]: ['https://a.test/old'], [visitsKey(3)]: ['https://c.test/old'] });
    const t = new VisitTracker(area());
    t.add(1, 'https://a.test/new');
    t.replace(2, 1);
    t.forget(3);
    await t.flushed();
    expect((await t.visitsOf(2)).toSorted()).toEqual(['https://a.test/new', 'https://a.test/old']);
    expect(await t.visitsOf(1)).toEqual([]);
    expect(await t.visitsOf(3)).toEqual([]);
    expect(Object.keys(await session.get(null))).toEqual([visitsKey(2)]);
  });

  it('a failed read counts as nothing stored; the visits of this life are still written', async () => {
    const set = vi.fn(async () => {});
    const t = new VisitTracker({ get: () => Promise.reject(new Error('stopped')), set });
    t.add(1, 'https://a.test/1');
    await t.flushed();
    expect(set).toHaveBeenCalledWith({ [visitsKey(1)]: ['https://a.test/1'] });
  });

  it('writes nothing to storage.local', async () => {
    const t = new VisitTracker(area());
    t.add(1, 'https://secret.test/');
    await t.flushed();
    expect(await fakeBrowser.storage.local.get()).toEqual({});
  });

  it('moves visits to the replacing tab and forgets closed tabs', async () => {
    const t = new VisitTracker(area());
    t.add(1, 'https://a.test/1');
    t.replace(2, 1);
    expect(t.urlsOf(1)).toEqual([]);
    expect(t.urlsOf(2)).toEqual(['https://a.test/1']);
    t.forget(2);
    expect(t.urlsOf(2)).toEqual([]);
  });

  it('caps one tab at MAX_URLS_PER_TAB, dropping the oldest', () => {
    const t = new VisitTracker(area());
    for (let i = 0; i <= MAX_URLS_PER_TAB; i++) t.add(1, `https://a.test/${i}`);
    const urls = t.urlsOf(1);
    expect(urls).toHaveLength(MAX_URLS_PER_TAB);
    expect(urls[0]).toBe('https://a.test/1');
  });

  it('writes one key per tab: a new address rewrites only that tab, and a closed tab loses its key', async () => {
    const session = fakeBrowser.storage.session;
    const t = new VisitTracker(area());
    t.add(1, 'https://a.test/1');
    t.add(2, 'https://b.test/1');
    await t.flushed();
    const set = vi.spyOn(session, 'set');
    t.add(2, 'https://b.test/2');
    await t.flushed();
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0][0])).toEqual([visitsKey(2)]);
    t.forget(2);
    await t.flushed();
    expect(await session.get(null)).toEqual({ [visitsKey(1)]: ['https://a.test/1'] });
  });

  it('batches the addresses of one moment into one write', async () => {
    const set = vi.spyOn(fakeBrowser.storage.session, 'set');
    const t = new VisitTracker(area());
    for (let i = 0; i < 50; i++) t.add(1, `https://a.test/${i}`);
    t.add(2, 'https://b.test/');
    await t.flushed();
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0][0]).toSorted()).toEqual([visitsKey(1), visitsKey(2)]);
    expect((await fakeBrowser.storage.session.get(visitsKey(1)))[visitsKey(1)]).toHaveLength(50);
  });

  it('stores at most MAX_STORED_URL_CHARS of an address, and keeps the whole address in memory', async () => {
    const t = new VisitTracker(area());
    const long = `https://a.test/?q=${'x'.repeat(MAX_STORED_URL_CHARS * 3)}`;
    t.add(1, long);
    await t.flushed();
    expect(t.urlsOf(1)).toEqual([long]);
    const stored = (await fakeBrowser.storage.session.get(visitsKey(1)))[visitsKey(1)] as string[];
    expect(stored[0]).toHaveLength(MAX_STORED_URL_CHARS);
    expect(long.startsWith(stored[0])).toBe(true);
  });

  it('surfaces a failed write (quota) and keeps the in-memory list authoritative', async () => {
    const quota = new Error('QUOTA_BYTES quota exceeded');
    const failing = {
      get: async () => ({}),
      set: async () => Promise.reject(quota),
      remove: async () => {},
    };
    const onWriteError = vi.fn();
    const t = new VisitTracker(failing, undefined, onWriteError);
    t.add(1, 'https://a.test/1');
    await t.flushed();
    expect(onWriteError).toHaveBeenCalledWith(quota);
    expect(t.lastWriteError).toBe(quota);
    t.add(1, 'https://a.test/2');
    await t.flushed();
    expect(t.urlsOf(1)).toEqual(['https://a.test/1', 'https://a.test/2']);
    expect(onWriteError).toHaveBeenCalledTimes(2);
  });

  it('logs a failed write by default instead of swallowing it', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const t = new VisitTracker({ get: async () => ({}), set: () => Promise.reject(new Error('quota')) });
    t.add(1, 'https://a.test/1');
    await t.flushed();
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });
});

describe('trackNavigation', () => {
  beforeEach(() => fakeBrowser.reset());

  it('records top frames and the frame navigations the user made; not automatic frame loads', () => {
    const t = new VisitTracker(fakeBrowser.storage.session);
    trackNavigation(t, { tabId: 1, frameId: 0, url: 'https://help.test/' });
    // An outermost frame whose id is not 0 (a prerendered page) from a browser that does not say
    // whether it is shown: recorded, rather than missed.
    trackNavigation(t, { tabId: 1, frameId: 7, frameType: 'outermost_frame', url: 'https://help.test/next' });
    // The chat widget loading by itself: not a visit of its own.
    trackNavigation(t, {
      tabId: 1,
      frameId: 3,
      frameType: 'sub_frame',
      transitionType: 'auto_subframe',
      url: 'https://chat.test/w',
    });
    // The user clicking through the widget: a hidden History row in Chromium.
    trackNavigation(t, {
      tabId: 1,
      frameId: 3,
      frameType: 'sub_frame',
      transitionType: 'manual_subframe',
      url: 'https://chat.test/w/2',
    });
    expect(t.urlsOf(1)).toEqual(['https://help.test/', 'https://help.test/next', 'https://chat.test/w/2']);
  });

  it('records a prerendered page when it is shown, not while it is only prerendered', () => {
    const t = new VisitTracker(fakeBrowser.storage.session);
    const page = { tabId: 1, frameType: 'outermost_frame' };
    // The events of Chromium 156 (tests/e2e/prerender.spec.ts): speculation rules prerender a page
    // that redirects and calls pushState, in an outermost frame whose id is not 0...
    trackNavigation(t, { ...page, frameId: 0, documentLifecycle: 'active', url: 'https://search.test/' });
    trackNavigation(t, { ...page, frameId: 6, documentLifecycle: 'prerender', url: 'https://search.test/r?to=a' });
    trackNavigation(t, { ...page, frameId: 6, documentLifecycle: 'prerender', url: 'https://search.test/a' });
    trackNavigation(t, { ...page, frameId: 6, documentLifecycle: 'prerender', url: 'https://search.test/a?pushed' });
    // A prerendered page the user never went to is not a visit of the tab.
    expect(t.urlsOf(1)).toEqual(['https://search.test/']);
    // ...and report the user going there as a navigation of the top frame: the address asked for,
    // then the one shown.
    trackNavigation(t, { ...page, frameId: 0, documentLifecycle: 'active', url: 'https://search.test/r?to=a' });
    trackNavigation(t, { ...page, frameId: 0, documentLifecycle: 'active', url: 'https://search.test/a?pushed' });
    expect(t.urlsOf(1)).toEqual(['https://search.test/', 'https://search.test/r?to=a', 'https://search.test/a?pushed']);
  });
});

describe('trackFrameOrigin', () => {
  beforeEach(() => fakeBrowser.reset());

  it('notes the origins of embedded frames, never the tab’s own pages, in a store of its own', async () => {
    const frames = new VisitTracker(fakeBrowser.storage.session, FRAMES_KEY_PREFIX);
    trackFrameOrigin(frames, { tabId: 1, frameId: 0, url: 'https://help.test/' });
    trackFrameOrigin(frames, { tabId: 1, frameId: 7, frameType: 'outermost_frame', url: 'https://help.test/n' });
    trackFrameOrigin(frames, { tabId: 1, frameId: 3, url: 'https://chat.test:8443/widget?x=1' });
    trackFrameOrigin(frames, { tabId: 1, frameId: 4, url: 'https://chat.test:8443/other' });
    trackFrameOrigin(frames, { tabId: 1, frameId: 5, url: 'about:srcdoc' });
    expect(frames.urlsOf(1)).toEqual(['https://chat.test:8443/']);
    await frames.flushed();
    const key = `${FRAMES_KEY_PREFIX}1`;
    expect((await fakeBrowser.storage.session.get(key))[key]).toEqual(['https://chat.test:8443/']);
  });
});

describe('the visit-tracking and erasing-tabs features on a woken worker', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('reads nothing when the worker starts, and at a page load only that tab’s keys', async () => {
    const { register } = await import('@/features/visit-tracking');
    const session = fakeBrowser.storage.session;
    await session.set({ [visitsKey(4)]: ['https://a.test/0'], [visitsKey(9)]: ['https://z.test/'] });
    const get = vi.spyOn(session, 'get');
    const feature = register();
    feature.hooks?.start?.();
    await new Promise((r) => setTimeout(r, 0));
    expect(get).not.toHaveBeenCalled();
    feature.hooks?.onCommitted?.({ tabId: 4, frameId: 0, url: 'https://a.test/1' });
    await feature.tracker.flushed();
    const keysRead = get.mock.calls.flatMap(([k]) => (Array.isArray(k) ? k : [k]));
    expect(keysRead).toEqual([visitsKey(4)]);
    expect(await feature.visitsOf(4)).toEqual(['https://a.test/0', 'https://a.test/1']);
  });

  it('finds an erasing tab’s visits stored by an earlier life of the worker, at a visit and at its close', async () => {
    const { register } = await import('@/features/erasing-tabs');
    const { ErasingTabs } = await import('@/utils/private-open');
    const session = fakeBrowser.storage.session;
    await session.set({ erasingTabs: [7], [visitsKey(7)]: ['https://shelter.example/a', 'https://shelter.example/b'] });
    const deleteUrl = vi.fn(async (_details: { url: string }) => {});
    const erasing = new ErasingTabs({ tabs: { create: vi.fn() }, history: { deleteUrl } });
    const feature = register(new VisitTracker(area()), erasing);
    feature.hooks!.onVisited!({ url: 'https://shelter.example/b' });
    await vi.waitFor(() => expect(deleteUrl).toHaveBeenCalledWith({ url: 'https://shelter.example/b' }));
    feature.hooks!.onVisited!({ url: 'https://news.example/' });
    feature.hooks!.onTabRemoved!(7);
    await vi.waitFor(() => expect(deleteUrl).toHaveBeenCalledTimes(3));
    expect(deleteUrl.mock.calls.map(([d]) => d.url)).toEqual([
      'https://shelter.example/b',
      'https://shelter.example/a',
      'https://shelter.example/b',
    ]);
  });
});
