import fs from 'node:fs';
import { expect, test } from './fixtures';
import { findMarker, printResidue, SESSION_RESTORE } from './profile-audit';
import type { PageReport } from './server';
import { exitFromPopup, historyUrls, launchUnattached, tabUrls, until, type Unattached } from './unattached';

/**
 * Issue #13: pages that Chromium prerendered (speculation rules) and then showed in the tab are
 * tracked and erased like any other page of the tab.
 *
 * Chromium prerenders only while no DevTools session is attached to the page, so this test does
 * not use Playwright's browser: tests/e2e/unattached.ts runs Chromium over a bare CDP pipe, opens the
 * pages without attaching to them, and attaches only to the extension's service worker (checks)
 * and its popup (the exit). The pages go on by themselves (`location.href`, tests/e2e/server.ts
 * /speculate), and report whether they were shown from their prerender (`activationStart`).
 *
 * Firefox has no counterpart: it does not prerender (Firefox ESR 153:
 * `HTMLScriptElement.supports('speculationrules')` is false, `document.prerendering` does not exist).
 */

// Each test launches its own browser and waits for pages that go on by themselves: on a busy machine
// (CI, several suites at once) that takes longer than the default minute.
test.describe.configure({ timeout: 150_000 });

const enc = encodeURIComponent;
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/** The files of the closed profile that hold `text`, except the session files (README, "What stays"). */
function filesHolding(profileDir: string, text: string): string[] {
  const residue = findMarker(profileDir, text);
  printResidue(`${text} after an exit and a close`, residue);
  return residue.filter((r) => !SESSION_RESTORE.test(r.file)).map((r) => r.file);
}

test('issue #13: pages shown from a prerender are erased with the tab (no DevTools on the page)', async ({
  server,
  decoyUrl,
}) => {
  const o = server.origin;
  // Two markers, neither a part of the other: the way's pages, and the control pages.
  const id = `way${unique()}`;
  const kept = `kept${unique()}`;
  // The tab's way: a search engine's page prerenders its results page and goes there; the results
  // lead to a help site whose home page prerenders the help page and goes there. The search
  // engine is a site the tab only passed through: its prerendered results page goes only because
  // the tab's visits were tracked (the site itself keeps its other history, below).
  // The help page changes its address while prerendered (pushState): the user sees `?pushed`.
  const helpPage = `${o('help.test')}/prerendered/${id}-help-page?pushed`;
  const helpHome = `${o('help.test')}/speculate/${id}-help-home?to=${enc(`/prerendered/${id}-help-page?push=1`)}`;
  const resultsPath = `/prerendered/${id}-results?next=${enc(helpHome)}`;
  const results = `${o('search.test')}${resultsPath}`;
  // The results are reached through two server redirects (Chromium 156 keeps neither hop of a
  // prerendered page in History; the audit on disk below checks that no file holds them).
  const hop2 = `/redirect?m=${id}-hop2&to=${enc(resultsPath)}`;
  const hop1 = `/redirect?m=${id}-hop1&to=${enc(hop2)}`;
  const searchHome = `${o('search.test')}/speculate/${id}-search-home?wait=${id}-results&to=${enc(hop1)}`;
  const gone = [searchHome, results, helpHome, helpPage];
  // Controls: the search engine's and another site's pages in other tabs stay.
  const keptSearch = `${o('search.test')}/p/${kept}-search`;
  const keptHarmless = `${o('harmless.test')}/p/${kept}-harmless`;

  let b: Unattached | undefined;
  try {
    b = await launchUnattached(decoyUrl);
    const browser = b;
    await b.open(keptSearch);
    await b.open(keptHarmless);
    await b.open(searchHome);

    const shown = (name: string) => (r: PageReport) => r.name === name && r.phase === 'shown';
    await until(
      async () => server.reports.filter((r) => r.name.startsWith(id)),
      (rs) => rs.some(shown(`${id}-help-page`)),
      'the help page to be shown',
      60_000,
    );
    // Both pages were prerendered, then shown from that prerender; a page loaded anew would report
    // `activationStart` 0 (the /speculate page goes there anyway after 15 s) and fail here.
    for (const name of [`${id}-results`, `${id}-help-page`]) {
      const mine = server.reports.filter((r) => r.name === name);
      expect(mine.find((r) => r.phase === 'loaded')?.prerendering, `${name} was loaded as a prerender`).toBe(true);
      expect(mine.find((r) => r.phase === 'shown')?.activationStart, `${name} was shown from it`).toBeGreaterThan(0);
    }

    // Before the exit every address is in History, so every check below can fail.
    await until(
      () => historyUrls(browser),
      (h) => [...gone, keptSearch, keptHarmless].every((u) => h.includes(u)),
      'History to hold every page',
    );
    const [tab] = await b.inWorker<{ id: number; index: number; windowId: number }[]>(
      `chrome.tabs.query({}).then((tabs) => tabs.filter((t) => t.url === ${JSON.stringify(helpPage)})
        .map((t) => ({ id: t.id, index: t.index, windowId: t.windowId })))`,
    );
    expect(tab, 'the tab shows the prerendered help page').toBeDefined();

    await exitFromPopup(b);

    // The tab is swapped for the decoy, in its place; no tab of the way is left.
    await until(
      () => tabUrls(browser),
      (urls) => urls.includes(decoyUrl) && !urls.some((u) => gone.includes(u) || u.includes('help.test')),
      'the decoy in place of the tab',
    );
    expect(
      await b.inWorker<boolean>(`chrome.tabs.get(${tab.id}).then(() => true, () => false)`),
      'the tab is closed',
    ).toBe(false);
    const decoyTab = await b.inWorker<{ index: number; windowId: number }[]>(
      `chrome.tabs.query({}).then((tabs) => tabs.filter((t) => (t.pendingUrl || t.url) === ${JSON.stringify(decoyUrl)})
        .map((t) => ({ index: t.index, windowId: t.windowId })))`,
    );
    expect(decoyTab).toEqual([{ index: tab.index, windowId: tab.windowId }]);

    // Every address of the way is erased, the prerendered ones included; the controls stay.
    await until(
      () => historyUrls(browser),
      (h) => !h.some((u) => gone.includes(u)),
      'the erasure of the tab’s addresses',
    );
    await new Promise((r) => setTimeout(r, 3000)); // past the exit's second erase pass
    const history = await historyUrls(b);
    expect(history.filter((u) => gone.includes(u))).toEqual([]);
    expect(history, 'the search engine keeps its other page').toContain(keptSearch);
    expect(history).toContain(keptHarmless);
    for (const url of [results, helpPage])
      expect(await b.inWorker<unknown[]>(`chrome.history.getVisits({ url: ${JSON.stringify(url)} })`)).toEqual([]);
  } finally {
    await b?.raw.close({ keepProfile: true });
  }

  // On disk, after the browser closed: no file but the session files (README, "What stays")
  // holds any address or title of the way; History holds the controls, so the search could fail.
  try {
    expect(filesHolding(b.profileDir, id)).toEqual([]);
    expect(findMarker(b.profileDir, kept).map((r) => r.file)).toContain('Default/History');
  } finally {
    fs.rmSync(b.profileDir, { recursive: true, force: true, maxRetries: 3 });
  }
});

test('issue #13: a page prerendered but never shown is no visit of the tab: the user’s own visit to it stays', async ({
  server,
  decoyUrl,
}) => {
  const o = server.origin;
  const id = `unshown${unique()}`;
  // The user reads a page of the search engine's site in a tab of their own.
  const news = `${o('search.test')}/prerendered/${id}-news`;
  // In another tab, a search page prerenders that same page, but the user goes to a help site.
  const help = `${o('help.test')}/p/${id}-help`;
  const search = `${o('search.test')}/speculate/${id}-search?wait=${id}-news&go=${enc(help)}&to=${enc(`/prerendered/${id}-news`)}`;

  const b = await launchUnattached(decoyUrl);
  try {
    await b.open(news);
    await until(
      () => historyUrls(b),
      (h) => h.includes(news),
      'the user’s visit',
    );
    await b.open(search);
    await until(
      () => tabUrls(b),
      (urls) => urls.includes(help),
      'the help page',
      40_000,
    );
    // The search page did prerender the page (and the user never saw that prerender).
    const reports = server.reports.filter((r) => r.name === `${id}-news`);
    expect(
      reports.some((r) => r.phase === 'loaded' && r.prerendering),
      'the page was prerendered',
    ).toBe(true);
    expect(reports.filter((r) => r.phase === 'shown' && r.activationStart > 0)).toEqual([]);
    await until(
      () => historyUrls(b),
      (h) => [news, search, help].every((u) => h.includes(u)),
      'History to hold every page',
    );

    await exitFromPopup(b);
    await until(
      () => tabUrls(b),
      (urls) => urls.includes(decoyUrl) && !urls.includes(help),
      'the decoy in place of the tab',
    );
    await until(
      () => historyUrls(b),
      (h) => !h.includes(search) && !h.includes(help),
      'the erasure of the tab’s addresses',
    );
    await new Promise((r) => setTimeout(r, 3000)); // past the exit's second erase pass
    // The user's own tab and its visit stay: the exit erased what the tab showed, not what it prerendered.
    expect(await tabUrls(b)).toContain(news);
    expect(await historyUrls(b)).toContain(news);
    expect(await b.inWorker<unknown[]>(`chrome.history.getVisits({ url: ${JSON.stringify(news)} })`)).toHaveLength(1);
  } finally {
    await b.raw.close();
  }
});
