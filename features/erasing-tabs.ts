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
      onVisited: (item) => void tracker.load().then(() => erasing.erase(item.url, (id) => tracker.urlsOf(id))),
      onTabRemoved: (tabId) => void erasing.closed(tabId, tracker.urlsOf(tabId)),
    },
  };
}
