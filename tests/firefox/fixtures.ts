import { test as base, expect } from '@playwright/test';
import type { TestServer } from '../e2e/server';
import { decoyUrlFixture, serverFixture } from '../e2e/shared-fixtures';
import { launchFirefox, setSettings, type LaunchedFirefox } from './firefox';

export { expect };

interface Fixtures {
  /** A fresh Firefox profile with Quick Exit installed; its decoy points at `decoy.test`. */
  ff: LaunchedFirefox;
  /** `http://decoy.test:PORT/decoy`. */
  decoyUrl: string;
  /** More preferences for `ff` (`test.use({ firefoxPrefs })`), e.g. more local host names. */
  firefoxPrefs: Record<string, string | number | boolean>;
}

export const test = base.extend<Fixtures, { server: TestServer }>({
  server: serverFixture,
  decoyUrl: decoyUrlFixture,
  firefoxPrefs: [{}, { option: true }],
  ff: async ({ decoyUrl, firefoxPrefs }, use) => {
    const launched = await launchFirefox({ prefs: firefoxPrefs });
    await setSettings(launched, { decoyUrl });
    await use(launched);
    await launched.close().catch(() => {});
  },
});
