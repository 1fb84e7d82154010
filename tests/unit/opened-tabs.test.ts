import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { OPENED_KEY, OpenedTabs } from '@/utils/opened-tabs';

describe('OpenedTabs', () => {
  beforeEach(() => fakeBrowser.reset());

  it('finds what a tab opened, and what those opened', () => {
    const o = new OpenedTabs();
    // window.open(..., 'noopener') and a popup window: onCreatedNavigationTarget only.
    o.onCreatedNavigationTarget({ sourceTabId: 1, tabId: 2 });
    // A link opened in a new tab from the opened tab.
    o.onCreatedNavigationTarget({ sourceTabId: 2, tabId: 3 });
    o.onCreatedNavigationTarget({ sourceTabId: 4, tabId: 5 });
    expect(o.openedFrom([1]).toSorted()).toEqual([2, 3]);
    expect(o.openedFrom([2])).toEqual([3]);
    expect(o.openedFrom([3])).toEqual([]);
    expect(o.openedFrom([4])).toEqual([5]);
  });

  it('never loops on a cycle and never names the tabs asked about', () => {
    const o = new OpenedTabs();
    o.add(2, 1);
    o.add(1, 2);
    o.add(7, 7);
    expect(o.openedFrom([1])).toEqual([2]);
    expect(o.openedFrom([7])).toEqual([]);
  });

  it('follows a replaced tab (prerendering, discarding) on both sides', () => {
    const o = new OpenedTabs();
    o.add(2, 1);
    o.add(3, 2);
    o.replace(20, 2);
    expect(o.openedFrom([1]).toSorted((a, b) => a - b)).toEqual([3, 20]);
    expect(o.openedFrom([20])).toEqual([3]);
  });

  it('forgets a closed tab', () => {
    const o = new OpenedTabs();
    o.add(2, 1);
    o.forget(2);
    expect(o.openedFrom([1])).toEqual([]);
  });

  it('is kept in storage.session only, and a woken worker reads it back', async () => {
    const o = new OpenedTabs();
    o.add(2, 1);
    await o.flushed();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect((await fakeBrowser.storage.session.get(OPENED_KEY))[OPENED_KEY]).toEqual({ 2: 1 });
    const woken = new OpenedTabs();
    await woken.load();
    expect(woken.openedFrom([1])).toEqual([2]);
  });
});
