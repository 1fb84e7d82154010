import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { activePageTab } from '@/utils/active-page';
import { ErasingTabs, openPrivately } from '@/utils/private-open';

describe('openPrivately', () => {
  /** The browser's answers: is Quick Exit allowed in private windows, what windows.create does. */
  const api = (allowed: boolean, create = vi.fn().mockResolvedValue({ id: 9 })) => ({
    extension: { isAllowedIncognitoAccess: vi.fn().mockResolvedValue(allowed) },
    windows: { create },
  });

  it('opens an http(s) address in a private window when Quick Exit runs there', async () => {
    const a = api(true);
    expect(await openPrivately('https://shelter.example/', a)).toBe('private-window');
    expect(a.windows.create).toHaveBeenCalledWith({ url: 'https://shelter.example/', incognito: true, focused: true });
  });

  it('opens no window where its exits would not work (not allowed in private windows), and says so', async () => {
    // Chromium would open the window anyway (resolving null): it must not even be asked.
    const a = api(false, vi.fn().mockResolvedValue(null));
    expect(await openPrivately('https://shelter.example/', a)).toBe('not-allowed');
    expect(a.windows.create).not.toHaveBeenCalled();
  });

  it('treats a failing access check as not allowed', async () => {
    const a = api(true);
    a.extension.isAllowedIncognitoAccess.mockRejectedValue(new Error('no'));
    expect(await openPrivately('https://shelter.example/', a)).toBe('not-allowed');
    expect(a.windows.create).not.toHaveBeenCalled();
  });

  it("Firefox's refusal (the setting changed meanwhile) is 'not-allowed' too", async () => {
    const create = vi.fn().mockRejectedValue(new Error('Extension does not have permission for incognito mode'));
    expect(await openPrivately('https://shelter.example/', api(true, create))).toBe('not-allowed');
  });

  it('says so when private windows are unavailable', async () => {
    const create = vi.fn().mockRejectedValue(new Error('Incognito mode is disabled.'));
    expect(await openPrivately('https://shelter.example/', api(true, create))).toBe('private-unavailable');
  });

  it('never opens a refused address', async () => {
    const a = api(true);
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'chrome://history', 'https://u:p@x.example/'])
      expect(await openPrivately(url, a)).toBe('refused');
    expect(a.windows.create).not.toHaveBeenCalled();
  });
});

describe('ErasingTabs', () => {
  beforeEach(() => fakeBrowser.reset());

  const setup = () => {
    const calls: string[] = [];
    const api = {
      tabs: {
        create: vi.fn(async (p: { url?: string }) => (calls.push(`create ${p.url}`), { id: 7 })),
      },
      history: { deleteUrl: vi.fn(async (d: { url: string }) => void calls.push(`delete ${d.url}`)) },
    };
    return { calls, api, erasing: new ErasingTabs(api) };
  };

  it('registers the address before the tab exists, so its first visit cannot slip through', async () => {
    const { calls, erasing } = setup();
    const first = erasing.open('https://shelter.example/');
    // The first visit can reach History before the tab id is known: it is erased all the same.
    expect(await erasing.erase('https://shelter.example/', () => [])).toBe(true);
    expect(await first).toBe(7);
    expect(calls).toEqual(['create https://shelter.example/', 'delete https://shelter.example/']);
    expect(await erasing.has(7)).toBe(true);
    // Survives a service-worker restart: a new instance reads storage.session.
    expect(await new ErasingTabs(setup().api).has(7)).toBe(true);
  });

  it('erases the visits of its tabs only', async () => {
    const { calls, erasing, api } = setup();
    await erasing.open('https://shelter.example/');
    const urlsOf = (id: number) => (id === 7 ? ['https://shelter.example/', 'https://shelter.example/2'] : []);
    expect(await erasing.erase('https://shelter.example/2', urlsOf)).toBe(true);
    expect(await erasing.erase('https://news.example/', urlsOf)).toBe(false);
    expect(calls.filter((c) => c.startsWith('delete'))).toEqual(['delete https://shelter.example/2']);
    await erasing.closed(7, urlsOf(7));
    expect(api.history.deleteUrl).toHaveBeenCalledTimes(3);
    expect(await erasing.has(7)).toBe(false);
  });

  it('refuses to open a bad address', async () => {
    const { erasing, api } = setup();
    expect(await erasing.open('data:text/html,hi')).toBeNull();
    expect(api.tabs.create).not.toHaveBeenCalled();
  });
});

describe('activePageTab', () => {
  const api = (tabs: Record<number, { id: number; url: string }>, lastNormal = 1) => ({
    tabs: {
      query: async (q: { windowId?: number }) =>
        q.windowId !== undefined && q.windowId in tabs ? [tabs[q.windowId]] : [],
    },
    windows: { getLastFocused: async () => ({ id: lastNormal }) },
    runtime: { getURL: (p: string) => `chrome-extension://qe${p}` },
  });

  it("is the popup window's active tab when that is a page", async () => {
    expect(await activePageTab(1, api({ 1: { id: 10, url: 'https://a.example/' } }))).toEqual({
      id: 10,
      url: 'https://a.example/',
    });
  });

  it('is the last focused normal window’s tab when the popup has a window of its own', async () => {
    const tabs = { 1: { id: 10, url: 'https://a.example/' }, 2: { id: 20, url: 'chrome-extension://qe/popup.html' } };
    expect((await activePageTab(2, api(tabs)))?.id).toBe(10);
  });

  it('is never an extension page', async () => {
    expect(await activePageTab(2, api({ 2: { id: 20, url: 'chrome-extension://qe/popup.html' } }, 2))).toBeUndefined();
  });
});
