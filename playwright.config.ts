import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: the built extension (`.output/chrome-mv3`, or `$QE_OUTDIR/chrome-mv3`) loaded
 * into Debian's Chromium. Each test gets a fresh profile; see tests/e2e/fixtures.ts.
 * Run through `npm run test:e2e`, which builds first and provides an X display (xvfb-run) for the
 * few tests that need a headed browser (browser shortcuts).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: 'test-results',
});
