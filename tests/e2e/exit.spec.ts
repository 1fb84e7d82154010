import type { Page } from '@playwright/test';
import { historyUrls, pressPanic, recentlyClosedUrls, setSettings, stopServiceWorkers, waitForNoPage } from './browser';
import { expect, openTab, pageAt, test } from './fixtures';
import type { Launched } from './browser';

/**
 * The heart of the product: panic keys on a page reached through two sensitive pages in the
 * same tab (one via a redirect, one with pushState and a #hash), with a harmless page visited
 * first in another tab. After the exit: the tab is gone, the decoy's Back list is empty, history
 * and Recently closed hold nothing sensitive, and the harmless visit is still in history.
 */

interface Scene {
  harmless: string;
  sensitive: string;
  page: Page;
}

async function visitSensitivePages(ext: Launched, origin: (h: string) => string, last = '/p/three'): Promise<Scene> {
  const harmless = `${origin('harmless.test')}/p/harmless`;
  await openTab(ext, harmless);
  const sensitive = origin('sensitive.test');
  const page = await ext.context.newPage();
  await page.goto(`${sensitive}/p/one`);
  // Second sensitive page, reached through a redirect (its source must be erased too).
  await page.goto(`${sensitive}/redirect?to=${encodeURIComponent('/p/two')}`);
  await expect(page).toHaveURL(`${sensitive}/p/two`);
  await page.evaluate(() => {
    history.pushState({}, '', '/p/two-pushed');
    location.hash = 'section';
  });
  await page.goto(`${sensitive}${last}`);
  await expect.poll(() => page.evaluate(() => history.length)).toBeGreaterThan(3);
  return { harmless, sensitive, page };
}

async function expectExited(ext: Launched, scene: Scene, decoyUrl: string): Promise<void> {
  // The exited tab itself is closed (if the worker was slow to wake, the content script's fallback
  // may first have navigated it to the decoy; the background still closes it afterwards).
  await expect.poll(() => scene.page.isClosed()).toBe(true);
  await waitForNoPage(ext.context, scene.sensitive);
  const decoy = await pageAt(ext, decoyUrl);
  await expect(decoy).toHaveTitle('Weather forecast');
  expect(await decoy.evaluate(() => history.length), 'decoy Back list').toBe(1);
  const sw = await ext.serviceWorker();
  // History is written asynchronously: poll until the sensitive rows are gone (and stay gone).
  await expect
    .poll(async () => (await historyUrls(sw)).filter((u) => u.includes('sensitive.test')), { timeout: 8000 })
    .toEqual([]);
  await new Promise((r) => setTimeout(r, 2000)); // past the second erase pass: nothing came back
  const history = await historyUrls(sw);
  expect(history.filter((u) => u.includes('sensitive.test'))).toEqual([]);
  expect(history).toContain(scene.harmless);
  expect((await recentlyClosedUrls(sw)).filter((u) => u.includes('sensitive.test'))).toEqual([]);
}

test('Escape twice: the tab is swapped for the decoy and every sensitive visit is erased', async ({
  ext,
  server,
  decoyUrl,
}) => {
  const scene = await visitSensitivePages(ext, server.origin);
  // Sanity: before the exit the visits are in history, so the test can fail.
  const sw = await ext.serviceWorker();
  await expect
    .poll(async () => (await historyUrls(sw)).filter((u) => u.includes('sensitive.test')).length)
    .toBeGreaterThan(2);
  await pressPanic(scene.page, 'escape');
  await expectExited(ext, scene, decoyUrl);
});

test('Shift three times (GOV.UK convention) exits the same way', async ({ ext, server, decoyUrl }) => {
  const scene = await visitSensitivePages(ext, server.origin);
  await pressPanic(scene.page, 'shift');
  await expectExited(ext, scene, decoyUrl);
});

test('the page is hidden in the same frame, before the tab is swapped', async ({ ext, server, decoyUrl }) => {
  const scene = await visitSensitivePages(ext, server.origin, '/p/three?observe=1');
  const cloaked = scene.page.waitForEvent('console', { predicate: (m) => m.text().startsWith('cloaked') });
  await pressPanic(scene.page, 'escape');
  // Logged by the page's own MutationObserver: the body is display:none, the title blanked.
  expect((await cloaked).text()).toBe('cloaked none 1');
  await expectExited(ext, scene, decoyUrl);
});

for (const [where, selector] of [
  ['an input', '#field'],
  ['a textarea', '#area'],
  ['a contenteditable', '#editable'],
] as const) {
  test(`works with focus in ${where}`, async ({ ext, server, decoyUrl }) => {
    const scene = await visitSensitivePages(ext, server.origin);
    await scene.page.click(selector);
    await scene.page.keyboard.type('abc');
    await pressPanic(scene.page, 'escape');
    await expectExited(ext, scene, decoyUrl);
  });
}

test('works with focus inside a cross-origin iframe: the whole tab exits', async ({ ext, server, decoyUrl }) => {
  const inner = `${server.origin('other.test')}/p/inner`;
  const scene = await visitSensitivePages(ext, server.origin, `/p/three?iframe=${encodeURIComponent(inner)}`);
  const frame = scene.page.frameLocator('#frame');
  await frame.locator('#field').click();
  await pressPanic(scene.page, 'shift');
  await expectExited(ext, scene, decoyUrl);
});

test('works with focus inside a srcdoc iframe', async ({ ext, server, decoyUrl }) => {
  const scene = await visitSensitivePages(ext, server.origin, '/p/three?srcdoc=1');
  await scene.page.frameLocator('#frame').locator('#field').click();
  await pressPanic(scene.page, 'escape');
  await expectExited(ext, scene, decoyUrl);
});

test('a clicked beforeunload handler shows no "Leave site?" dialog', async ({ ext, server, decoyUrl }) => {
  const scene = await visitSensitivePages(ext, server.origin, '/p/three?beforeunload=1');
  const dialogs: string[] = [];
  scene.page.on('dialog', (d) => {
    dialogs.push(d.type());
    void d.accept();
  });
  await scene.page.click('h1'); // user activation arms the prompt
  await pressPanic(scene.page, 'escape');
  await expectExited(ext, scene, decoyUrl);
  expect(dialogs).toEqual([]);
});

test('a page that stops key events in its own capture listeners cannot block the exit, nor fake one', async ({
  ext,
  server,
  decoyUrl,
}) => {
  const scene = await visitSensitivePages(ext, server.origin, '/p/three?hostile=1');
  // The page dispatched fake Escape/Shift presses on load: nothing happened.
  await scene.page.waitForTimeout(1200);
  expect(scene.page.isClosed()).toBe(false);
  await pressPanic(scene.page, 'escape');
  await expectExited(ext, scene, decoyUrl);
});

test('works with the service worker stopped just before the key', async ({ ext, server, decoyUrl }) => {
  const scene = await visitSensitivePages(ext, server.origin);
  await stopServiceWorkers(scene.page);
  await pressPanic(scene.page, 'escape');
  await expectExited(ext, scene, decoyUrl);
});

test('one Escape does nothing by default', async ({ ext, server }) => {
  const scene = await visitSensitivePages(ext, server.origin);
  await scene.page.keyboard.press('Escape');
  await scene.page.waitForTimeout(1500);
  expect(scene.page.isClosed()).toBe(false);
  await expect(scene.page).toHaveTitle('QE-MARK-three');
  await expect(scene.page.locator('h1')).toBeVisible();
});

test('typing "Hello World" (Shift for capitals) does nothing', async ({ ext, server }) => {
  const scene = await visitSensitivePages(ext, server.origin);
  await scene.page.click('#field');
  await scene.page.keyboard.type('Hello World');
  await scene.page.waitForTimeout(1500);
  expect(scene.page.isClosed()).toBe(false);
  await expect(scene.page.locator('#field')).toHaveValue('Hello World');
  await expect(scene.page.locator('h1')).toBeVisible();
});

test('other tabs on the same site go too (default), ordinary tabs stay', async ({ ext, server, decoyUrl }) => {
  const scene = await visitSensitivePages(ext, server.origin);
  const sibling = await openTab(ext, `${scene.sensitive}/p/sibling`);
  const ordinary = await openTab(ext, `${server.origin('other.test')}/p/ordinary`);
  await scene.page.bringToFront();
  await pressPanic(scene.page, 'escape');
  await expectExited(ext, scene, decoyUrl);
  expect(sibling.isClosed()).toBe(true);
  expect(ordinary.isClosed()).toBe(false);
});

test('"close every tab in the window" leaves only the decoy', async ({ ext, sw, server, decoyUrl }) => {
  await setSettings(sw, { closeWholeWindow: true });
  const scene = await visitSensitivePages(ext, server.origin);
  await openTab(ext, `${server.origin('other.test')}/p/ordinary`);
  await pressPanic(scene.page, 'shift');
  await expectExited(ext, scene, decoyUrl);
  await expect.poll(() => ext.context.pages().map((p) => p.url())).toEqual([decoyUrl]);
});

test('an orphaned content script (extension reloaded) still hides the page and leaves for the decoy', async ({
  ext,
  sw,
  server,
  decoyUrl,
}) => {
  const scene = await visitSensitivePages(ext, server.origin);
  // Reloading the extension orphans the content scripts already in pages: no background answers.
  await sw.evaluate(() => chrome.runtime.reload()).catch(() => {});
  await ext.serviceWorker();
  await pressPanic(scene.page, 'escape');
  // The fallback navigates the same tab away (it cannot reach history: that needs the background).
  await expect(scene.page).toHaveURL(decoyUrl);
  await expect(scene.page).toHaveTitle('Weather forecast');
});

test('one-click toolbar exit: the toolbar icon loses its popup (so a click exits) and gets it back', async ({ sw }) => {
  const popup = () => sw.evaluate(() => chrome.action.getPopup({}));
  // The popup's address carries its language and look (utils/popup-url.ts).
  await expect.poll(popup).toMatch(/\/popup\.html\?lang=auto&look=full$/);
  await setSettings(sw, { oneClickToolbar: true });
  await expect.poll(popup).toBe('');
  await setSettings(sw, { oneClickToolbar: false });
  await expect.poll(popup).toMatch(/\/popup\.html\?lang=auto&look=full$/);
});
