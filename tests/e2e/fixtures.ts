import { test as base, expect, type Page, type Worker } from '@playwright/test';
import { launchWithExtension, setSettings, waitForNoPage, type Launched } from './browser';
import type { TestServer } from './server';
import { decoyUrlFixture, serverFixture } from './shared-fixtures';

export { expect };

interface Fixtures {
  /** A fresh profile with Quick Exit loaded; its decoy points at `decoy.test`. */
  ext: Launched;
  sw: Worker;
  /** `http://decoy.test:PORT/decoy`. */
  decoyUrl: string;
  /**
   * What to do with the welcome tab a fresh install opens: 'close' it (default, so every test
   * starts from the same tabs and no late tab steals focus) or 'keep' it (the welcome tests).
   */
  welcomeTab: 'close' | 'keep';
}

export const test = base.extend<Fixtures, { server: TestServer }>({
  server: serverFixture,
  decoyUrl: decoyUrlFixture,
  welcomeTab: ['close', { option: true }],
  ext: async ({ decoyUrl, welcomeTab }, use) => {
    const launched = await launchWithExtension();
    await setSettings(await launched.serviceWorker(), { decoyUrl });
    if (welcomeTab === 'close') await (await pageAt(launched, welcomeUrl(launched))).close();
    await use(launched);
    await launched.close().catch(() => {});
  },
  sw: async ({ ext }, use) => use(await ext.serviceWorker()),
});

/** The welcome page, opened once on install. */
export const welcomeUrl = (ext: Launched) => `chrome-extension://${ext.extensionId}/welcome.html`;

/** Opens a new tab at `url` and waits for it to load. */
export async function openTab(ext: Launched, url: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(url);
  return page;
}

/** The one open page showing `url` (waits for it). */
export async function pageAt(ext: Launched, url: string, timeout = 10_000): Promise<Page> {
  const end = Date.now() + timeout;
  for (;;) {
    const found = ext.context.pages().find((p) => p.url() === url);
    if (found) return found;
    if (Date.now() > end) throw new Error(`No page at ${url}; open: ${ext.context.pages().map((p) => p.url())}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** An exit is done: no page of `origin` is left, and the decoy (the test server's weather page) is shown. */
export async function expectExitedTo(ext: Launched, origin: string, decoyUrl: string): Promise<void> {
  await waitForNoPage(ext.context, origin);
  await expect(await pageAt(ext, decoyUrl)).toHaveTitle('Weather forecast');
}
