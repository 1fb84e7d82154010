import { SECOND_PASS_MS, type ExitPlan } from './exit';
import type { SensitiveSites } from './sensitive-sites';
import type { Settings } from './settings-schema';
import { SessionState } from './session-state';
import {
  clearSensitiveDownloads,
  clearTraces,
  downloadsAllowed,
  lastCleanupKey,
  type BrowserFlavor,
  type CleanupReport,
  type ForgetPeriod,
  type TracesApi,
} from './clear-traces';

/**
 * The background's side of clearing traces: erases sensitive visits as they happen, runs the
 * clean-up after every exit and from the popup, and answers the popup's messages. The background
 * only wires events to it.
 */

export interface TraceCleanerDeps {
  api: TracesApi;
  sensitive: SensitiveSites;
  settings(): Promise<Settings>;
  flavor: BrowserFlavor;
  /** Every open tab's id. */
  tabIds(): Promise<number[]>;
  /** Every URL a tab showed (utils/visit-tracker.ts). */
  visitsOf(tabId: number): Promise<string[]>;
  /** Waits before the second erase pass; tests pass a no-op. */
  delay?(ms: number): Promise<void>;
}

export class TraceCleaner {
  /** The last report of this browser session (`storage.session`, memory only). */
  private readonly report = new SessionState(lastCleanupKey);

  constructor(private deps: TraceCleanerDeps) {}

  /** The session's sensitive set (the popup's list and editor). */
  get sensitive(): SensitiveSites {
    return this.deps.sensitive;
  }

  /** Whether `url` is on a sensitive site (after `ready()`). For the exit plan. */
  isSensitive = (url: string | undefined): boolean => this.deps.sensitive.isSensitive(url);

  /** Loads the session's sensitive set (a woken service worker). */
  ready(): Promise<void> {
    return this.deps.sensitive.load();
  }

  /**
   * `history.onVisited`: a visit to a sensitive site is removed at once, with every URL the same
   * tab showed on its way there (a search results page or a redirect can name the help site as
   * plainly as the site itself), so help pages never show up in History, the new-tab tiles or the
   * address-bar suggestions. Returns the URLs erased.
   */
  async onVisited(url: string | undefined): Promise<string[]> {
    if (!url) return [];
    await this.ready();
    if (!this.isSensitive(url) || !(await this.deps.settings()).eraseSensitiveAsVisited) return [];
    this.deps.sensitive.recordOrigin(url);
    const trail = new Set([url]);
    for (const id of await this.deps.tabIds().catch(() => [])) {
      const visits = await this.deps.visitsOf(id);
      if (visits.includes(url)) for (const u of visits) trail.add(u);
    }
    const urls = [...trail];
    const erase = () => Promise.all(urls.map((u) => this.deps.api.history.deleteUrl({ url: u }).catch(() => {})));
    await erase();
    // Titles and favicons are written after the visit: erased again, after the exit's same pause.
    await (this.deps.delay ?? ((ms) => new Promise((r) => setTimeout(r, ms))))(SECOND_PASS_MS);
    await erase();
    return urls;
  }

  /**
   * `afterExit` of the exit pipeline: the hidden sites join the session's sensitive set, then the
   * clean-up runs for every sensitive site (site data only when `clearSiteDataOnExit`).
   */
  async afterExit(plan: ExitPlan): Promise<CleanupReport> {
    await this.ready();
    this.deps.sensitive.addHiddenByExit(plan.sites);
    for (const u of plan.eraseUrls) this.deps.sensitive.recordOrigin(u);
    const settings = await this.deps.settings();
    const report = await this.clean('exit', settings.clearSiteDataOnExit, undefined, plan.eraseUrls);
    // The HTTP cache alone of the embedded frames (their entries are keyed by the hidden page's
    // site, but removable only by the frame's origin) and of the sites the tab passed through
    // (their cached files hold the exact addresses): nobody is signed out, no history changes.
    // Firefox empties its whole cache with the hidden site's removal already (utils/clear-traces.ts).
    if (settings.clearSiteDataOnExit && this.deps.flavor === 'chromium' && plan.cacheOnlyOrigins?.length)
      await this.deps.api.browsingData.remove({ origins: plan.cacheOnlyOrigins }, { cache: true }).catch(() => {});
    return report;
  }

  /** The popup's "Clear traces": always clears site data too. */
  clearNow(period?: ForgetPeriod): Promise<CleanupReport> {
    return this.clean('button', true, period);
  }

  private async clean(
    cause: CleanupReport['cause'],
    clearSiteData: boolean,
    period?: ForgetPeriod,
    alreadyErased?: string[],
  ): Promise<CleanupReport> {
    await this.ready();
    const { sensitive } = this.deps;
    // Origins with ports the tabs showed (the default ports are covered by the sites themselves).
    const tabVisits = (
      await Promise.all((await this.deps.tabIds().catch(() => [])).map((id) => this.deps.visitsOf(id)))
    ).flat();
    for (const u of tabVisits) if (this.isSensitive(u)) sensitive.recordOrigin(u);
    const report = await clearTraces(this.deps.api, {
      flavor: this.deps.flavor,
      cause,
      sites: sensitive.all(),
      isSensitive: this.isSensitive,
      knownOrigins: sensitive.seenOrigins(),
      clearSiteData,
      alreadyErased,
      period,
    });
    this.report.set(report);
    await this.report.flushed();
    return report;
  }

  /**
   * `permissions.onAdded`: the popup asks for the downloads permission in the click and clears at
   * once without waiting for the answer (the prompt can close the popup). When the user says
   * yes, the downloads list is cleared here and the report updated.
   */
  async onPermissionsAdded(permissions: string[] | undefined): Promise<CleanupReport | null> {
    if (!permissions?.includes('downloads')) return null;
    await this.ready();
    const report = await this.lastReport();
    if (!report?.downloadsNotAllowed || !(await downloadsAllowed(this.deps.api))) return null;
    const next: CleanupReport = { ...report, removed: { ...report.removed }, downloadsNotAllowed: false };
    try {
      next.removed.downloads = (await clearSensitiveDownloads(this.deps.api, this.isSensitive)).erased;
    } catch {
      next.failed = [...next.failed, 'downloads'];
    }
    this.report.set(next);
    await this.report.flushed();
    return next;
  }

  /** The last report of this browser session, if any. */
  async lastReport(): Promise<CleanupReport | null> {
    await this.report.load();
    return this.report.value;
  }
}
