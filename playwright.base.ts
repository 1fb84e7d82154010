import type { PlaywrightTestConfig } from '@playwright/test';

/**
 * What the Chromium (playwright.config.ts) and Firefox (playwright.firefox.config.ts) e2e runs share:
 * spec files, timeouts, two workers, one retry on CI, the list reporter.
 */
export function e2eConfig(c: { testDir: string; timeout: number; outputDir: string }): PlaywrightTestConfig {
  return {
    testDir: c.testDir,
    testMatch: '**/*.spec.ts',
    timeout: c.timeout,
    expect: { timeout: 10_000 },
    fullyParallel: true,
    workers: 2,
    retries: process.env.CI ? 1 : 0,
    reporter: [['list']],
    outputDir: c.outputDir,
  };
}
