import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';
import { hotlineChunks } from './utils/hotline-split';

/**
 * Unit tests: pure logic under utils/ and components/, with WXT's fake browser, and the hotline
 * chunks the build makes (utils/hotline-split.ts).
 */
export default defineConfig({
  plugins: [WxtVitest(), hotlineChunks()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Worker threads, not forks, and the modules shared between the files a thread runs (WXT's
    // plugin, the polyfill, preact are imported once per thread, not once per file): the same
    // tests in ~14 s instead of ~52 s on 2 cores. A test that needs a module's fresh state asks
    // for it (`vi.resetModules()`, then a dynamic import); the fake browser is emptied before each
    // test (tests/unit/setup-fresh-browser.ts).
    pool: 'threads',
    isolate: false,
    setupFiles: ['tests/unit/setup-fresh-browser.ts'],
  },
});
