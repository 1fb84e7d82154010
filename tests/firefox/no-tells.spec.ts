import type { Page } from 'puppeteer-core';
import { openExtensionPage, openTab, openUrls, pressPanic, setSettings, type LaunchedFirefox } from './firefox';
import { expect, test } from './fixtures';

/**
 * Issue 12, part 2 ("Nothing announces an exit") in Firefox ESR, as tests/e2e/popup.spec.ts and
 * tests/e2e/forget-at-exit.spec.ts prove it in Chromium: the popup's text, every section open, is
 * the same before a real panic-key exit and after it; a number saved in the popup is forgotten at
 * the exit by default and kept with `forgetMyEntriesOnExit: false`.
 */

const NUMBER_LABEL = 'Aunt Rosa';
const NUMBER_PHONE = '+1 555 0100';

/** A fresh `popup.html` tab (the page the toolbar popup shows). */
async function openPopup(ff: LaunchedFirefox): Promise<Page> {
  const popup = await openExtensionPage(ff.browser);
  await popup.waitForSelector('section.popup-section h2 button');
  return popup;
}

/** Opens every closed section of the popup (heading buttons with `aria-expanded`), as a person would. */
async function openEverySection(popup: Page): Promise<void> {
  const closed = 'section.popup-section > h2 > button[aria-expanded="false"]';
  await expect.poll(() => popup.$$eval('section.popup-section', (s) => s.length)).toBeGreaterThan(2);
  for (let i = 0; i < 20 && (await popup.$(closed)); i++) await popup.click(closed);
  expect(await popup.$$eval(closed, (b) => b.length)).toBe(0);
}

/** The popup's text as read, every section open and the user's own sites shown. */
async function readPopup(ff: LaunchedFirefox): Promise<{ popup: Page; text: string }> {
  const popup = await openPopup(ff);
  await openEverySection(popup);
  // "Sites to keep hidden" lists the user's own sites only after a deliberate "show".
  await popup.waitForSelector('button[aria-controls="qe-sensitive-yours"]');
  await popup.click('button[aria-controls="qe-sensitive-yours"][aria-expanded="false"]');
  await expect
    .poll(() => popup.$eval('#qe-sensitive-yours', (e) => (e as HTMLElement).innerText.trim().length))
    .toBeGreaterThan(0);
  await expect.poll(() => popup.$$eval('.hotlines .card', (c) => c.length)).toBeGreaterThan(0);
  // Sections load what they show when opened: read once the text has stopped changing.
  const text = () => popup.evaluate(() => document.body.innerText);
  let last = '';
  await expect
    .poll(async () => {
      const now = await text();
      const stable = now === last;
      last = now;
      return stable;
    })
    .toBe(true);
  return { popup, text: last };
}

/** A real exit: a sensitive page, Escape twice, the decoy in its place, the clean-up given time. */
async function exitOnce(ff: LaunchedFirefox, url: string, decoyUrl: string): Promise<void> {
  const page = await openTab(ff, url);
  await pressPanic(page, 'escape');
  await expect.poll(async () => (await openUrls(ff)).filter((u) => u.startsWith(url))).toEqual([]);
  await expect.poll(() => openUrls(ff)).toContain(decoyUrl);
  await new Promise((r) => setTimeout(r, 1500)); // the exit's clean-up runs after the swap
}

/** Saves a number in "My numbers and pages" and checks the popup lists it. */
async function saveNumber(ff: LaunchedFirefox): Promise<void> {
  const popup = await openPopup(ff);
  await popup.click('#mine-heading button');
  await popup.waitForSelector('input[name="number-label"]');
  await popup.type('input[name="number-label"]', NUMBER_LABEL);
  await popup.type('input[name="number-phone"]', NUMBER_PHONE);
  await popup.click('form[aria-label="Add a number"] button[type="submit"]');
  await expect.poll(() => popup.evaluate(() => document.body.innerText)).toContain(NUMBER_LABEL);
  await popup.close();
}

/** The text of "My numbers and pages" in a fresh popup, the section open and its form there. */
async function myNumbersText(ff: LaunchedFirefox): Promise<string> {
  const popup = await openPopup(ff);
  await popup.click('#mine-heading button');
  await popup.waitForSelector('form[aria-label="Add a number"]');
  await new Promise((r) => setTimeout(r, 500)); // the list loads from storage.session
  const text = await popup.evaluate(() => document.body.innerText);
  await popup.close();
  return text;
}

test('the popup says nothing about an exit: its text, every section open, is the same before and after one', async ({
  ff,
  server,
  decoyUrl,
}) => {
  const before = await readPopup(ff);
  await before.popup.close();
  // The reading sees what the sections hold (so a difference after the exit would show).
  expect(before.text).toContain('My numbers and pages');
  expect(before.text).toMatch(/Clear traces now/);

  await exitOnce(ff, `${server.origin('sensitive.test')}/p/no-tells`, decoyUrl);

  const after = await readPopup(ff);
  expect(after.text).toEqual(before.text);
  expect(after.text).not.toMatch(/reopen|hid a page|hidden by|by an exit|last exit|cleared|sensitive\.test/i);
  await after.popup.close();
});

test('forget at exit, on by default: a number saved before an exit is gone from the popup after it', async ({
  ff,
  server,
  decoyUrl,
}) => {
  await saveNumber(ff);
  expect(await myNumbersText(ff)).toContain(NUMBER_LABEL); // shown before the exit, so the check can fail
  await exitOnce(ff, `${server.origin('sensitive.test')}/p/forget-on`, decoyUrl);
  const after = await myNumbersText(ff);
  expect(after).toContain('My numbers and pages');
  expect(after).not.toContain(NUMBER_LABEL);
  expect(after).not.toContain('555 0100');
});

test('forget at exit, off: a number saved before an exit is still in the popup after it', async ({
  ff,
  server,
  decoyUrl,
}) => {
  await setSettings(ff, { forgetMyEntriesOnExit: false });
  await saveNumber(ff);
  await exitOnce(ff, `${server.origin('sensitive.test')}/p/forget-off`, decoyUrl);
  const after = await myNumbersText(ff);
  expect(after).toContain(NUMBER_LABEL);
  expect(after).toContain('555 0100');
});
