import { defineConfig } from '@playwright/test';

/**
 * `npm run screenshots`: pictures of the popup, the options page and the welcome page, from the
 * real build (`.output/chrome-mv3`, or `$QE_OUTDIR/chrome-mv3`) in English and Spanish, written
 * into docs/ for the README. Not part of `npm test`.
 */
export default defineConfig({
  testDir: 'tests/screenshots',
  testMatch: '**/*.shots.ts',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  workers: 1,
  reporter: [['list']],
  outputDir: 'test-results/screenshots',
});
