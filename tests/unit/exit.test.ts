import type { Tabs } from 'webextension-polyfill';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { eraseVisits, exitTab, forgetRecentlyClosed, planExit, type ExitDeps } from '@/utils/exit';
import { DEFAULT_SETTINGS } from '@/utils/settings-schema';

const tab = (id: number, url: string, windowId = 1, index = id): Tabs.Tab =>
  ({ id, url, windowId, index, active: false, highlighted: false, pinned: false, incognito: false }) as Tabs.Tab;
const settings = { ...DEFAULT_SETTINGS, decoyUrl: 'https://decoy.test/' };

describe('planExit', () => {
  const target = tab(2, 'https://help.test/c', 1, 4);
  const visits: Record<number, string[]> = {
    2: ['https://help.test/a', 'https://redirect.test/r', 'https://help.test/b', 'https://help.test/c'],
    3: ['https://news.test/story'],
  };
  const all = [
    tab(1, 'https://news.test/'),
    target,
    tab(3, 'https://www.help.test/other'),
    tab(4, 'https://mail.test/', 2),
  ];

  it('puts the decoy at the hidden tab’s place and erases every URL the tab showed', () => {
    const plan = planExit(target, [target], settings, (id) => visits[id] ?? []);
    expect(plan).toMatchObject({ windowId: 1, index: 4, decoyUrl: 'https://decoy.test/', closeTabIds: [2] });
    expect(plan.eraseUrls).toEqual(visits[2]);
    // Only the site on screen is hidden; the redirect it passed through loses only its address.
    expect(plan.sites).toEqual(['help.test']);
  });

  it('takes other tabs of the same site too, by default', () => {
    const plan = planExit(target, all, settings, (id) => visits[id] ?? []);
    expect(plan.closeTabIds).toEqual([2, 3]);
    expect(plan.eraseUrls).toContain('https://www.help.test/other');
    // The closed tab's own trail goes (the exact address it passed through), not the other tab's page.
    expect(plan.eraseUrls).toContain('https://news.test/story');
    expect(plan.eraseUrls).not.toContain('https://news.test/');
  });

  it('leaves them when same-site closing is off', () => {
    const plan = planExit(target, all, { ...settings, closeSameSiteTabs: false }, (id) => visits[id] ?? []);
    expect(plan.closeTabIds).toEqual([2]);
  });

  it('closes the whole window when chosen, never other windows', () => {
    const plan = planExit(target, all, { ...settings, closeWholeWindow: true, closeSameSiteTabs: false }, () => []);
    expect(plan.closeTabIds.toSorted()).toEqual([1, 2, 3]);
    // Ordinary pages of the other closed tabs stay in history, so it does not look wiped.
    expect(plan.eraseUrls).not.toContain('https://news.test/');
  });

  it('takes tabs on sensitive sites along', () => {
    const plan = planExit(
      target,
      all,
      settings,
      () => [],
      (url) => url.startsWith('https://mail.test'),
    );
    expect(plan.closeTabIds).toEqual([2, 3, 4]);
  });

  describe('the issue #12 scenario: a search led to the help site', () => {
    const search = 'https://search.test/search?q=help+leaving+abuse';
    const weather = 'https://search.test/search?q=weather+tomorrow';
    const exited = tab(1, 'https://help.test/more', 1, 0);
    const tabs = [
      exited,
      tab(2, 'https://mail.test/inbox', 1, 1),
      tab(3, 'https://video.test/watch', 1, 2),
      tab(4, 'https://search.test/search?q=recipes', 1, 3),
    ];
    const trails: Record<number, string[]> = {
      1: [search, 'https://help.test/', 'https://help.test/more'],
      2: ['https://mail.test/inbox'],
      3: [weather, 'https://video.test/watch'],
      4: ['https://search.test/search?q=recipes'],
    };
    const plan = planExit(exited, tabs, settings, (id) => trails[id] ?? []);

    it('hides the help site only: the search engine is not made sensitive', () => {
      expect(plan.sites).toEqual(['help.test']);
    });
    it('erases the search that led there, and nothing else of the search engine', () => {
      expect(plan.eraseUrls).toContain(search);
      expect(plan.eraseUrls).not.toContain(weather);
      expect(plan.eraseUrls).not.toContain('https://search.test/search?q=recipes');
      expect(plan.eraseUrls.toSorted()).toEqual(trails[1].toSorted());
    });
    it('leaves the search engine’s other tab, webmail and the video site open', () => {
      expect(plan.closeTabIds).toEqual([1]);
    });
    it('with the whole window closing, the other tabs keep their ordinary history', () => {
      const whole = planExit(exited, tabs, { ...settings, closeWholeWindow: true }, (id) => trails[id] ?? []);
      expect(whole.closeTabIds.toSorted()).toEqual([1, 2, 3, 4]);
      expect(whole.eraseUrls.toSorted()).toEqual(trails[1].toSorted());
      expect(whole.sites).toEqual(['help.test']);
    });
  });

  it('takes the tabs the hidden page opened (chat on another site), and erases everything they showed', () => {
    const exited = tab(1, 'https://help.test/', 1, 0);
    const tabs = [
      exited,
      tab(2, 'https://chat.test/room', 2, 0),
      tab(3, 'https://chat.test/transcript', 2, 1),
      tab(4, 'https://chat.test/other-conversation', 1, 1),
    ];
    const trails: Record<number, string[]> = {
      2: ['https://chat.test/start', 'https://chat.test/room'],
      3: ['https://chat.test/transcript'],
    };
    // 1 opened 2 (a popup window), which opened 3; 4 was opened by the user.
    const openers: Record<number, number> = { 2: 1, 3: 2 };
    const openedFrom = (ids: number[]) => {
      const found: number[] = [];
      for (let grew = true; grew;) {
        grew = false;
        for (const [child, opener] of Object.entries(openers))
          if ([...ids, ...found].includes(opener) && !found.includes(Number(child))) {
            found.push(Number(child));
            grew = true;
          }
      }
      return found;
    };
    const plan = planExit(exited, tabs, settings, (id) => trails[id] ?? [], undefined, openedFrom);
    expect(plan.closeTabIds).toEqual([1, 2, 3]);
    expect(plan.eraseUrls).toEqual(
      expect.arrayContaining(['https://chat.test/start', 'https://chat.test/room', 'https://chat.test/transcript']),
    );
    expect(plan.eraseUrls).not.toContain('https://chat.test/other-conversation');
    // The chat site is not made sensitive: its later visits and other pages stay.
    expect(plan.sites).toEqual(['help.test']);
  });

  it('a tab opened from a same-site tab of the hidden site goes too', () => {
    const exited = tab(1, 'https://help.test/a', 1, 0);
    const tabs = [exited, tab(2, 'https://help.test/b', 1, 1), tab(3, 'https://chat.test/', 1, 2)];
    const plan = planExit(
      exited,
      tabs,
      settings,
      () => [],
      undefined,
      (ids) => (ids.includes(2) ? [3] : []),
    );
    expect(plan.closeTabIds).toEqual([1, 2, 3]);
  });

  it('never erases browser pages', () => {
    const t = tab(9, 'chrome://version/');
    const plan = planExit(t, [t], settings, () => ['https://help.test/x', 'chrome://version/']);
    expect(plan.eraseUrls).toEqual(['https://help.test/x']);
  });
});

describe('eraseVisits', () => {
  it('deletes every URL, in batches, even when one fails', async () => {
    const deleted: string[] = [];
    const api = {
      tabs: fakeBrowser.tabs,
      history: {
        deleteUrl: vi.fn(async ({ url }: { url: string }) => {
          if (url.endsWith('/13')) throw new Error('gone');
          deleted.push(url);
        }),
      },
    };
    const urls = Array.from({ length: 450 }, (_, i) => `https://help.test/${i}`);
    expect(await eraseVisits(api, urls)).toBe(450);
    expect(api.history.deleteUrl).toHaveBeenCalledTimes(450);
    expect(deleted).toHaveLength(449);
  });
});

describe('forgetRecentlyClosed (Firefox)', () => {
  it('forgets closed tabs and windows that showed an erased URL', async () => {
    const forgetClosedTab = vi.fn(async () => {});
    const forgetClosedWindow = vi.fn(async () => {});
    const api = {
      tabs: fakeBrowser.tabs,
      history: { deleteUrl: async () => {} },
      sessions: {
        getRecentlyClosed: async () => [
          { tab: { sessionId: 's1', windowId: 1, url: 'https://help.test/a' } },
          { tab: { sessionId: 's2', windowId: 1, url: 'https://news.test/' } },
          { window: { sessionId: 'w1', tabs: [{ url: 'https://help.test/b' }] } },
        ],
        forgetClosedTab,
        forgetClosedWindow,
      },
    };
    expect(await forgetRecentlyClosed(api, new Set(['https://help.test/a', 'https://help.test/b']))).toBe(2);
    expect(forgetClosedTab).toHaveBeenCalledWith(1, 's1');
    expect(forgetClosedWindow).toHaveBeenCalledWith('w1');
  });

  it('does nothing where the API does not exist (Chromium: history.deleteUrl drops the entry)', async () => {
    const api = { tabs: fakeBrowser.tabs, history: { deleteUrl: async () => {} }, sessions: {} };
    expect(await forgetRecentlyClosed(api, new Set(['https://help.test/a']))).toBe(0);
  });
});

describe('exitTab', () => {
  beforeEach(() => fakeBrowser.reset());

  function deps(overrides: Partial<ExitDeps> = {}) {
    const deleted: string[] = [];
    const forgotten: number[] = [];
    const created: unknown[] = [];
    const removed: number[][] = [];
    const open = [tab(1, 'https://news.test/', 1, 0), tab(2, 'https://help.test/b', 1, 1)];
    const d: ExitDeps = {
      api: {
        tabs: {
          // Like the browser: a closed tab is gone, and get() of a missing tab rejects.
          get: async (id: number) => open.find((t) => t.id === id) ?? Promise.reject(new Error(`No tab ${id}`)),
          query: async () => open,
          sendMessage: vi.fn(async () => {}),
          create: async (props: Tabs.CreateCreatePropertiesType) => (
            created.push(props),
            tab(10, props.url!, props.windowId, props.index)
          ),
          remove: async (ids: number | number[]) => {
            removed.push([ids].flat());
            for (const id of [ids].flat()) {
              const i = open.findIndex((t) => t.id === id);
              if (i >= 0) open.splice(i, 1);
            }
          },
        } as unknown as ExitDeps['api']['tabs'],
        history: { deleteUrl: async ({ url }) => void deleted.push(url) },
      },
      visitsOf: async (id) => (id === 2 ? ['https://help.test/a', 'https://help.test/b'] : ['https://news.test/']),
      forgetTab: (id) => void forgotten.push(id),
      settings: async () => settings,
      delay: async () => {},
      ...overrides,
    };
    return { d, deleted, forgotten, created, removed };
  }

  it('hides every frame, opens the decoy in place, closes the tab, erases twice, then runs afterExit', async () => {
    const afterExit = vi.fn();
    const { d, deleted, forgotten, created, removed } = deps({ afterExit });
    const plan = await exitTab(d, 2);
    expect(d.api.tabs.sendMessage).toHaveBeenCalledWith(2, { type: 'cloak' });
    expect(created).toEqual([{ windowId: 1, index: 1, url: 'https://decoy.test/', active: true }]);
    expect(removed).toEqual([[2]]);
    expect(deleted).toEqual([
      'https://help.test/a',
      'https://help.test/b',
      'https://help.test/a',
      'https://help.test/b',
    ]);
    expect(forgotten).toEqual([2]);
    expect(afterExit).toHaveBeenCalledWith(plan);
  });

  it('a second trigger for a tab already exiting does nothing', async () => {
    const { d, created } = deps();
    const [a, b] = await Promise.all([exitTab(d, 2), exitTab(d, 2)]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
    expect(created).toHaveLength(1);
  });

  it('with the decoy address from the content script, opens the decoy before planning and never closes it', async () => {
    const { d, created, removed } = deps();
    const order: string[] = [];
    const create = d.api.tabs.create;
    d.api.tabs.create = (async (props: Tabs.CreateCreatePropertiesType) => {
      order.push('create');
      return create(props);
    }) as typeof create;
    // The browser's tab list already holds the new decoy (id 10) in whole-window mode.
    d.api.tabs.query = (async () => {
      order.push('query');
      return [
        tab(1, 'https://news.test/', 1, 0),
        tab(2, 'https://help.test/b', 1, 1),
        tab(10, 'https://hinted.test/', 1, 1),
      ];
    }) as typeof d.api.tabs.query;
    d.settings = async () => ({ ...settings, closeWholeWindow: true });
    const target = tab(2, 'https://help.test/b', 1, 1);
    const plan = await exitTab(d, 2, { tab: target, decoyUrl: 'https://hinted.test/' });
    expect(order[0]).toBe('create');
    expect(created).toEqual([{ windowId: 1, index: 1, url: 'https://hinted.test/', active: true }]);
    // The exited tab first (it has a tab on its left, so right behind the create), then the rest.
    expect(removed).toEqual([[2], [1]]);
    expect(plan?.closeTabIds).not.toContain(10);
  });

  it('closes the exited tab again when its close was lost (it met the page’s own navigation)', async () => {
    const { d, removed, deleted } = deps();
    const remove = d.api.tabs.remove;
    let lost = 1;
    d.api.tabs.remove = (async (ids: number | number[]) => {
      if (lost-- > 0) return; // answered, but the tab stayed
      return remove(ids);
    }) as typeof remove;
    const target = tab(2, 'https://help.test/b', 1, 1);
    await exitTab(d, 2, { tab: target, decoyUrl: 'https://hinted.test/' });
    expect(removed).toEqual([[2]]);
    await expect(d.api.tabs.get(2)).rejects.toThrow();
    expect(deleted).toContain('https://help.test/b');
  });

  /** Records creates and removes in one list; the create never answers until `release()`. */
  function gatedCreate(d: ExitDeps) {
    const calls: string[] = [];
    const create = d.api.tabs.create;
    const remove = d.api.tabs.remove;
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    d.api.tabs.create = ((props: Tabs.CreateCreatePropertiesType) => {
      calls.push(`create ${props.windowId}:${props.index}`);
      return gate.then(() => create(props));
    }) as typeof create;
    d.api.tabs.remove = ((ids: number | number[]) => {
      calls.push(`remove ${ids}`);
      return remove(ids);
    }) as typeof remove;
    return { calls, release: () => release() };
  }

  for (const [layout, index, alone] of [
    ['first in its window, a tab on its right', 0, false],
    ['a tab on its left', 1, false],
    ['the only tab of its window', 0, true],
  ] as const) {
    it(`from the page keys, closes the exited tab in the same tick as the decoy's creation: ${layout}`, async () => {
      const { d, removed } = deps();
      if (alone) d.api.tabs.query = (async () => [tab(2, 'https://help.test/b', 1, 0)]) as typeof d.api.tabs.query;
      const { calls, release } = gatedCreate(d);
      const target = tab(2, 'https://help.test/b', 1, index);
      const exiting = exitTab(d, 2, { tab: target, decoyUrl: 'https://hinted.test/' });
      // Synchronously, before anything was awaited (and the create has not answered): both sent.
      expect(calls).toEqual([`create 1:${index}`, 'remove 2']);
      release();
      expect(await exiting).not.toBeNull();
      expect(removed[0]).toEqual([2]);
    });

    it(`from the shortcut, toolbar or popup, sends the close with the create, not after it answers: ${layout}`, async () => {
      const { d, removed } = deps();
      const target = tab(2, 'https://help.test/b', 1, index);
      d.api.tabs.get = (async () => target) as typeof d.api.tabs.get;
      d.api.tabs.query = (async () =>
        alone ? [target] : [target, tab(1, 'https://news.test/', 1, index ? 0 : 1)]) as typeof d.api.tabs.query;
      const { calls, release } = gatedCreate(d);
      const exiting = exitTab(d, 2);
      await vi.waitFor(() => expect(calls).toContain(`create 1:${index}`));
      // The create has not answered, and the close is already sent, right behind it.
      expect(calls).toEqual([`create 1:${index}`, 'remove 2']);
      expect(removed).toEqual([[2]]);
      release();
      expect(await exiting).not.toBeNull();
    });
  }

  it('ignores a decoy hint that is not an http(s) address', async () => {
    const { d, created } = deps();
    await exitTab(d, 2, { decoyUrl: 'javascript:alert(1)' });
    expect(created).toEqual([{ windowId: 1, index: 1, url: 'https://decoy.test/', active: true }]);
  });
});
