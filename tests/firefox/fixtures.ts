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
  /** `ff` headed (`test.use({ firefoxHeaded: true })`), for real X key events: needs a DISPLAY. */
  firefoxHeaded: boolean;
}

export const test = base.extend<Fixtures, { server: TestServer }>({
  server: serverFixture,
  decoyUrl: decoyUrlFixture,
  firefoxPrefs: [{}, { option: true }],
  firefoxHeaded: [false, { option: true }],
  ff: async ({ decoyUrl, firefoxPrefs, firefoxHeaded }, use) => {
    const launched = await launchFirefox({ prefs: firefoxPrefs, headed: firefoxHeaded });
    await setSettings(launched, { decoyUrl });
    await use(launched);
    await launched.close().catch(() => {});
  },
});
