import { expect, test } from '@playwright/test';
import { launchWithExtension, setSettings } from '../e2e/browser';
import { openPopup } from '../e2e/pages/popup';

/**
 * Renders the popup (380×600, as a new user in the United States sees it), the options page and
 * the welcome page from the built extension, in English and Spanish, into docs/*.png.
 */
for (const lang of ['en', 'es'] as const) {
  test(`screenshots (${lang})`, async () => {
    const ext = await launchWithExtension();
    try {
      const sw = await ext.serviceWorker();
      await setSettings(sw, { language: lang, country: 'US' });

      const popup = await openPopup(ext);
      await expect(popup.locator('.hotlines .card').first()).toBeVisible();
      await popup.getByRole('button', { name: lang === 'en' ? 'Exit now' : 'Salir ahora' }).blur();
      await popup.screenshot({ path: `docs/popup-${lang}.png` });
      await popup.screenshot({ path: `docs/popup-${lang}-full.png`, fullPage: true });
      await popup.close();

      for (const name of ['options', 'welcome'] as const) {
        const page = await ext.context.newPage();
        await page.setViewportSize({ width: 900, height: 800 });
        await page.goto(`chrome-extension://${ext.extensionId}/${name}.html`);
        await page.locator('h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: `docs/${name}-${lang}.png`, fullPage: true });
        await page.close();
      }
    } finally {
      await ext.close();
    }
  });
}
