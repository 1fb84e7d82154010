import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Tabs } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing';
import { exitNowFromPopup } from '@/components/exit-now-request';
import { register } from '@/features/exit';
import type { FeatureContext } from '@/features/feature';
import type { PageTab } from '@/utils/active-page';
import type { ExitDeps } from '@/utils/exit';
import { DEFAULT_SETTINGS } from '@/utils/settings-schema';

/**
 * The popup's Exit now (`exit-now`): the background looks for the page first and answers
 * `{ ok: false }` when there is none, so a click that did nothing is never silent; the popup then
 * stays open and says so (components/ExitNowButton.tsx, components/discreet.tsx).
 */

const OWN = 'chrome-extension://qe/';
const ctx = {
  settings: { now: () => DEFAULT_SETTINGS, get: async () => DEFAULT_SETTINGS },
} as unknown as FeatureContext;
const wiring = {
  visitsOf: async () => [],
  forgetTab: () => {},
  ready: async () => {},
  isSensitive: () => false,
  afterExit: [],
};

/** A browser whose window 5 shows `active` as its active tab (and is the last focused one). */
function browserShowing(active: PageTab & { id: number }) {
  const created: Tabs.CreateCreatePropertiesType[] = [];
  const tab = { ...active, windowId: 5, index: 0, incognito: false } as Tabs.Tab;
  const api = {
    tabs: {
      get: async () => tab,
      query: async () => [tab],
      sendMessage: async () => {},
      create: async (p: Tabs.CreateCreatePropertiesType) => (created.push(p), { id: 99 }) as Tabs.Tab,
      remove: async () => {},
    },
    history: { deleteUrl: async () => {} },
  } as unknown as ExitDeps['api'];
  const pages = {
    tabs: { query: async () => [tab] },
    windows: { getLastFocused: async () => ({ id: 5 }) },
    runtime: { getURL: (p: string) => OWN + p.slice(1) },
  };
  const handler = register(ctx, wiring, api, pages).handlers!['exit-now']!;
  return { handler, created };
}

describe('exit-now', () => {
  it('answers ok and starts the exit when the window shows a page', async () => {
    const { handler, created } = browserShowing({ id: 1, url: 'https://help.example/' });
    expect(await handler({ windowId: 5 }, {})).toEqual({ ok: true });
    await vi.waitFor(() => expect(created).toMatchObject([{ windowId: 5, index: 0 }]));
  });

  it('answers ok: false, and exits nothing, when only the extension’s own pages are open', async () => {
    const { handler, created } = browserShowing({ id: 2, url: `${OWN}options.html` });
    expect(await handler({ windowId: 5 }, {})).toEqual({ ok: false });
    await new Promise((r) => setTimeout(r, 20));
    expect(created).toEqual([]);
  });
});

describe('exitNowFromPopup (the popup side)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 5 } as never);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('asks for the popup’s own window, and closes the popup when the background took the exit', async () => {
    const close = vi.fn();
    vi.stubGlobal('window', { close });
    const asked = vi.fn();
    fakeBrowser.runtime.onMessage.addListener((m: unknown) => (asked(m), Promise.resolve({ ok: true })));
    expect(await exitNowFromPopup(fakeBrowser as never)).toBe(true);
    expect(asked).toHaveBeenCalledWith({ type: 'exit-now', windowId: 5 });
    expect(close).toHaveBeenCalledOnce();
  });

  it('keeps the popup open when the background found no page, so it can say so', async () => {
    const close = vi.fn();
    vi.stubGlobal('window', { close });
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: false }));
    expect(await exitNowFromPopup(fakeBrowser as never)).toBe(false);
    expect(close).not.toHaveBeenCalled();
  });
});
