import { describe, expect, it } from 'vitest';
import type { Tabs } from 'webextension-polyfill';
import {
  exitTab,
  forgetRecentlyClosed,
  forgetRecentlyClosedAsTheyAppear,
  type ExitApi,
  type ExitDeps,
} from '@/utils/exit';
import { DEFAULT_SETTINGS } from '@/utils/settings-schema';

/**
 * Recently closed differs between the browsers: Chromium drops an entry when its URL is deleted
 * from history and has no `sessions.forgetClosedTab`; Firefox keeps it until the extension forgets
 * it, and records it a few milliseconds after `tabs.remove` resolves (measured in Firefox ESR 153).
 * These fakes behave like each browser; tests/firefox/exit.spec.ts proves it in real Firefox.
 */

type Entry = Awaited<ReturnType<NonNullable<NonNullable<ExitApi['sessions']>['getRecentlyClosed']>>>[number];

/** Firefox's `sessions`: entries, forget*, and onChanged fired on every change. */
function firefoxSessions(entries: Entry[] = []) {
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  const sessions = {
    entries,
    listeners,
    record(entry: Entry) {
      entries.unshift(entry);
      changed();
    },
    async getRecentlyClosed() {
      return entries.map((e) => structuredClone(e));
    },
    async forgetClosedTab(windowId: number, sessionId: string) {
      const i = entries.findIndex((e) => e.tab?.sessionId === sessionId && e.tab.windowId === windowId);
      if (i < 0) throw new Error(`Could not find closed tab using sessionId ${sessionId}.`);
      entries.splice(i, 1);
      changed();
    },
    async forgetClosedWindow(sessionId: string) {
      const i = entries.findIndex((e) => e.window?.sessionId === sessionId);
      if (i < 0) throw new Error(`Could not find closed window using sessionId ${sessionId}.`);
      entries.splice(i, 1);
      changed();
    },
    onChanged: {
      addListener: (l: () => void) => void listeners.add(l),
      removeListener: (l: () => void) => void listeners.delete(l),
    },
  };
  return sessions;
}

const tab = (url: string, sessionId: string, windowId = 1): Entry => ({ tab: { url, sessionId, windowId } });
const urlsIn = (entries: Entry[]) =>
  entries.flatMap((e) => (e.tab ? [e.tab.url] : (e.window?.tabs ?? []).map((t) => t.url)));
const noHistory = { deleteUrl: async () => {} };
const noTabs = {} as ExitApi['tabs'];

describe('forgetRecentlyClosed', () => {
  it('Firefox: forgets closed tabs and closed windows that showed an erased URL, and nothing else', async () => {
    const sessions = firefoxSessions([
      tab('https://help.example/a', 't1'),
      tab('https://news.example/', 't2'),
      { window: { sessionId: 'w1', tabs: [{ url: 'https://news.example/x' }, { url: 'https://help.example/b' }] } },
      { window: { sessionId: 'w2', tabs: [{ url: 'https://shop.example/' }] } },
    ]);
    const n = await forgetRecentlyClosed({ sessions }, new Set(['https://help.example/a', 'https://help.example/b']));
    expect(n).toBe(2);
    expect(urlsIn(sessions.entries)).toEqual(['https://news.example/', 'https://shop.example/']);
  });

  it('Chromium: no forgetClosedTab, so nothing is done and nothing throws', async () => {
    const chromiumSessions = { getRecentlyClosed: async () => [tab('https://help.example/a', '1')] };
    const n = await forgetRecentlyClosed({ sessions: chromiumSessions }, new Set(['https://help.example/a']));
    expect(n).toBe(0);
  });

  it('an entry forgotten meanwhile (by a second look) is skipped, not an error', async () => {
    const sessions = firefoxSessions([tab('https://help.example/a', 't1'), tab('https://help.example/a', 't2')]);
    const api = { tabs: noTabs, history: noHistory, sessions };
    const urls = new Set(['https://help.example/a']);
    await Promise.all([forgetRecentlyClosed(api, urls), forgetRecentlyClosed(api, urls)]);
    expect(sessions.entries).toEqual([]);
  });
});

describe('forgetRecentlyClosedAsTheyAppear', () => {
  it('forgets an entry recorded after the first look, and stops listening when told', async () => {
    const sessions = firefoxSessions();
    const api = { tabs: noTabs, history: noHistory, sessions };
    const stop = forgetRecentlyClosedAsTheyAppear(api, new Set(['https://help.example/a']));
    sessions.record(tab('https://help.example/a', 't1'));
    sessions.record(tab('https://news.example/', 't2'));
    await expect.poll(() => urlsIn(sessions.entries)).toEqual(['https://news.example/']);
    stop();
    expect(sessions.listeners.size).toBe(0);
    sessions.record(tab('https://help.example/a', 't3'));
    await new Promise((r) => setTimeout(r, 20));
    expect(urlsIn(sessions.entries)).toEqual(['https://help.example/a', 'https://news.example/']);
  });

  it('Chromium: registers nothing', () => {
    const listeners: unknown[] = [];
    const sessions = { onChanged: { addListener: (l: unknown) => listeners.push(l), removeListener: () => {} } };
    forgetRecentlyClosedAsTheyAppear({ tabs: noTabs, history: noHistory, sessions }, new Set(['https://a.example/']))();
    expect(listeners).toEqual([]);
  });
});

describe('exitTab in Firefox', () => {
  it('forgets the closed tab that Firefox records only after tabs.remove resolved, before the second pass', async () => {
    const sessions = firefoxSessions();
    const open: Tabs.Tab[] = [
      { id: 7, windowId: 1, index: 0, url: 'https://help.example/b' } as Tabs.Tab,
      { id: 8, windowId: 1, index: 1, url: 'https://news.example/' } as Tabs.Tab,
    ];
    const deleted: string[] = [];
    const api = {
      tabs: {
        get: async (id: number) => open.find((t) => t.id === id)!,
        query: async () => open,
        sendMessage: async () => undefined,
        create: async (p: { url?: string }) => ({ id: 9, url: p.url }) as Tabs.Tab,
        remove: async (ids: number | number[]) => {
          for (const id of [ids].flat()) {
            const t = open.find((o) => o.id === id)!;
            // Like Firefox: the entry lands a few ms after remove() resolved.
            setTimeout(() => sessions.record(tab(t.url!, `s${id}`)), 5);
          }
        },
      },
      history: { deleteUrl: async ({ url }: { url: string }) => void deleted.push(url) },
      sessions,
    } as unknown as ExitDeps['api'];
    let beforeSecondPass: unknown[] = [];
    const plan = await exitTab(
      {
        api,
        visitsOf: async (id) => (id === 7 ? ['https://help.example/a', 'https://help.example/b'] : []),
        forgetTab: () => {},
        settings: async () => ({ ...DEFAULT_SETTINGS, decoyUrl: 'https://weather.example/' }),
        delay: async () => {
          await new Promise((r) => setTimeout(r, 30));
          beforeSecondPass = urlsIn(sessions.entries);
        },
      },
      7,
    );
    expect(plan?.closeTabIds).toEqual([7]);
    expect(deleted).toContain('https://help.example/a');
    expect(beforeSecondPass).toEqual([]);
    expect(sessions.entries).toEqual([]);
    expect(sessions.listeners.size, 'the watch ends with the exit').toBe(0);
  });
});
