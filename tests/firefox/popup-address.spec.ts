import { EXTENSION_ORIGIN, setSettings } from './firefox';
import { expect, test } from './fixtures';

/**
 * Firefox ESR keeps the toolbar popup's address with its settings (utils/popup-url.ts), as
 * tests/e2e/popup.spec.ts proves in Chromium: the background sets `popup.html?lang=…&look=…` at each
 * change of the settings, and the page at that address opens on the right first control.
 */

test("the toolbar popup's address follows the language and the look, and the popup opens on them", async ({ ff }) => {
  const ext = await ff.extensionPage();
  const address = () =>
    ext.evaluate(() =>
      (globalThis as unknown as { browser: typeof chrome }).browser.action.getPopup({}),
    ) as Promise<string>;
  await setSettings(ff, { language: 'es' });
  await expect.poll(address).toBe(`${EXTENSION_ORIGIN}/popup.html?lang=es&look=full`);
  await setSettings(ff, { language: 'en', discreet: true });
  await expect.poll(address).toBe(`${EXTENSION_ORIGIN}/popup.html?lang=en&look=plain`);

  for (const [settings, first] of [
    [{ language: 'en', discreet: true }, 'Close page'],
    [{ language: 'es', discreet: false }, 'Salir ahora'],
  ] as const) {
    await setSettings(ff, settings);
    await expect.poll(address).toContain(`?lang=${settings.language}&`);
    const popup = await ff.browser.newPage();
    // The tab moves to the extension's process, which detaches puppeteer's frame: do not wait for goto.
    void popup.goto(await address()).catch(() => {});
    await expect
      .poll(() => popup.evaluate(() => document.activeElement?.textContent ?? '').catch(() => ''), { timeout: 10_000 })
      .toBe(first);
    await popup.close();
  }
});
