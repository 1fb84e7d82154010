import { execFileSync } from 'node:child_process';
import { AxeBuilder } from '@axe-core/playwright';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { findRevealingWords, NEUTRAL_PAGE_TITLES } from '../../utils/neutral-names';
import { launchWithExtension, setSettings, stopServiceWorkers, type Launched } from './browser';
import { popupAddress } from './pages/popup';
import { expect, expectExitedTo, openTab, test } from './fixtures';

/**
 * Discreet presence: at run time (settings.discreet) the toolbar icon and tooltip turn neutral; the
 * discreet build's manifest and _locales give nothing away.
 */

/** Records every `action.setIcon` call of the background and whether Chromium accepted it. */
async function spyOnSetIcon(sw: Worker): Promise<void> {
  await sw.evaluate(() => {
    const g = globalThis as unknown as {
      qeIconCalls: { path: unknown; ok: boolean | string | null }[];
      browser?: typeof chrome;
    };
    g.qeIconCalls = [];
    for (const ns of new Set([chrome, g.browser].filter(Boolean) as (typeof chrome)[])) {
      const original = ns.action.setIcon.bind(ns.action) as (d: chrome.action.TabIconDetails) => Promise<void>;
      (ns.action as { setIcon: unknown }).setIcon = (details: chrome.action.TabIconDetails, cb?: () => void) => {
        const rec = { path: details.path, ok: null as boolean | string | null };
        g.qeIconCalls.push(rec);
        const p = original(details).then(
          () => void (rec.ok = true),
          (e: unknown) => void (rec.ok = String(e)),
        );
        if (cb) void p.then(cb);
        return cb ? undefined : p;
      };
    }
  });
}
const iconCalls = (sw: Worker) =>
  sw.evaluate(
    () => (globalThis as unknown as { qeIconCalls: { path: Record<string, string>; ok: unknown }[] }).qeIconCalls,
  );
const title = (sw: Worker) => sw.evaluate(() => chrome.action.getTitle({}));

test('discreet mode turns the toolbar neutral: title "Notes" (action.getTitle) and the notepad icon (setIcon accepted); off restores both', async ({
  sw,
}) => {
  expect(await title(sw)).toBe('Quick Exit');
  await spyOnSetIcon(sw);
  await setSettings(sw, { discreet: true, language: 'en' });
  await expect.poll(() => title(sw)).toBe('Notes');
  await expect
    .poll(async () => (await iconCalls(sw)).at(-1))
    .toEqual({
      path: expect.objectContaining({ '16': '/icon/neutral-16.png', '128': '/icon/neutral-128.png' }),
      ok: true,
    });
  expect(await sw.evaluate(() => chrome.action.getBadgeText({}))).toBe('');

  await setSettings(sw, { language: 'es' });
  await expect.poll(() => title(sw)).toBe('Notas');

  await setSettings(sw, { discreet: false });
  await expect.poll(() => title(sw)).toBe('Quick Exit');
  await expect
    .poll(async () => (await iconCalls(sw)).at(-1))
    .toEqual({ path: expect.objectContaining({ '16': '/icon/16.png' }), ok: true });
});

test('discreet mode: a worker stopped and woken again finds the neutral look still in place (its start only checks it)', async ({
  ext,
  sw,
  server,
}) => {
  await setSettings(sw, { discreet: true, language: 'en' });
  await expect.poll(() => title(sw)).toBe('Notes');
  await sw.evaluate(() => void ((globalThis as unknown as { qeBeforeStop: boolean }).qeBeforeStop = true));
  const page = await openTab(ext, `${server.origin('harmless.test')}/p/before-stop`);
  await stopServiceWorkers(page);
  // A navigation wakes the worker (webNavigation, history.onVisited).
  await page.goto(`${server.origin('harmless.test')}/p/wakes-the-worker`);
  const again = await ext.serviceWorker();
  expect(await again.evaluate(() => (globalThis as unknown as { qeBeforeStop?: boolean }).qeBeforeStop)).toBe(
    undefined,
  );
  expect(await title(again)).toBe('Notes');
  expect(await again.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
  // And it still follows the settings: off restores the product's title.
  await setSettings(again, { discreet: false });
  await expect.poll(() => title(again)).toBe('Quick Exit');
});

test('discreet mode: the neutral title, and the popup address that opens on the notes, are in place again after a browser restart', async () => {
  const first = await launchWithExtension();
  await setSettings(await first.serviceWorker(), { discreet: true, language: 'en' });
  await expect.poll(async () => title(await first.serviceWorker())).toBe('Notes');
  await first.close();
  const again = await launchWithExtension({ profileDir: first.profileDir });
  try {
    await expect.poll(async () => title(await again.serviceWorker())).toBe('Notes');
    // The popup's first frame paints from its address (utils/popup-url.ts): the notes view, never Exit now.
    expect(new URL(await popupAddress(await again.serviceWorker())).search).toBe('?lang=en&look=plain');
  } finally {
    await again.close();
  }
});

/** The user's word in these tests, and what the extension keeps of it (utils/discreet.ts). */
const WORD = 'Sunflower';
const WORD_DIGEST = crypto.createHash('sha256').update(`notes:${WORD.toLowerCase()}`).digest('hex');
const setWord = (sw: Worker) => sw.evaluate((d) => chrome.storage.local.set({ notesWord: d }), WORD_DIGEST);

/**
 * Everything a person or a screen reader gets from a page: its title, its text, and the labels,
 * titles, placeholders and alt texts of its elements.
 */
const shownText = (page: Page) =>
  page.evaluate(() =>
    [
      document.title,
      document.body.innerText,
      ...Array.from(document.querySelectorAll('[aria-label],[title],[placeholder],[alt]')).flatMap((e) =>
        ['aria-label', 'title', 'placeholder', 'alt'].map((a) => e.getAttribute(a) ?? ''),
      ),
    ].join('\n'),
  );

/**
 * Opens the toolbar popup's address (with the look the settings ask for) in a small popup window,
 * as the popup tests do (pages/popup.ts), without waiting for Exit now.
 */
async function openPopupWindow(context: BrowserContext, sw: Worker): Promise<Page> {
  const url = await popupAddress(sw);
  const before = new Set(context.pages());
  await sw.evaluate(
    (u) => chrome.windows.create({ url: u, type: 'popup', width: 400, height: 640, focused: true }).then(() => {}),
    url,
  );
  const end = Date.now() + 10_000;
  let page: Page | undefined;
  while (!(page = context.pages().find((p) => !before.has(p) && p.url() === url))) {
    if (Date.now() > end) throw new Error('the popup window did not open');
    await new Promise((r) => setTimeout(r, 50));
  }
  await page.waitForLoadState();
  return page;
}
const popupOf = async (ext: Launched) => openPopupWindow(ext.context, await ext.serviceWorker());

test('discreet mode: the popup opens on plain notes with no revealing word (en, es, fr); the word typed into the search shows the rest', async ({
  ext,
  sw,
}) => {
  await setWord(sw);
  await sw.evaluate(() =>
    chrome.storage.session.set({ myNumbers: [{ id: 'n1', label: 'Aunt Rosa', phone: '+1 555 0100' }] }),
  );
  // The scan can fail: the full popup is caught.
  const normal = await popupOf(ext);
  await expect(normal.getByRole('button', { name: 'Exit now' })).toBeVisible();
  expect(findRevealingWords(await shownText(normal))).not.toEqual([]);
  await normal.close();

  for (const [language, closeName, callName] of [
    ['en', 'Close page', 'Call 911'],
    ['es', 'Cerrar página', 'Llamar al 911'],
    ['fr', 'Fermer la page', 'Appeler le 911'],
  ] as const) {
    await setSettings(sw, { discreet: true, language, country: 'US' });
    const popup = await popupOf(ext);
    await expect(popup.getByRole('button', { name: closeName })).toBeFocused();
    await expect(popup.getByText('Aunt Rosa')).toBeVisible();
    await expect(popup.getByRole('link', { name: callName })).toHaveAttribute('href', 'tel:911');
    expect(findRevealingWords(await shownText(popup)), language).toEqual([]);
    expect(await popup.title()).toBe(language === 'es' ? 'Notas' : 'Notes');
    expect((await new AxeBuilder({ page: popup }).analyze()).violations, `axe ${language}`).toEqual([]);
    await popup.close();
  }

  await setSettings(sw, { language: 'en' });
  const popup = await popupOf(ext);
  const search = popup.getByLabel('Search notes');
  // Part of the word, or a search of the notes: still notes only.
  await search.fill('Sunflowe');
  await search.fill('rosa');
  await expect(popup.getByText('Aunt Rosa')).toBeVisible();
  expect(findRevealingWords(await shownText(popup))).toEqual([]);
  await search.fill(WORD.toLowerCase());
  await expect(popup.getByRole('button', { name: 'Exit now' })).toBeVisible();
  await expect(popup.getByRole('heading', { name: /help lines|hotlines/i }).first()).toBeVisible();
  // Closed and opened again: notes again.
  await popup.close();
  const again = await popupOf(ext);
  await expect(again.getByRole('button', { name: 'Close page' })).toBeVisible();
  await expect(again.getByRole('button', { name: 'Exit now' })).toHaveCount(0);
});

test('discreet mode without the word: "Close page" (focused, Enter) exits the tab like Exit now', async ({
  ext,
  sw,
  server,
  decoyUrl,
}) => {
  await setSettings(sw, { discreet: true, language: 'en' });
  const sensitive = `${server.origin('sensitive.test')}/p/discreet-close`;
  const page = await openTab(ext, sensitive);
  await page.bringToFront();
  const popup = await popupOf(ext);
  await expect(popup.getByRole('button', { name: 'Close page' })).toBeFocused();
  await popup.keyboard.press('Enter').catch(() => {}); // the popup closes itself
  await expectExitedTo(ext, server.origin('sensitive.test'), decoyUrl);
});

test('discreet mode: the options and welcome pages show only a word field; the set-up chooses the word, which then opens them', async ({
  ext,
  sw,
}) => {
  await setSettings(sw, { discreet: true, language: 'en' });
  const options = await openTab(ext, `chrome-extension://${ext.extensionId}/options.html`);
  // No word yet: the set-up asks for one.
  const choose = options.getByLabel(/^Word \(at least 4 letters\)/);
  await expect(choose).toBeVisible();
  expect(findRevealingWords(await shownText(options))).toEqual([]);
  await choose.fill('abc');
  await options.getByRole('button', { name: 'Save the word' }).click();
  await expect(options.getByRole('alert')).toHaveText('At least 4 letters.');
  await choose.fill(WORD);
  await options.getByRole('button', { name: 'Save the word' }).click();
  await expect(options.getByRole('group', { name: 'Keys that exit' })).toBeVisible();
  // Only a digest is kept, and the options never show the word.
  expect(await sw.evaluate(() => chrome.storage.local.get('notesWord'))).toEqual({ notesWord: WORD_DIGEST });
  expect(await shownText(options)).not.toContain(WORD);
  await expect(options.getByLabel(/^New word/)).toHaveValue('');

  for (const url of ['options.html', 'welcome.html']) {
    const page = await openTab(ext, `chrome-extension://${ext.extensionId}/${url}`);
    const field = page.getByLabel('Your word', { exact: true });
    await expect(field).toBeVisible();
    expect(findRevealingWords(await shownText(page)), url).toEqual([]);
    expect(findRevealingWords(await page.title()), url).toEqual([]);
    expect((await new AxeBuilder({ page }).analyze()).violations, `axe ${url}`).toEqual([]);
    await field.fill('daisy');
    await page.getByRole('button', { name: 'Open' }).click();
    await expect(page.getByRole('alert')).toHaveText('That is not the word.');
    await field.fill(` ${WORD.toUpperCase()} `);
    await page.getByRole('button', { name: 'Open' }).click();
    await expect(page.getByLabel('Your word', { exact: true })).toHaveCount(0);
    expect(findRevealingWords(await shownText(page)), `${url} after the word`).not.toEqual([]);
    if (url === 'welcome.html') {
      // The welcome page lets the user practise the word.
      const practise = page.getByLabel(/^Practice: type your word/);
      await practise.fill('daisy');
      await expect(page.getByText('That is your word', { exact: false })).toHaveCount(0);
      await practise.fill(WORD);
      await expect(page.getByRole('status').filter({ hasText: 'That is your word' })).toBeVisible();
    }
  }
});

test.describe('the discreet build', () => {
  // Serial: one worker builds once, and no two workers write the same output folder.
  test.describe.configure({ mode: 'serial', timeout: 180_000 });
  const outBase = path.resolve(process.env.QE_OUTDIR ?? '.output');
  const chromeDir = path.join(outBase, 'chrome-mv3-discreet');
  const firefoxDir = path.join(outBase, 'firefox-mv3-discreet');

  test.beforeAll(() => {
    // Built here, so the test always checks the current sources (`npm run build:discreet`).
    const wxt = path.resolve('node_modules/.bin/wxt');
    execFileSync(wxt, ['build', '--mode', 'discreet'], { stdio: 'pipe' });
    execFileSync(wxt, ['build', '-b', 'firefox', '--mv3', '--mode', 'discreet'], { stdio: 'pipe' });
  });

  for (const [target, dir] of [
    ['Chrome', chromeDir],
    ['Firefox', firefoxDir],
  ] as const)
    test(`${target}: no revealing word in manifest.json or _locales (en, es, fr), and only neutral icons`, () => {
      // The scan can fail: the normal build's strings are caught.
      expect(findRevealingWords(fs.readFileSync('public/_locales/en/messages.json', 'utf8'))).not.toEqual([]);
      expect(findRevealingWords(fs.readFileSync('public/_locales/es/messages.json', 'utf8'))).not.toEqual([]);
      expect(findRevealingWords(fs.readFileSync('public/_locales/fr/messages.json', 'utf8'))).not.toEqual([]);
      const manifestText = fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8');
      const manifest = JSON.parse(manifestText);
      // Keys and values alike (a command's name is a key).
      expect(findRevealingWords(manifestText), 'manifest.json').toEqual([]);
      const locales = fs.readdirSync(path.join(dir, '_locales'));
      expect(locales.toSorted()).toEqual(['en', 'es', 'fr']);
      for (const lang of locales) {
        const text = fs.readFileSync(path.join(dir, '_locales', lang, 'messages.json'), 'utf8');
        expect(findRevealingWords(text), `_locales/${lang}`).toEqual([]);
        const messages = JSON.parse(text) as Record<string, { message: string }>;
        for (const key of ['extName', 'extDescription', 'actionTitle', 'commandExit'])
          expect(messages[key]?.message, `${lang}.${key}`).toBeTruthy();
      }
      const icons = [
        ...Object.values(manifest.icons as Record<string, string>),
        ...Object.values((manifest.action?.default_icon ?? {}) as Record<string, string>),
      ];
      expect(icons.length).toBeGreaterThan(0);
      for (const icon of icons) {
        expect(icon).toMatch(/^icon\/neutral-\d+\.png$/);
        expect(fs.existsSync(path.join(dir, icon)), icon).toBe(true);
      }
      // The product icon is not even in the package.
      expect(fs.readdirSync(path.join(dir, 'icon')).filter((f) => !f.startsWith('neutral-'))).toEqual([]);
    });

  for (const [target, dir] of [
    ['Chrome', chromeDir],
    ['Firefox', firefoxDir],
  ] as const)
    test(`${target}: every page's static <title> is neutral`, () => {
      // The scan can fail: the sources' titles are caught.
      expect(findRevealingWords(fs.readFileSync('entrypoints/popup/index.html', 'utf8'))).not.toEqual([]);
      const pages = fs.readdirSync(dir).filter((f) => f.endsWith('.html'));
      expect(pages.toSorted()).toEqual(['options.html', 'popup.html', 'welcome.html']);
      for (const file of pages) {
        const html = fs.readFileSync(path.join(dir, file), 'utf8');
        const pageTitle = /<title>([^<]*)<\/title>/i.exec(html)?.[1];
        expect(pageTitle, file).toBe(NEUTRAL_PAGE_TITLES[file.replace('.html', '')]);
        expect(findRevealingWords(pageTitle ?? ''), file).toEqual([]);
      }
    });

  test('Chrome: the discreet build loads; its name and tooltip are "Notes" from the first moment', async () => {
    const launched = await launchWithExtension({ extensionDir: chromeDir, args: ['--lang=en-US'] });
    try {
      const sw = await launched.serviceWorker();
      expect(await sw.evaluate(() => chrome.i18n.getMessage('extName'))).toBe('Notes');
      expect(await title(sw)).toBe('Notes');
      expect(await sw.evaluate(() => Object.keys(chrome.runtime.getManifest().commands ?? {}))).toEqual([
        'switch-page',
      ]);
      // With no setting at all, the popup is the notes view, and says nothing revealing.
      const popup = await openPopupWindow(launched.context, sw);
      await expect(popup.getByRole('button', { name: 'Close page' })).toBeVisible();
      expect(findRevealingWords(await shownText(popup))).toEqual([]);
      expect(await popup.title()).toBe('Notes');
    } finally {
      await launched.close();
    }
  });
});
