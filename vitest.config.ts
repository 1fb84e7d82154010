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
    // Worker threads, not forks: the same 436 tests, ~50 s instead of ~59 s on 2 cores.
    pool: 'threads',
  },
});
