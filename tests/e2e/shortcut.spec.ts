import { pressInWindowTitled } from './x-keys';
import { historyUrls, launchWithExtension, setSettings, waitForNoPage, type Launched } from './browser';
import { expect, pageAt, test } from './fixtures';

/**
 * The browser shortcut (manifest `commands`, Alt+Shift+Q). Playwright's keyboard talks to the
 * renderer, which never fires browser commands (docs/DESIGN.md), so this test runs Chromium headed on the
 * X display that `npm run test:e2e` provides (xvfb-run) and presses the keys as a real X key event
 * with xdotool. It exits from a page where content scripts cannot run at all.
 */
// Fails, never skips, without an X display.
test.beforeEach(() => {
  if (!process.env.DISPLAY) throw new Error('This test needs an X display: run through `npm run test:e2e` (xvfb-run)');
});

let ext: Launched;
test.afterEach(async () => {
  await ext?.close().catch(() => {});
});

test('Alt+Shift+Q exits, even from a page where the content script cannot run', async ({ server, decoyUrl }) => {
  ext = await launchWithExtension({ headed: true });
  const sw = await ext.serviceWorker();
  await setSettings(sw, { decoyUrl });
  const harmless = `${server.origin('harmless.test')}/p/harmless`;
  const first = await ext.context.newPage();
  await first.goto(harmless);
  const page = await ext.context.newPage();
  const sensitive = server.origin('sensitive.test');
  await page.goto(`${sensitive}/p/one`);
  await page.goto(`${sensitive}/p/two`);
  // chrome:// pages run no content script: only the shortcut (or the toolbar) can exit there.
  await page.goto('chrome://version/');
  await page.bringToFront();
  // Focus this browser's window on the X server (there is no window manager under Xvfb).
  pressInWindowTitled('About Version', 'alt+shift+q');
  await waitForNoPage(ext.context, 'chrome://version');
  const decoy = await pageAt(ext, decoyUrl);
  expect(await decoy.evaluate(() => history.length)).toBe(1);
  await expect
    .poll(async () => (await historyUrls(await ext.serviceWorker())).filter((u) => u.includes('sensitive.test')))
    .toEqual([]);
  expect(await historyUrls(await ext.serviceWorker())).toContain(harmless);
});
