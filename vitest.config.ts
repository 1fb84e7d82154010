import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

/** Unit tests: pure logic under utils/ and components/, with WXT's fake browser. */
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
