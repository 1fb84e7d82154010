import { browser } from 'wxt/browser';
import { detectFlavor, FORGET_PERIODS, type ForgetPeriod, type TracesApi } from '@/utils/clear-traces';
import { SensitiveSites } from '@/utils/sensitive-sites';
import { TraceCleaner } from '@/utils/traces-background';
import type { Feature, FeatureContext } from './feature';

/**
 * Clearing traces: sensitive visits erased as they happen, the clean-up after every exit and from
 * the popup, and the popup's questions about sensitive sites and reports (utils/traces-background.ts).
 */
export interface Traces extends Feature {
  cleaner: TraceCleaner;
}

export function register(
  ctx: FeatureContext,
  visitsOf: (tabId: number) => Promise<string[]>,
  cleaner = new TraceCleaner({
    api: browser as unknown as TracesApi,
    sensitive: new SensitiveSites(),
    settings: () => ctx.settings.get(),
    flavor: detectFlavor(browser.runtime),
    tabIds: async () => (await browser.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id])),
    visitsOf,
  }),
): Traces {
  return {
    name: 'traces',
    cleaner,
    handlers: handlersOf(cleaner),
    hooks: {
      start: () => void cleaner.ready(),
      // Sensitive sites never stay in history (settings.eraseSensitiveAsVisited).
      onVisited: (item) => void cleaner.onVisited(item.url),
      onPermissionsAdded: (p) => void cleaner.onPermissionsAdded(p.permissions),
    },
  };
}

/** The popup's messages about sensitive sites and clean-ups (only from the extension's own pages). */
export function handlersOf(cleaner: TraceCleaner): Feature['handlers'] {
  const sensitive = cleaner.sensitive;
  return {
    'sensitive-sites-get': () => cleaner.ready().then(() => sensitive.list()),
    'sensitive-sites-add': ({ site }) =>
      cleaner.ready().then(() => {
        const r = sensitive.addUserSite(typeof site === 'string' ? site : '');
        return r.ok ? { ok: true as const, site: r.site, list: sensitive.list() } : r;
      }),
    'sensitive-sites-remove': ({ site }) =>
      cleaner.ready().then(() => {
        sensitive.removeUserSite(String(site));
        return sensitive.list();
      }),
    'clear-traces': ({ period }) => cleaner.clearNow(isPeriod(period) ? period : undefined),
  };
}

function isPeriod(p: unknown): p is ForgetPeriod {
  return FORGET_PERIODS.includes(p as ForgetPeriod);
}
