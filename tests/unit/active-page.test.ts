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
});
