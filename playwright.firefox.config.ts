import { defineConfig } from '@playwright/test';
import { e2eConfig } from './playwright.base';

/**
 * End-to-end tests in Firefox ESR: the Firefox MV3 build (`.output/firefox-mv3`) installed as a
 * temporary add-on, driven by puppeteer-core over WebDriver BiDi (tests/firefox/firefox.ts).
 * Playwright Test is only the runner here. Run through `npm run test:firefox`, which builds first
 * and provides an X display (xvfb-run) for the shortcut test, the one headed test.
 */
export default defineConfig(
  e2eConfig({ testDir: 'tests/firefox', timeout: 120_000, outputDir: 'test-results/firefox' }),
);
