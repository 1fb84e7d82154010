import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type TestServer } from './server';

/**
 * What the Chromium (tests/e2e) and Firefox (tests/firefox) suites share: the test server, the
 * decoy address, fresh profile folders and the built extension's folder (`QE_OUTDIR`).
 */

/** The built extension for `target` ('chrome-mv3' or 'firefox-mv3'); throws if it is not built. */
export function builtExtensionDir(target: 'chrome-mv3' | 'firefox-mv3'): string {
  return path.resolve(process.env.QE_OUTDIR ?? '.output', target);
}

export function requireBuilt(dir: string, command: string): void {
  if (!fs.existsSync(path.join(dir, 'manifest.json')))
    throw new Error(`No built extension at ${dir}: run "${command}" first.`);
}

/** A fresh, empty profile folder. */
export function newProfileIn(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** The worker-scoped test server fixture of both suites. */
export const serverFixture: [
  (args: object, use: (server: TestServer) => Promise<void>) => Promise<void>,
  { scope: 'worker' },
] = [
  async ({}, use) => {
    const server = await startServer();
    await use(server);
    await server.close();
  },
  { scope: 'worker' },
];

/** The decoy every test's settings point at: `http://decoy.test:PORT/decoy`. */
export const decoyUrlFixture = async ({ server }: { server: TestServer }, use: (url: string) => Promise<void>) =>
  use(`${server.origin('decoy.test')}/decoy`);
