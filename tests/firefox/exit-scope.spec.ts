import type { Page } from 'puppeteer-core';
import { historyUrls, LOCAL_HOSTS, openTab, openUrls, pressPanic, type LaunchedFirefox } from './firefox';
import { chatOpenedByHelp, searchLedToHelp, settle } from '../e2e/exit-scope-scenarios';
import { expect, test } from './fixtures';

/**
 * What an exit treats as hidden, in Firefox ESR (issue #12 part 1, as tests/e2e/exit-scope.spec.ts
 * in Chromium): the help site on screen loses its history and cookie; the search engine that led
 * there loses only that search; webmail, the video site, the search engine's cookie, its other
 * tab, its other history and its later visits stay. Cookies are read the way a site sees them:
 * what the browser sends to `/cookies`.
 */

const HOSTS = [...LOCAL_HOSTS, 'search.test', 'help.test', 'mail.test', 'video.test', 'chat.test'];

test.use({ firefoxPrefs: { 'network.dns.localDomains': HOSTS.join(',') } });

/** The Cookie header the browser sends to `origin`, read in a tab of its own (closed after). */
async function cookiesSent(f: LaunchedFirefox, origin: string): Promise<string> {
  const page = await openTab(f, `${origin}/cookies`);
  const text = await page.evaluate(() => document.body.textContent ?? '');
  await page.close();
  return text;
}

test('issue #12: an exit hides the help site, and the search engine, webmail and video site look untouched', async ({
  ff,
  server,
  decoyUrl,
}) => {
  const o = server.origin;
  const { weather, helpSearch, recipes, video, mail, help, helpMore, visited, kept, gone, later } = searchLedToHelp(o);

  const videoTab = await openTab(ff, weather);
  await videoTab.goto(video);
  await openTab(ff, mail);
  await openTab(ff, recipes);
  const page: Page = await openTab(ff, helpSearch);
  await page.goto(help);
  await page.goto(helpMore);

  await expect
    .poll(async () => {
      const h = await historyUrls(ff);
      return visited.filter((u) => !h.includes(u));
    })
    .toEqual([]);
  expect(await cookiesSent(ff, o('help.test'))).toBe('qe=QE-MARK-help-cookie');

  await page.bringToFront();
  await pressPanic(page, 'escape');
  await expect.poll(async () => (await openUrls(ff)).filter((u) => u.startsWith(o('help.test')))).toEqual([]);
  await expect.poll(() => openUrls(ff)).toContain(decoyUrl);

  await expect.poll(async () => gone(await historyUrls(ff)), { timeout: 8000 }).toEqual([]);
  await expect.poll(() => cookiesSent(ff, o('help.test'))).toBe('');

  await settle();
  const history = await historyUrls(ff);
  expect(gone(history)).toEqual([]);
  for (const u of kept) expect(history, u).toContain(u);
  expect(await openUrls(ff), 'the search engine’s other tab, webmail and the video site stay open').toEqual(
    expect.arrayContaining([recipes, mail, video]),
  );
  expect(await cookiesSent(ff, o('mail.test'))).toBe('qe=QE-MARK-mail-cookie');
  expect(await cookiesSent(ff, o('search.test'))).toBe('sid=QE-MARK-search.test-session');

  // A later search stays in history.
  await openTab(ff, later);
  await expect.poll(async () => (await historyUrls(ff)).includes(later)).toBe(true);
  await settle();
  expect(await historyUrls(ff)).toContain(later);
});

test('issue #13: the chat a help page opened with noopener goes with the exit; the chat site is not hidden', async ({
  ff,
  server,
}) => {
  const o = server.origin;
  const { chatStart, mine, helpPage } = chatOpenedByHelp(o);
  await openTab(ff, mine);
  const page = await openTab(ff, helpPage);
  await page.click('#noopener');
  await expect.poll(() => openUrls(ff)).toContain(chatStart);
  await expect.poll(async () => (await historyUrls(ff)).includes(chatStart)).toBe(true);

  await page.bringToFront();
  await pressPanic(page, 'escape');
  await expect.poll(async () => (await openUrls(ff)).filter((u) => u.startsWith(o('help.test')))).toEqual([]);
  await expect.poll(async () => (await openUrls(ff)).includes(chatStart), { timeout: 8000 }).toBe(false);
  await expect.poll(async () => (await historyUrls(ff)).includes(chatStart), { timeout: 8000 }).toBe(false);
  await settle();
  const history = await historyUrls(ff);
  expect(history).not.toContain(chatStart);
  expect(history).toContain(mine);
  expect(await openUrls(ff)).toContain(mine);
});
