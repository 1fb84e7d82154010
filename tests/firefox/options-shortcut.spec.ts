import type { Page } from 'puppeteer-core';
import { setSettings } from './firefox';
import { expect, test } from './fixtures';

/**
 * Firefox: the options and welcome pages show the exit shortcut Firefox really has
 * (`commands.getAll()`), and the options say where Firefox changes it (about:addons), not
 * Chrome's page.
 */

/** Moves the extension tab to another of its pages (same origin: puppeteer keeps the frame). */
async function show(page: Page, file: string): Promise<void> {
  await page.evaluate((f) => location.assign(f), file).catch(() => {});
  await expect.poll(() => page.evaluate(() => location.pathname).catch(() => '')).toBe(`/${file}`);
}
const textOf = (page: Page, selector: string) =>
  page.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector).catch(() => '');

for (const language of ['en', 'es'] as const)
  test(`the options and welcome pages show Firefox's own exit shortcut (${language})`, async ({ ff }) => {
    await setSettings(ff, { language });
    const page = await ff.extensionPage();
    const shortcut = await page.evaluate(async () => {
      const b = (globalThis as unknown as { browser: typeof chrome }).browser;
      return (await b.commands.getAll()).find((c) => c.name === 'quick-exit')?.shortcut || null;
    });
    const shown = {
      en: shortcut ? `The browser shortcut is ${shortcut}.` : 'No browser shortcut is set.',
      es: shortcut ? `El atajo del navegador es ${shortcut}.` : 'No hay un atajo del navegador configurado.',
    }[language];

    await show(page, 'options.html');
    await expect.poll(() => textOf(page, '[data-testid="exit-shortcut"]')).toContain(shown);
    const text = await textOf(page, '[data-testid="exit-shortcut"]');
    expect(text).toContain('about:addons');
    expect(text).not.toContain('chrome://');

    await show(page, 'welcome.html');
    await expect
      .poll(() => textOf(page, '[data-testid="practice"] [data-testid="exit-shortcut"]'))
      .toContain(shortcut ?? (language === 'en' ? 'No browser shortcut' : 'No hay un atajo'));
  });
