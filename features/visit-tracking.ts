import { browser } from 'wxt/browser';
import { OpenedTabs } from '@/utils/opened-tabs';
import {
  FRAMES_KEY_PREFIX,
  RedirectHops,
  trackFrameOrigin,
  trackNavigation,
  VisitTracker,
} from '@/utils/visit-tracker';
import type { Feature, NavigationDetails } from './feature';

/**
 * Every URL each tab shows, so an exit can erase all of them (utils/visit-tracker.ts). Server
 * redirects: the first address comes with onBeforeNavigate, the last with onCommitted, the hops
 * between them from History right after (RedirectHops; no webRequest). Also prerendered pages once shown and
 * the frame navigations the user made (`trackNavigation`), which tab opened which (OpenedTabs: an
 * exit takes the chat tab or popup a help page opened), and the origins of the frames each tab
 * embedded (a second tracker: their cache goes with an exit, `trackFrameOrigin`).
 */

/** A closed tab's visits are kept this long, in case an exit is planning with them right now. */
export const FORGET_CLOSED_TAB_AFTER_MS = 10_000;

export interface VisitTracking extends Feature {
  /** Every URL tab `tabId` showed, its stored ones read first (a woken worker). */
  visitsOf(tabId: number): Promise<string[]>;
  tracker: VisitTracker;
  /** Which tab opened which (utils/opened-tabs.ts). */
  opened: OpenedTabs;
  /** The origins of the frames tab `tabId`'s pages embedded. */
  framesOf(tabId: number): Promise<string[]>;
}

export function register(
  tracker = new VisitTracker(browser.storage.session),
  schedule: (run: () => void, ms: number) => void = setTimeout,
  opened = new OpenedTabs(),
  frames = new VisitTracker(browser.storage.session, FRAMES_KEY_PREFIX),
): VisitTracking {
  const page = (d: NavigationDetails) => trackNavigation(tracker, d);
  const hops = new RedirectHops(tracker);
  return {
    name: 'visit-tracking',
    tracker,
    opened,
    // A woken worker reads nothing at start: each tab's stored visits are read when that tab is
    // first written to or asked for (utils/visit-tracker.ts), the opened-tabs map when an exit
    // plans (its `ready`) or the map is first written to.
    visitsOf: (id) => tracker.visitsOf(id),
    framesOf: (id) => frames.visitsOf(id),
    hooks: {
      onBeforeNavigate: page,
      onCommitted: (d) => {
        page(d);
        hops.onCommitted(d);
        trackFrameOrigin(frames, d);
      },
      onHistoryStateUpdated: page,
      onReferenceFragmentUpdated: page,
      onVisited: (item) => hops.onVisited(item.url),
      onCreatedNavigationTarget: (d) => opened.onCreatedNavigationTarget(d),
      onTabReplaced: (added, removed) => {
        tracker.replace(added, removed);
        opened.replace(added, removed);
      },
      onTabRemoved: (tabId) =>
        schedule(() => {
          tracker.forget(tabId);
          opened.forget(tabId);
          frames.forget(tabId);
        }, FORGET_CLOSED_TAB_AFTER_MS),
    },
  };
}
