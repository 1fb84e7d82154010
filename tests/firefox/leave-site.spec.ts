import { openTab, openUrls, pressExitShortcut, pressPanic, type LaunchedFirefox } from './firefox';
import { armedPage } from '../e2e/leave-site-page';
import { expect, test } from './fixtures';

/**
 * tests/e2e/leave-site.spec.ts in Firefox ESR: a sensitive page with a clicked (user-activated)
 * "Leave site?" (`beforeunload`) handler never keeps itself open through an exit started by the
 * popup's Exit now, the page keys or the browser shortcut. The control shows that closing the
 * same tab without Quick Exit's guard does bring the prompt, so these tests can fail.
 */

type Api = typeof chrome;

const gone = async (ff: LaunchedFirefox, origin: string) =>
  expect.poll(async () => (await openUrls(ff)).filter((u) => u.startsWith(origin))).toEqual([]);

test('control: closing such a tab without the guard shows "Leave site?"', async ({ ff, server }) => {
  const origin = server.origin('sensitive.test');
  const { dialogs } = await armedPage((url) => openTab(ff, url), origin, '1');
  const ext = await ff.extensionPage();
  // Not awaited: the removal waits for the prompt, which the page's dialog listener accepts.
  void ext
    .evaluate(async () => {
      const b = (globalThis as unknown as { browser: Api }).browser;
      const [tab] = await b.tabs.query({ url: '*://sensitive.test/*' });
      await b.tabs.remove(tab!.id!);
    })
    .catch(() => {});
  await gone(ff, origin);
  expect(dialogs).toEqual(['beforeunload']);
});

for (const variant of ['1', 'capture']) {
  const how = variant === 'capture' ? ' (handler in the capture phase)' : '';

  test(`popup Exit now: no "Leave site?"${how}`, async ({ ff, server, decoyUrl }) => {
    const origin = server.origin('sensitive.test');
    const { page, dialogs } = await armedPage((url) => openTab(ff, url), origin, variant);
    await page.bringToFront();
    // What the popup's Exit now sends (components/ExitNowButton.tsx), from an extension page.
    const ext = await ff.extensionPage();
    await ext.evaluate(async () => {
      const b = (globalThis as unknown as { browser: Api }).browser;
      const win = await b.windows.getLastFocused();
      await b.runtime.sendMessage({ type: 'exit-now', windowId: win.id });
    });
    await gone(ff, origin);
    await expect.poll(() => openUrls(ff)).toContain(decoyUrl);
    expect(dialogs).toEqual([]);
  });

  test(`page keys: no "Leave site?"${how}`, async ({ ff, server, decoyUrl }) => {
    const origin = server.origin('sensitive.test');
    const { page, dialogs } = await armedPage((url) => openTab(ff, url), origin, variant);
    await pressPanic(page, 'escape');
    await gone(ff, origin);
    await expect.poll(() => openUrls(ff)).toContain(decoyUrl);
    expect(dialogs).toEqual([]);
  });
}

test.describe('the browser shortcut', () => {
  // Fails, never skips, without an X display.
  test.beforeEach(() => {
    if (!process.env.DISPLAY)
      throw new Error('This test needs an X display: run through npm run test:firefox (xvfb-run)');
  });
  test.use({ firefoxHeaded: true });

  test('Alt+Shift+Q (a real X key event): no "Leave site?"', async ({ ff, server, decoyUrl }) => {
    const origin = server.origin('sensitive.test');
    const { page, dialogs } = await armedPage((url) => openTab(ff, url), origin, '1');
    await page.bringToFront();
    pressExitShortcut('QE-MARK-stay');
    await gone(ff, origin);
    await expect.poll(() => openUrls(ff)).toContain(decoyUrl);
    expect(dialogs).toEqual([]);
  });
});
