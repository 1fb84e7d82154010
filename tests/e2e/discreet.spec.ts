import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Worker } from '@playwright/test';
import { findRevealingWords } from '../../utils/neutral-names';
import { CHROMIUM, launchWithExtension, newProfileDir, setSettings } from './browser';
import { expect, test } from './fixtures';

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

test('discreet mode: the neutral title is in place again after a browser restart', async () => {
  const first = await launchWithExtension();
  await setSettings(await first.serviceWorker(), { discreet: true, language: 'en' });
  await expect.poll(async () => title(await first.serviceWorker())).toBe('Notes');
  await first.close();
  const again = await launchWithExtension({ profileDir: first.profileDir });
  try {
    await expect.poll(async () => title(await again.serviceWorker())).toBe('Notes');
  } finally {
    await again.close();
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
    test(`${target}: no revealing word in manifest.json or _locales (en, es), and only neutral icons`, () => {
      // The scan can fail: the normal build's strings are caught.
      expect(findRevealingWords(fs.readFileSync('public/_locales/en/messages.json', 'utf8'))).not.toEqual([]);
      expect(findRevealingWords(fs.readFileSync('public/_locales/es/messages.json', 'utf8'))).not.toEqual([]);
      const manifestText = fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8');
      const manifest = JSON.parse(manifestText);
      // Keys and values alike (a command's name is a key).
      expect(findRevealingWords(manifestText), 'manifest.json').toEqual([]);
      const locales = fs.readdirSync(path.join(dir, '_locales'));
      expect(locales.toSorted()).toEqual(['en', 'es']);
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

  test('Chrome: the discreet build loads; its name and tooltip are "Notes" from the first moment', async () => {
    const context = await chromium.launchPersistentContext(newProfileDir(), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        `--disable-extensions-except=${chromeDir}`,
        `--load-extension=${chromeDir}`,
        '--no-first-run',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--lang=en-US',
      ],
    });
    try {
      const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      expect(await sw.evaluate(() => chrome.i18n.getMessage('extName'))).toBe('Notes');
      expect(await title(sw)).toBe('Notes');
      expect(await sw.evaluate(() => Object.keys(chrome.runtime.getManifest().commands ?? {}))).toEqual([
        'switch-page',
      ]);
    } finally {
      await context.close();
    }
  });
});
