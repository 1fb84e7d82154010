import { defineConfig } from '@playwright/test';
import { e2eConfig } from './playwright.base';

/**
 * End-to-end tests: the built extension (`.output/chrome-mv3`, or `$QE_OUTDIR/chrome-mv3`) loaded
 * into Debian's Chromium. Each test gets a fresh profile; see tests/e2e/fixtures.ts.
 * Run through `npm run test:e2e`, which builds first and provides an X display (xvfb-run) for the
 * few tests that need a headed browser (browser shortcuts).
 */
export default defineConfig(e2eConfig({ testDir: 'tests/e2e', timeout: 60_000, outputDir: 'test-results' }));
