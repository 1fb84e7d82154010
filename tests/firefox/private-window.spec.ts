import type { Page } from 'puppeteer-core';
import { openUrls, pressPanic, setSettings } from './firefox';
import { expect, test } from './fixtures';

/**
 * Private windows differ from Chromium's incognito (docs/DESIGN.md): where Chromium opens an incognito
 * window for an extension that is not allowed there (and resolves null), Firefox refuses with an
 * error until the user turns on "Run in Private Windows". With it on, the panic key works there.
 */

interface Opened {
  allowed: boolean;
  window?: { incognito: boolean; tabs: string[] } | null;
  error?: string;
}

async function openPrivateWindow(ext: Page, url: string): Promise<Opened> {
  return ext.evaluate(async (u) => {
    const b = (globalThis as unknown as { browser: typeof chrome }).browser;
    const allowed = await b.extension.isAllowedIncognitoAccess();
    try {
      const w = await b.windows.create({ url: u, incognito: true });
      const full = w?.id === undefined ? null : await b.windows.get(w.id, { populate: true });
      return {
        allowed,
        window: full && { incognito: full.incognito, tabs: (full.tabs ?? []).map((t) => t.pendingUrl ?? t.url ?? '') },
      };
    } catch (e) {
      return { allowed, error: (e as Error).message };
    }
  }, url);
}

test('private windows: refused until "Run in Private Windows" is on; then the panic key works there', async ({
  ff,
  server,
  decoyUrl,
}) => {
  const url = `${server.origin('sensitive.test')}/p/private`;
  await test.step('not allowed (the default): windows.create({ incognito }) is refused', async () => {
    const opened = await openPrivateWindow(await ff.extensionPage(), url);
    expect(opened).toEqual({ allowed: false, error: 'Extension does not have permission for incognito mode' });
    await new Promise((r) => setTimeout(r, 500));
    expect(await openUrls(ff)).not.toContain(url);
  });

  await test.step('allowed: the private window opens, and Escape twice swaps its tab for the decoy', async () => {
    await ff.reinstall(true);
    await setSettings(ff, { decoyUrl });
    const opened = await openPrivateWindow(await ff.extensionPage(), url);
    expect(opened.allowed).toBe(true);
    expect(opened.window?.incognito).toBe(true);
    await expect.poll(() => openUrls(ff)).toContain(url);
    const page = (await ff.browser.pages()).find((p) => p.url() === url)!;
    await expect.poll(() => page.evaluate(() => document.readyState)).toBe('complete');
    await pressPanic(page, 'escape');
    await expect.poll(async () => (await openUrls(ff)).includes(url)).toBe(false);
    await expect.poll(() => openUrls(ff)).toContain(decoyUrl);
    // The decoy took the tab's place in the private window.
    const windows = await (
      await ff.extensionPage()
    ).evaluate(async () => {
      const b = (globalThis as unknown as { browser: typeof chrome }).browser;
      return (await b.windows.getAll({ populate: true })).map((w) => ({
        incognito: w.incognito,
        tabs: (w.tabs ?? []).map((t) => t.url),
      }));
    });
    expect(windows.find((w) => w.incognito)?.tabs).toEqual([decoyUrl]);
  });
});
