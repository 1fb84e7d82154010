import type { Page, Worker } from '@playwright/test';
import { pressPanic, setSettings } from './browser';
import { expect, expectExitedTo, openTab, test } from './fixtures';

/**
 * The cover an exit puts over the page (utils/cloak.ts) cannot be stopped by the page and leaves
 * no fixed marker in it (issue #12, part 5). The cover is put up with the background's own
 * 'cloak' message, which hides a tab without closing it, so the hidden page can be looked at.
 */

/** Sends the background's 'cloak' message to the tab showing `url`, as an exit from the toolbar does. */
async function cloakTab(sw: Worker, url: string): Promise<void> {
  await sw.evaluate(async (u) => {
    const [tab] = await chrome.tabs.query({ url: u });
    await chrome.tabs.sendMessage(tab!.id!, { type: 'cloak' });
  }, url);
}

/** How many pixels of a screenshot of `page` are not pure white (decoded in another tab). */
async function nonWhitePixels(page: Page, decoder: Page): Promise<number> {
  const png = (await page.screenshot()).toString('base64');
  return decoder.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let count = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 255 || data[i + 1]! < 255 || data[i + 2]! < 255) count++;
    return count;
  }, png);
}

/** Every name spoken in the page's accessibility tree (closed shadow roots included). */
async function spokenNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { name?: { value?: string } }[] };
  await cdp.detach();
  return nodes.map((n) => String(n.name?.value ?? '')).filter(Boolean);
}

test('a page that predefines the old tag, defines custom elements and removes every added node stays hidden, and the exit completes', async ({
  ext,
  sw,
  server,
  decoyUrl,
}) => {
  const url = `${server.origin('sensitive.test')}/p/fight?fightcover=1`;
  const page = await openTab(ext, url);
  const decoder = await ext.context.newPage();
  await page.bringToFront();
  // The check can fail: the page itself is not white.
  expect(await nonWhitePixels(page, decoder)).toBeGreaterThan(100);

  const removed = page.waitForEvent('console', { predicate: (m) => /^removed [a-z]+-[a-z]+$/.test(m.text()) });
  await cloakTab(sw, url);
  // The page did remove the cover it saw (and made its name a self-removing custom element)...
  await removed;
  // ...yet nothing of the page shows: the hiding is an adopted style sheet, no node it can remove.
  await expect.poll(() => nonWhitePixels(page, decoder)).toBe(0);
  expect(await page.locator('h1').isVisible()).toBe(false);
  expect(await page.locator('qe-cloak').isVisible()).toBe(false);

  // A real exit from the same hostile page, loaded afresh: the tab goes and the decoy opens.
  await page.reload();
  await expect(page.locator('h1')).toBeVisible();
  await page.click('h1');
  await pressPanic(page, 'escape');
  await expectExitedTo(ext, server.origin('sensitive.test'), decoyUrl);
});

test('the cover has a new random name at every page load, no attribute, a closed shadow root, and says "Loading" (Spanish: "Cargando")', async ({
  ext,
  sw,
  server,
}) => {
  const url = `${server.origin('sensitive.test')}/p/marker`;
  const page = await openTab(ext, url);
  const seen: { name: string; attributes: number; openShadow: boolean; styles: number }[] = [];
  const cloakAndLook = async () => {
    // Records, in the page's own world, what an exit adds under <html>.
    await page.evaluate(() => {
      const w = window as unknown as { added: Element[] };
      w.added = [];
      new MutationObserver((rs) => rs.forEach((r) => w.added.push(...(r.addedNodes as unknown as Element[])))).observe(
        document.documentElement,
        { childList: true },
      );
    });
    await cloakTab(sw, url);
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).display)).toBe('none');
    await expect.poll(() => page.evaluate(() => (window as unknown as { added: Element[] }).added.length)).toBe(1);
    seen.push(
      await page.evaluate(() => {
        const [cover] = (window as unknown as { added: Element[] }).added;
        return {
          name: cover!.localName,
          attributes: cover!.attributes.length,
          openShadow: cover!.shadowRoot !== null,
          styles: document.querySelectorAll('style').length,
        };
      }),
    );
  };

  await cloakAndLook();
  expect(await spokenNames(page)).toContain('Loading');
  await setSettings(sw, { language: 'es' });
  await page.reload();
  await cloakAndLook();
  expect(await spokenNames(page)).toContain('Cargando');
  expect(await spokenNames(page)).not.toContain('Loading');

  for (const s of seen) {
    expect(s.name).toMatch(/^[a-z]{6}-[a-z]{6}$/);
    expect(s.name).not.toBe('qe-cloak');
    expect(s.attributes).toBe(0);
    expect(s.openShadow).toBe(false);
    expect(s.styles, 'no <style> element added to the page').toBe(0);
  }
  expect(seen[0]!.name).not.toBe(seen[1]!.name);
});
