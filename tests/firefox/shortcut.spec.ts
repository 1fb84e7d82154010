import { historyUrls, openTab, openUrls, pressExitShortcut, recentlyClosedUrls } from './firefox';
import { expect, test } from './fixtures';

/**
 * The browser shortcut (manifest `commands`, Alt+Shift+Q) in Firefox. Like Chromium's, it is not
 * fired by WebDriver key input (that goes to the page), only by a real key event: headed Firefox
 * under Xvfb (`npm run test:firefox` runs in xvfb-run) and `xdotool`. In Firefox the user changes
 * it in about:addons → ⚙ → Manage Extension Shortcuts.
 */
// Fails, never skips, without an X display.
test.beforeEach(() => {
  if (!process.env.DISPLAY)
    throw new Error('This test needs an X display: run through npm run test:firefox (xvfb-run)');
});
test.use({ firefoxHeaded: true });

test('Alt+Shift+Q (a real X key event) exits the active tab and erases it', async ({ ff, server, decoyUrl }) => {
  const sensitive = server.origin('sensitive.test');
  const page = await openTab(ff, `${sensitive}/p/one`);
  await page.goto(`${sensitive}/p/shortcut`);
  await page.bringToFront();
  await expect.poll(async () => (await historyUrls(ff)).filter((u) => u.startsWith(sensitive)).length).toBe(2);
  pressExitShortcut('QE-MARK-shortcut');
  await expect.poll(async () => (await openUrls(ff)).filter((u) => u.startsWith(sensitive))).toEqual([]);
  await expect.poll(() => openUrls(ff)).toContain(decoyUrl);
  await expect.poll(async () => (await historyUrls(ff)).filter((u) => u.startsWith(sensitive))).toEqual([]);
  await expect.poll(async () => (await recentlyClosedUrls(ff)).filter((u) => u.startsWith(sensitive))).toEqual([]);
});
