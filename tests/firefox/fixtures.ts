import { test as base, expect } from '@playwright/test';
import { startServer, type TestServer } from '../e2e/server';
import { launchFirefox, setSettings, type LaunchedFirefox } from './firefox';

export { expect };

interface Fixtures {
  /** A fresh Firefox profile with Quick Exit installed; its decoy points at `decoy.test`. */
  ff: LaunchedFirefox;
  /** `http://decoy.test:PORT/decoy`. */
  decoyUrl: string;
}

export const test = base.extend<Fixtures, { server: TestServer }>({
  server: [
    async ({}, use) => {
      const server = await startServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  decoyUrl: async ({ server }, use) => use(`${server.origin('decoy.test')}/decoy`),
  ff: async ({ decoyUrl }, use) => {
    const launched = await launchFirefox();
    await setSettings(launched, { decoyUrl });
    await use(launched);
    await launched.close().catch(() => {});
  },
});
