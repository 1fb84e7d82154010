import type { Page } from 'puppeteer-core';
import {
  historyUrls,
  launchFirefox,
  openExtensionPage,
  openTab,
  pressExitShortcut,
  pressPanic,
  recentlyClosedUrls,
  setSettings,
  type LaunchedFirefox,
} from './firefox';
import { expect, test } from './fixtures';

/**
 * The exit in every tab layout in Firefox ESR, as tests/e2e/exit-layouts.spec.ts in Chromium:
 * utils/exit.ts closes the exited tab in the same burst as the decoy's creation, without waiting
 * for the create to answer, also when the tab is the window's last. Firefox handles the two in the
 * order sent, so the decoy keeps the window open (measured before this test: 10 of 10 windows
 * kept, create and close sent together from an extension page). After the real keys (or the popup's
 * message): the decoy in the same window at the same place, the window still there, the old tab
 * gone, the decoy's Back list empty, the page's history and Recently closed entry erased.
 */

interface TabInfo {
  id: number;
  windowId: number;
  index: number;
  url: string;
}

/** Every open tab, as the extension sees it. */
async function tabsNow(ff: LaunchedFirefox): Promise<TabInfo[]> {
  const ext = await ff.extensionPage();
  return ext.evaluate(async () => {
    const b = (globalThis as unknown as { browser: typeof chrome }).browser;
    return (await b.tabs.query({})).map((t) => ({ id: t.id!, windowId: t.windowId, index: t.index, url: t.url ?? '' }));
  });
}

async function tabAt(ff: LaunchedFirefox, url: string): Promise<TabInfo> {
  const found = (await tabsNow(ff)).filter((t) => t.url === url);
  expect(found, `tabs at ${url}`).toHaveLength(1);
  return found[0];
}

/** The puppeteer page showing `url` (waits for it). */
async function pageAt(ff: LaunchedFirefox, url: string): Promise<Page> {
  await expect.poll(async () => (await ff.browser.pages()).some((p) => p.url() === url)).toBe(true);
  return (await ff.browser.pages()).find((p) => p.url() === url)!;
}

/** Walks `page` through three sensitive pages, and waits until History has them. */
async function visitSensitivePages(ff: LaunchedFirefox, page: Page, sensitive: string): Promise<string> {
  for (const name of ['one', 'two', 'three']) await page.goto(`${sensitive}/p/${name}`);
  await expect.poll(() => page.evaluate(() => history.length)).toBeGreaterThanOrEqual(3);
  await expect
    .poll(async () => (await historyUrls(ff)).filter((u) => u.startsWith(sensitive)).length)
    .toBeGreaterThanOrEqual(3);
  return `${sensitive}/p/three`;
}

async function expectSwappedInPlace(ff: LaunchedFirefox, before: TabInfo, sensitive: string, decoyUrl: string) {
  await expect
    .poll(async () => (await ff.browser.pages()).map((p) => p.url()).filter((u) => u.startsWith(sensitive)))
    .toEqual([]);
  const decoy = await pageAt(ff, decoyUrl);
  expect(await decoy.title()).toBe('Weather forecast');
  expect(await decoy.evaluate(() => history.length), 'decoy Back list').toBe(1);
  const decoyTab = await tabAt(ff, decoyUrl);
  expect({ windowId: decoyTab.windowId, index: decoyTab.index }, 'decoy in the old tab’s place').toEqual({
    windowId: before.windowId,
    index: before.index,
  });
  const ext = await ff.extensionPage();
  const [windowThere, oldTabThere] = await ext.evaluate(
    async (windowId, tabId) => {
      const b = (globalThis as unknown as { browser: typeof chrome }).browser;
      const there = (p: Promise<unknown>) =>
        p.then(
          () => true,
          () => false,
        );
      return [await there(b.windows.get(windowId)), await there(b.tabs.get(tabId))];
    },
    before.windowId,
    before.id,
  );
  expect(windowThere, 'window').toBe(true);
  expect(oldTabThere, 'old tab').toBe(false);
  const sensitiveIn = (urls: string[]) => urls.filter((u) => u.startsWith(sensitive));
  await expect.poll(async () => sensitiveIn(await historyUrls(ff)), { timeout: 8000 }).toEqual([]);
  await expect.poll(async () => sensitiveIn(await recentlyClosedUrls(ff)), { timeout: 8000 }).toEqual([]);
  await new Promise((r) => setTimeout(r, 2000)); // past the exit's second erase pass: nothing came back
  expect(sensitiveIn(await historyUrls(ff))).toEqual([]);
  expect(sensitiveIn(await recentlyClosedUrls(ff))).toEqual([]);
  expect((await tabAt(ff, decoyUrl)).windowId).toBe(before.windowId);
}

/** The sensitive tab first in its window, a harmless tab (and the extension page) on its right. */
async function firstInWindow(ff: LaunchedFirefox, origin: (h: string) => string) {
  const sensitive = origin('sensitive.test');
  const page = await ff.browser.newPage();
  const url = await visitSensitivePages(ff, page, sensitive);
  await openTab(ff, `${origin('harmless.test')}/p/harmless`);
  const { id } = await tabAt(ff, url);
  await (
    await ff.extensionPage()
  ).evaluate(
    async (tabId) =>
      void (await (globalThis as unknown as { browser: typeof chrome }).browser.tabs.move(tabId, { index: 0 })),
    id,
  );
  await page.bringToFront();
  const before = await tabAt(ff, url);
  expect(before.index).toBe(0);
  expect((await tabsNow(ff)).filter((t) => t.windowId === before.windowId).length).toBeGreaterThan(1);
  return { page, sensitive, before };
}

/** Opens `url` in a new window (through the extension's tabs API) and returns that window and page. */
async function secondWindowAt(ff: Parameters<typeof pageAt>[0], url: string) {
  const windowId = await (
    await ff.extensionPage()
  ).evaluate(
    async (u) => (await (globalThis as unknown as { browser: typeof chrome }).browser.windows.create({ url: u }))!.id!,
    url,
  );
  return { windowId, page: await pageAt(ff, url) };
}

test('first tab of its window (a tab on its right), Escape twice', async ({ ff, server, decoyUrl }) => {
  const { page, sensitive, before } = await firstInWindow(ff, server.origin);
  await pressPanic(page, 'escape');
  await expectSwappedInPlace(ff, before, sensitive, decoyUrl);
  expect((await tabsNow(ff)).some((t) => t.url.startsWith(server.origin('harmless.test')))).toBe(true);
});

test('only tab of a second window, Shift three times', async ({ ff, server, decoyUrl }) => {
  const sensitive = server.origin('sensitive.test');
  const { windowId, page } = await secondWindowAt(ff, `${sensitive}/p/start`);
  const url = await visitSensitivePages(ff, page, sensitive);
  const before = await tabAt(ff, url);
  expect(before.windowId).toBe(windowId);
  expect((await tabsNow(ff)).filter((t) => t.windowId === windowId)).toHaveLength(1);
  await pressPanic(page, 'shift');
  await expectSwappedInPlace(ff, before, sensitive, decoyUrl);
  expect((await tabsNow(ff)).filter((t) => t.windowId === windowId).map((t) => t.url)).toEqual([decoyUrl]);
});

test('only tab of the only window, Escape twice: Firefox keeps its window (and keeps running)', async ({
  ff,
  server,
  decoyUrl,
}) => {
  const sensitive = server.origin('sensitive.test');
  const page = await ff.browser.newPage();
  const url = await visitSensitivePages(ff, page, sensitive);
  const { id } = await tabAt(ff, url);
  // Every other tab closes (the welcome tab and the extension page too, through the tabs API:
  // puppeteer loses track of extension pages): the sensitive tab is all there is.
  const ext = await ff.extensionPage();
  const { left, self, before } = await ext.evaluate(async (keep) => {
    const b = (globalThis as unknown as { browser: typeof chrome }).browser;
    const me = (await b.tabs.getCurrent())!.id!;
    await b.tabs.remove((await b.tabs.query({})).map((t) => t.id!).filter((t) => t !== keep && t !== me));
    const kept = await b.tabs.get(keep);
    return {
      left: (await b.windows.getAll({ populate: true })).map((w) => w.tabs!.map((t) => t.id!)),
      self: me,
      // Once the extension page is gone too, the sensitive tab is the window's first and only one.
      before: { id: keep, windowId: kept.windowId, index: 0, url: kept.url ?? '' },
    };
  }, id);
  expect(left.map((tabs) => tabs.toSorted())).toEqual([[id, self].toSorted()]);
  expect(before.url).toBe(url);
  void ext
    .evaluate((tabId) => (globalThis as unknown as { browser: typeof chrome }).browser.tabs.remove(tabId), self)
    .catch(() => {});
  await new Promise((r) => setTimeout(r, 1000));
  // A fresh extension page for the checks after the exit (a tab next to the decoy).
  let fresh: Promise<Page> | undefined;
  const after = { ...ff, extensionPage: () => (fresh ??= openExtensionPage(ff.browser)) };
  await pressPanic(page, 'escape');
  await expect.poll(async () => (await ff.browser.pages()).some((p) => p.url() === decoyUrl)).toBe(true);
  const tabs = await tabsNow(after);
  // The decoy in the same window, the only one, with only the extension page opened since.
  expect(tabs.map((t) => t.windowId)).toEqual([before.windowId, before.windowId]);
  expect(tabs.map((t) => t.url)).toEqual([decoyUrl, expect.stringMatching(/^moz-extension:/)]);
  await expectSwappedInPlace(after, before, sensitive, decoyUrl);
});

test('the popup’s Exit now (its message), first tab of its window', async ({ ff, server, decoyUrl }) => {
  const { sensitive, before } = await firstInWindow(ff, server.origin);
  // What components/exit-now-request.ts sends, from an extension page (as tests/firefox/leave-site.spec.ts).
  const answer = await (
    await ff.extensionPage()
  ).evaluate(
    async (windowId) =>
      (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage({ type: 'exit-now', windowId }),
    before.windowId,
  );
  expect(answer).toEqual({ ok: true });
  await expectSwappedInPlace(ff, before, sensitive, decoyUrl);
});

test('browser shortcut (a real X key event) from a page without the content script, only tab of a second window', async ({
  server,
  decoyUrl,
}) => {
  // WebDriver keys never fire browser commands: headed Firefox on the X display of xvfb-run, and
  // xdotool (as tests/firefox/shortcut.spec.ts). No content script runs on about:robots, so
  // nothing holds the old tab's close back: the order of the create and the close is what keeps
  // the window (a build that sent the close first failed here: window gone, no decoy).
  expect(process.env.DISPLAY, 'needs an X display: run under xvfb-run').toBeTruthy();
  const ff = await launchFirefox({ headed: true });
  try {
    await setSettings(ff, { decoyUrl });
    const sensitive = server.origin('sensitive.test');
    const { windowId, page } = await secondWindowAt(ff, `${sensitive}/p/start`);
    await visitSensitivePages(ff, page, sensitive);
    // about: pages send no load event over WebDriver BiDi: do not wait for one (it cost 30 s).
    await page.goto('about:robots', { timeout: 2000 }).catch(() => {});
    const before = await expect
      .poll(async () => (await tabsNow(ff)).find((t) => t.url === 'about:robots') ?? null)
      .not.toBeNull()
      .then(async () => (await tabsNow(ff)).find((t) => t.url === 'about:robots')!);
    expect(before.windowId).toBe(windowId);
    expect((await tabsNow(ff)).filter((t) => t.windowId === windowId)).toHaveLength(1);
    await page.bringToFront();
    pressExitShortcut(await page.title());
    await expect.poll(async () => (await tabsNow(ff)).some((t) => t.url === 'about:robots')).toBe(false);
    await expectSwappedInPlace(ff, before, sensitive, decoyUrl);
  } finally {
    await ff.close();
  }
});
