import { openTab } from './firefox';
import { expect, test } from './fixtures';

/**
 * tests/e2e/cover.spec.ts in Firefox ESR: a page that predefines the old overlay's tag, defines
 * every new custom-element name as one that removes itself and removes every added node is still
 * hidden by the cover (the background's 'cloak' message, as the shortcut or the toolbar send it).
 */
test('a page that fights the cover is still hidden', async ({ ff, server }) => {
  const page = await openTab(ff, `${server.origin('sensitive.test')}/p/fight?fightcover=1`);
  const shown = () => page.evaluate(() => getComputedStyle(document.body).display !== 'none');
  expect(await shown()).toBe(true);
  const removed = new Promise<string>((resolve) =>
    page.on('console', (m) => /^removed [a-z]+-[a-z]+$/.test(m.text()) && resolve(m.text())),
  );
  await (
    await ff.extensionPage()
  ).evaluate(async () => {
    const b = (globalThis as unknown as { browser: typeof chrome }).browser;
    const [tab] = await b.tabs.query({ url: '*://sensitive.test/*' });
    await b.tabs.sendMessage(tab!.id!, { type: 'cloak' });
  });
  await removed;
  await expect.poll(shown).toBe(false);
  expect(await page.evaluate(() => document.querySelectorAll('style').length), 'no <style> added').toBe(0);
});
