import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

/**
 * Every unit test file and every test starts with the fake browser as the global `browser` and
 * `chrome`, emptied (storage, tabs, listeners). The test files a thread runs share their modules
 * (vitest.config.ts, `isolate: false`): a `vi.unstubAllGlobals()` in one file also takes away the
 * globals WXT's own setup put there, and a module first imported after that (as
 * `@wxt-dev/browser`, which keeps what it finds) would keep nothing. So: before the file's
 * imports, and before each test.
 */
const stubBrowser = () => {
  vi.stubGlobal('chrome', fakeBrowser);
  vi.stubGlobal('browser', fakeBrowser);
};
stubBrowser();
beforeEach(() => {
  fakeBrowser.reset();
  stubBrowser();
});
