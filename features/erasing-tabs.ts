import { ErasingTabs } from '@/utils/private-open';
import type { VisitTracker } from '@/utils/visit-tracker';
import type { Feature } from './feature';

/**
 * Pages the popup opened in an ordinary tab because private windows are off: their visits are
 * erased as they happen, and once more when the tab closes (utils/private-open.ts).
 */
export function register(tracker: VisitTracker, erasing = new ErasingTabs()): Feature {
  return {
    name: 'erasing-tabs',
    handlers: {
      'open-erased': async ({ url }) => ({ ok: typeof url === 'string' && (await erasing.open(url)) !== null }),
    },
    hooks: {
      // Only the erasing tabs' stored visits are read (a woken worker), never every tab's.
      onVisited: (item) => void erasing.erase(item.url, (id) => tracker.visitsOf(id)),
      onTabRemoved: (tabId) =>
        void erasing.has(tabId).then(async (has) => has && erasing.closed(tabId, await tracker.visitsOf(tabId))),
    },
  };
}
