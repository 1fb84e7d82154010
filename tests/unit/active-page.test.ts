import { describe, expect, it } from 'vitest';
import { activePageTab, type PageTab } from '@/utils/active-page';

const OWN = 'chrome-extension://qe/';
function api(tabsByWindow: Record<number, PageTab>, lastFocused: number, focusedNormal: number) {
  return {
    tabs: {
      query: async (q: { windowId?: number }) => {
        const w = q.windowId ?? lastFocused;
        return tabsByWindow[w] ? [tabsByWindow[w]] : [];
      },
    },
    windows: { getLastFocused: async () => ({ id: focusedNormal }) },
    runtime: { getURL: (p: string) => OWN + p.slice(1) },
  };
}

describe('activePageTab', () => {
  it('the active tab of the given window', async () => {
    const page = { id: 1, url: 'https://help.example/' };
    expect(await activePageTab(5, api({ 5: page }, 9, 5))).toBe(page);
  });

  it('never one of the extension’s own pages: then the active tab of the last focused normal window', async () => {
    const popup = { id: 2, url: `${OWN}popup.html` };
    const page = { id: 3, url: 'https://help.example/' };
    expect(await activePageTab(undefined, api({ 7: popup, 8: page }, 7, 8))).toBe(page);
    expect(await activePageTab(undefined, api({ 7: popup }, 7, 7))).toBeUndefined();
  });

  it('the popup page as a tab of a normal window: that window’s most recently used page', async () => {
    const popup = { id: 2, url: `${OWN}popup.html`, lastAccessed: 300 };
    const older = { id: 3, url: 'about:blank', lastAccessed: 100 };
    const page = { id: 4, url: 'https://help.example/', lastAccessed: 200 };
    const options = { id: 5, url: `${OWN}options.html`, lastAccessed: 250 };
    const query = async (q: { active?: boolean }) => (q.active ? [popup] : [older, popup, options, page]);
    const tabApi = {
      tabs: { query },
      windows: { getLastFocused: async () => ({ id: 7 }) },
      runtime: { getURL: (p: string) => OWN + p.slice(1) },
    };
    expect(await activePageTab(7, tabApi)).toBe(page);
    // Another of our pages in front (the options): no guess behind it.
    const optionsInFront = {
      ...tabApi,
      tabs: { query: async (q: { active?: boolean }) => (q.active ? [options] : [page]) },
    };
    expect(await activePageTab(7, optionsInFront)).toBeUndefined();
    // No browser record of use: no guess.
    const noRecord = {
      ...tabApi,
      tabs: { query: async (q: { active?: boolean }) => (q.active ? [popup] : [{ id: 4, url: page.url }]) },
    };
    expect(await activePageTab(7, noRecord)).toBeUndefined();
  });
});
