import { browser } from 'wxt/browser';
import { RedirectHops, VisitTracker } from '@/utils/visit-tracker';
import type { Feature, NavigationDetails } from './feature';

/**
 * Every URL each tab shows, so an exit can erase all of them (utils/visit-tracker.ts). Server
 * redirects: the first address comes with onBeforeNavigate, the last with onCommitted, the hops
 * between them from History right after (RedirectHops; no webRequest).
 */

/** A closed tab's visits are kept this long, in case an exit is planning with them right now. */
export const FORGET_CLOSED_TAB_AFTER_MS = 10_000;

export interface VisitTracking extends Feature {
  /** Every URL tab `tabId` showed, after the stored ones are loaded (a woken worker). */
  visitsOf(tabId: number): Promise<string[]>;
  tracker: VisitTracker;
}

export function register(
  tracker = new VisitTracker(browser.storage.session),
  schedule: (run: () => void, ms: number) => void = setTimeout,
): VisitTracking {
  const top = (d: NavigationDetails) => {
    if (d.frameId === 0) tracker.add(d.tabId, d.url);
  };
  const hops = new RedirectHops(tracker);
  return {
    name: 'visit-tracking',
    tracker,
    visitsOf: async (id) => (await tracker.load(), tracker.urlsOf(id)),
    hooks: {
      start: () => void tracker.load(),
      onBeforeNavigate: top,
      onCommitted: (d) => {
        top(d);
        hops.onCommitted(d);
      },
      onHistoryStateUpdated: top,
      onReferenceFragmentUpdated: top,
      onVisited: (item) => hops.onVisited(item.url),
      onTabReplaced: (added, removed) => tracker.replace(added, removed),
      onTabRemoved: (tabId) => schedule(() => tracker.forget(tabId), FORGET_CLOSED_TAB_AFTER_MS),
    },
  };
}
