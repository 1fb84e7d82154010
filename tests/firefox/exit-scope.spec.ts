import type { Page } from 'puppeteer-core';
import {
  historyUrls,
  launchFirefox,
  LOCAL_HOSTS,
  openTab,
  openUrls,
  pressPanic,
  setSettings,
  type LaunchedFirefox,
} from './firefox';
import { expect, test } from './fixtures';

/**
 * What an exit treats as hidden, in Firefox ESR (issue #12 part 1, as tests/e2e/exit-scope.spec.ts
 * in Chromium): the help site on screen loses its history and cookie; the search engine that led
 * there loses only that search; webmail, the video site, the search engine's cookie, its other
 * tab, its other history and its later visits stay. Cookies are read the way a site sees them:
 * what the browser sends to `/cookies`.
 */

const HOSTS = [...LOCAL_HOSTS, 'search.test', 'help.test', 'mail.test', 'video.test', 'chat.test'];

let ff: LaunchedFirefox | undefined;
test.afterEach(async () => ff?.close().catch(() => {}));

/** The Cookie header the browser sends to `origin`, read in a tab of its own (closed after). */
async function cookiesSent(f: LaunchedFirefox, origin: string): Promise<string> {
  const page = await openTab(f, `${origin}/cookies`);
  const text = await page.evaluate(() => document.body.textContent ?? '');
  await page.close();
  return text;
}

const settle = () => new Promise((r) => setTimeout(r, 3000));

test('issue #12: an exit hides the help site, and the search engine, webmail and video site look untouched', async ({
  server,
  decoyUrl,
}) => {
  ff = await launchFirefox({ prefs: { 'network.dns.localDomains': HOSTS.join(',') } });
  await setSettings(ff, { decoyUrl });
  const o = server.origin;
  const weather = `${o('search.test')}/search?q=weather+tomorrow`;
  const helpSearch = `${o('search.test')}/search?q=help+leaving+abuse`;
  const recipes = `${o('search.test')}/search?q=recipes`;
  const video = `${o('video.test')}/p/video-watch`;
  const mail = `${o('mail.test')}/cookie/mail`;
  const help = `${o('help.test')}/cookie/help`;
  const helpMore = `${o('help.test')}/p/help-more`;

  const videoTab = await openTab(ff, weather);
  await videoTab.goto(video);
  await openTab(ff, mail);
  await openTab(ff, recipes);
  const page: Page = await openTab(ff, helpSearch);
  await page.goto(help);
  await page.goto(helpMore);

  await expect
    .poll(async () => {
      const h = await historyUrls(ff!);
      return [weather, helpSearch, recipes, video, mail, help, helpMore].filter((u) => !h.includes(u));
    })
    .toEqual([]);
  expect(await cookiesSent(ff, o('help.test'))).toBe('qe=QE-MARK-help-cookie');

  await page.bringToFront();
  await pressPanic(page, 'escape');
  await expect.poll(async () => (await openUrls(ff!)).filter((u) => u.startsWith(o('help.test')))).toEqual([]);
  await expect.poll(() => openUrls(ff!)).toContain(decoyUrl);

  const gone = (h: string[]) => h.filter((u) => u.startsWith(o('help.test')) || u === helpSearch);
  await expect.poll(async () => gone(await historyUrls(ff!)), { timeout: 8000 }).toEqual([]);
  await expect.poll(() => cookiesSent(ff!, o('help.test'))).toBe('');

  await settle();
  const history = await historyUrls(ff);
  expect(gone(history)).toEqual([]);
  for (const u of [weather, recipes, video, mail]) expect(history, u).toContain(u);
  expect(await openUrls(ff), 'the search engine’s other tab, webmail and the video site stay open').toEqual(
    expect.arrayContaining([recipes, mail, video]),
  );
  expect(await cookiesSent(ff, o('mail.test'))).toBe('qe=QE-MARK-mail-cookie');
  expect(await cookiesSent(ff, o('search.test'))).toBe('sid=QE-MARK-search.test-session');

  // A later search stays in history.
  const later = `${o('search.test')}/search?q=bus+times`;
  await openTab(ff, later);
  await expect.poll(async () => (await historyUrls(ff!)).includes(later)).toBe(true);
  await settle();
  expect(await historyUrls(ff)).toContain(later);
});

test('issue #13: the chat a help page opened with noopener goes with the exit; the chat site is not hidden', async ({
  server,
  decoyUrl,
}) => {
  ff = await launchFirefox({ prefs: { 'network.dns.localDomains': HOSTS.join(',') } });
  await setSettings(ff, { decoyUrl });
  const o = server.origin;
  const chatStart = `${o('chat.test')}/p/chat-start`;
  const mine = `${o('chat.test')}/p/chat-mine`;
  await openTab(ff, mine);
  const page = await openTab(ff, `${o('help.test')}/opener/help?chat=${encodeURIComponent(chatStart)}`);
  await page.click('#noopener');
  await expect.poll(() => openUrls(ff!)).toContain(chatStart);
  await expect.poll(async () => (await historyUrls(ff!)).includes(chatStart)).toBe(true);

  await page.bringToFront();
  await pressPanic(page, 'escape');
  await expect.poll(async () => (await openUrls(ff!)).filter((u) => u.startsWith(o('help.test')))).toEqual([]);
  await expect.poll(async () => (await openUrls(ff!)).includes(chatStart), { timeout: 8000 }).toBe(false);
  await expect.poll(async () => (await historyUrls(ff!)).includes(chatStart), { timeout: 8000 }).toBe(false);
  await settle();
  const history = await historyUrls(ff);
  expect(history).not.toContain(chatStart);
  expect(history).toContain(mine);
  expect(await openUrls(ff)).toContain(mine);
});
