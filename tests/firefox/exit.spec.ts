import type { Page } from 'puppeteer-core';
import { findFirefoxMarker, FIREFOX_HISTORY_STORES } from './profile-audit';
import { printResidue } from '../e2e/profile-audit';
import {
  historyUrls,
  launchFirefox,
  openTab,
  openUrls,
  pressPanic,
  recentlyClosedUrls,
  setSettings,
  type LaunchedFirefox,
} from './firefox';
import { expect, test } from './fixtures';

/**
 * The exit in Firefox ESR, proven the way tests/e2e/exit.spec.ts proves it in Chromium: a tab
 * that went through two sensitive pages (one via a redirect, one with pushState and a #hash),
 * a harmless page in another tab. After the panic keys the tab is gone and the decoy open with an
 * empty Back list; History and Recently closed (Firefox: `sessions.forgetClosedTab`) hold nothing
 * sensitive; the harmless visit is still in History.
 */

interface Scene {
  harmless: string;
  sensitive: string;
  page: Page;
}

async function visitSensitivePages(ff: LaunchedFirefox, origin: (h: string) => string): Promise<Scene> {
  const harmless = `${origin('harmless.test')}/p/harmless`;
  await openTab(ff, harmless);
  const sensitive = origin('sensitive.test');
  const page = await openTab(ff, `${sensitive}/p/one`);
  await page.goto(`${sensitive}/redirect?to=${encodeURIComponent('/p/two')}`);
  expect(page.url()).toBe(`${sensitive}/p/two`);
  await page.evaluate(() => {
    history.pushState({}, '', '/p/two-pushed');
    location.hash = 'section';
  });
  await page.goto(`${sensitive}/p/three`);
  await expect.poll(() => page.evaluate(() => history.length)).toBeGreaterThan(3);
  // Before the exit the visits are in History, so the checks after it can fail.
  await expect
    .poll(async () => (await historyUrls(ff)).filter((u) => u.startsWith(sensitive)).length)
    .toBeGreaterThan(2);
  return { harmless, sensitive, page };
}

async function expectExited(ff: LaunchedFirefox, scene: Scene, decoyUrl: string): Promise<void> {
  await expect.poll(async () => (await openUrls(ff)).filter((u) => u.startsWith(scene.sensitive))).toEqual([]);
  await expect.poll(() => openUrls(ff)).toContain(decoyUrl);
  const decoy = (await ff.browser.pages()).find((p) => p.url() === decoyUrl)!;
  expect(await decoy.title()).toBe('Weather forecast');
  expect(await decoy.evaluate(() => history.length), 'decoy Back list').toBe(1);
  const sensitiveIn = (urls: string[]) => urls.filter((u) => u.startsWith(scene.sensitive));
  await expect.poll(async () => sensitiveIn(await historyUrls(ff)), { timeout: 8000 }).toEqual([]);
  await expect.poll(async () => sensitiveIn(await recentlyClosedUrls(ff)), { timeout: 8000 }).toEqual([]);
  // Past the exit's second erase pass (utils/exit.ts SECOND_PASS_MS): nothing came back.
  await new Promise((r) => setTimeout(r, 2000));
  const history = await historyUrls(ff);
  expect(sensitiveIn(history)).toEqual([]);
  expect(history).toContain(scene.harmless);
  expect(sensitiveIn(await recentlyClosedUrls(ff))).toEqual([]);
}

test('Escape twice: the tab is swapped for the decoy, History and Recently closed are clean, and so is the profile on disk', async ({
  ff,
  server,
  decoyUrl,
}) => {
  const scene = await visitSensitivePages(ff, server.origin);
  // Before the exit, Firefox's crash-recovery session file holds the page (so the audit can fail).
  await expect
    .poll(() => findFirefoxMarker(ff.profileDir, '/p/three').map((r) => r.file))
    .toContain('sessionstore-backups/recovery.jsonlz4 (unpacked)');
  await pressPanic(scene.page, 'escape');
  await expectExited(ff, scene, decoyUrl);
  await ff.close();
  // Titles are `QE-MARK-<name>`, URLs `/p/<name>`: look for both in every file, LZ4 files unpacked.
  const residue = ['QE-MARK-one', 'QE-MARK-three', '/p/one', '/p/two-pushed', '/p/three'].flatMap((m) =>
    findFirefoxMarker(ff.profileDir, m).map((r) => ({ ...r, file: `${r.file} [${m}]` })),
  );
  printResidue('the exited pages after a browser close (Firefox)', residue);
  expect(residue.filter((r) => FIREFOX_HISTORY_STORES.test(r.file))).toEqual([]);
  // The search can find things: the harmless page, still in History and still open, is in
  // places.sqlite and in the (unpacked) session file.
  const harmless = findFirefoxMarker(ff.profileDir, '/p/harmless').map((r) => r.file);
  expect(harmless).toContain('places.sqlite');
  expect(harmless).toContain('sessionstore.jsonlz4 (unpacked)');
});

test('Shift three times exits the same way, with focus in a text field; one Escape and "Hello World" did nothing', async ({
  ff,
  server,
  decoyUrl,
}) => {
  const scene = await visitSensitivePages(ff, server.origin);
  await scene.page.keyboard.press('Escape');
  await scene.page.click('#field');
  await scene.page.keyboard.type('Hello World');
  await new Promise((r) => setTimeout(r, 1500));
  expect(await openUrls(ff)).toContain(`${scene.sensitive}/p/three`);
  expect(await scene.page.$eval('#field', (e) => (e as HTMLInputElement).value)).toBe('Hello World');
  expect(await scene.page.$eval('h1', (e) => getComputedStyle(e).display)).not.toBe('none');
  await pressPanic(scene.page, 'shift');
  await expectExited(ff, scene, decoyUrl);
});

test('works after Firefox suspended the idle background (event page): every earlier visit is still erased', async ({
  server,
  decoyUrl,
}) => {
  // Firefox suspends an idle MV3 background after 30 s; this pref makes it 1 s. The visits it
  // tracked must come back from storage.session when the panic message wakes it.
  const ff = await launchFirefox({ prefs: { 'extensions.background.idle.timeout': 1000 } });
  try {
    await setSettings(ff, { decoyUrl });
    const scene = await visitSensitivePages(ff, server.origin);
    const ext = await ff.extensionPage();
    const backgroundRunning = () =>
      ext.evaluate(
        () => (globalThis as unknown as { browser: typeof chrome }).browser.extension.getBackgroundPage() !== null,
      );
    await expect.poll(backgroundRunning).toBe(false);
    await pressPanic(scene.page, 'escape');
    await expectExited(ff, scene, decoyUrl);
  } finally {
    await ff.close();
  }
});

test('a same-site tab alone in another window goes too, and the closed window is forgotten (forgetClosedWindow)', async ({
  ff,
  server,
  decoyUrl,
}) => {
  const scene = await visitSensitivePages(ff, server.origin);
  // Closing a window's last tab makes Firefox record a closed *window* (measured), not a closed tab.
  const other = `${scene.sensitive}/p/other-window`;
  await (
    await ff.extensionPage()
  ).evaluate(async (url) => {
    await (globalThis as unknown as { browser: typeof chrome }).browser.windows.create({ url });
  }, other);
  await expect.poll(() => openUrls(ff)).toContain(other);
  await expect.poll(async () => (await historyUrls(ff)).includes(other)).toBe(true);
  await pressPanic(scene.page, 'escape');
  await expectExited(ff, scene, decoyUrl);
  expect(await openUrls(ff)).not.toContain(other);
});

test('works with focus inside a blob: iframe (match_origin_as_fallback, Firefox 128+)', async ({
  ff,
  server,
  decoyUrl,
}) => {
  const sensitive = server.origin('sensitive.test');
  const page = await openTab(ff, `${sensitive}/blobframe/blob`);
  const frame = await expect
    .poll(() => page.frames().find((f) => f.url().startsWith('blob:')) ?? null)
    .not.toBeNull()
    .then(() => page.frames().find((f) => f.url().startsWith('blob:'))!);
  await expect.poll(() => frame.evaluate(() => !!document.querySelector('#field'))).toBe(true);
  await frame.click('#field');
  await pressPanic(page, 'escape');
  await expect.poll(async () => (await openUrls(ff)).filter((u) => u.startsWith(sensitive))).toEqual([]);
  await expect.poll(() => openUrls(ff)).toContain(decoyUrl);
  await expect.poll(async () => (await historyUrls(ff)).filter((u) => u.startsWith(sensitive))).toEqual([]);
});
