import { pressInWindowTitled } from './x-keys';
import type { Worker } from '@playwright/test';
import { launchWithExtension, openPopup, pressPanic, setSettings, type Launched } from './browser';
import { expect, expectExitedTo, openTab, test } from './fixtures';
import { armedPage } from './leave-site-page';

/**
 * A sensitive page with its own "Leave site?" (`beforeunload`) handler, armed by a click (user
 * activation), never keeps itself on screen through an exit, whatever starts the exit: the page
 * keys, the popup's Exit now, the browser shortcut. The control test shows the prompt does come
 * when the same tab is closed without Quick Exit's guard, so these tests can fail.
 *
 * `beforeunload=capture`: the page's handler listens in the capture phase (it then runs before
 * any later capture listener at the window, which the content script's guard is).
 */

test('control: closing such a tab without the guard shows "Leave site?"', async ({ ext, sw, server }) => {
  const { page, dialogs } = await armedPage((url) => openTab(ext, url), server.origin('sensitive.test'), '1');
  await sw.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ url: '*://sensitive.test/*' });
    await chrome.tabs.remove(tab!.id!);
  });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(dialogs).toEqual(['beforeunload']);
});

for (const variant of ['1', 'capture']) {
  const how = variant === 'capture' ? ' (handler in the capture phase)' : '';

  test(`popup Exit now: no "Leave site?"${how}`, async ({ ext, sw, server, decoyUrl }) => {
    const { page, dialogs } = await armedPage((url) => openTab(ext, url), server.origin('sensitive.test'), variant);
    await page.bringToFront();
    // "This page" for the popup is the active tab of the last focused normal window: wait until
    // the browser says so (a late tab, such as the install's welcome page, can take the front).
    await expect
      .poll(() =>
        sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.url ?? ''),
      )
      .toContain('sensitive.test');
    const popup = await openPopup(ext);
    await popup
      .getByRole('button', { name: 'Exit now' })
      .click()
      .catch(() => {}); // the popup closes itself
    await expectExitedTo(ext, server.origin('sensitive.test'), decoyUrl);
    expect(dialogs).toEqual([]);
  });

  test(`page keys: no "Leave site?"${how}`, async ({ ext, server, decoyUrl }) => {
    const { page, dialogs } = await armedPage((url) => openTab(ext, url), server.origin('sensitive.test'), variant);
    await pressPanic(page, 'escape');
    await expectExitedTo(ext, server.origin('sensitive.test'), decoyUrl);
    expect(dialogs).toEqual([]);
  });
}

test.describe('browser shortcut (real X key events)', () => {
  // Fails, never skips, without an X display.
  test.beforeEach(() => {
    if (!process.env.DISPLAY)
      throw new Error('This test needs an X display: run through `npm run test:e2e` (xvfb-run)');
  });
  let headed: Launched | undefined;
  test.afterEach(async () => {
    await headed?.close().catch(() => {});
  });

  for (const variant of ['1', 'capture']) {
    test(`Alt+Shift+Q: no "Leave site?"${variant === 'capture' ? ' (handler in the capture phase)' : ''}`, async ({
      server,
      decoyUrl,
    }) => {
      const launched = (headed = await launchWithExtension({ headed: true }));
      const sw: Worker = await launched.serviceWorker();
      await setSettings(sw, { decoyUrl });
      const { page, dialogs } = await armedPage(
        (url) => openTab(launched, url),
        server.origin('sensitive.test'),
        variant,
      );
      await page.bringToFront();
      const title = `QE-leave-site-${variant}-${Date.now().toString(36)}`;
      await page.evaluate((t) => (document.title = t), title);
      pressInWindowTitled(title, 'alt+shift+q');
      await expectExitedTo(launched, server.origin('sensitive.test'), decoyUrl);
      expect(dialogs).toEqual([]);
    });
  }
});
