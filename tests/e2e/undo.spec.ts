import crypto from 'node:crypto';
import type { Page } from '@playwright/test';
import { historyUrls, launchWithExtension, pressPanic, waitForNoPage, type Launched } from './browser';
import { expect, openTab, pageAt, test } from './fixtures';
import { findMarker, printResidue, SESSION_RESTORE } from './profile-audit';
import { servedPages } from './server';

/**
 * Undo a false alarm: after an exit the popup offers "Reopen the page I just hid" for 60 s, from
 * memory only (storage.session), then forgets it. The popup is opened as a tab
 * (chrome-extension://ID/popup.html), as Playwright cannot click the toolbar.
 */

const UNDO_KEY = 'undoHiddenPage';
const UNDO_ALARM = 'undo-hidden-page-expires';
const PAGE = 'undo-page';

/**
 * Visits a uniquely named sensitive page and exits it with Escape twice. The page is served with
 * `no-store`, so the HTTP cache does not keep it (clearing the cache is issue 4's work, not undo's).
 */
async function exitFromSensitivePage(ext: Launched, origin: (h: string) => string, decoyUrl: string) {
  // The marker is only in the query string: the page's title and favicon path do not carry it.
  const marker = `qe${crypto.randomBytes(6).toString('hex')}`;
  const url = `${origin('sensitive.test')}/nostore/${PAGE}?m=${marker}`;
  const page = await openTab(ext, url);
  await pressPanic(page, 'escape');
  await waitForNoPage(ext.context, url);
  await pageAt(ext, decoyUrl);
  const sw = await ext.serviceWorker();
  // The undo entry is written once the visits are erased.
  await expect.poll(() => sw.evaluate((k) => chrome.storage.session.get(k), UNDO_KEY)).toHaveProperty(UNDO_KEY);
  return { url, marker };
}

async function openPopup(ext: Launched): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await expect(popup.getByRole('button', { name: /exit now/i })).toBeVisible();
  return popup;
}

const storedUndo = (ext: Launched) =>
  ext.serviceWorker().then((sw) => sw.evaluate((k) => chrome.storage.session.get(k).then((r) => r[k]), UNDO_KEY));

test('undo: within 60 s the popup reopens the page an exit hid, in a normal tab, then forgets it', async ({
  ext,
  server,
  decoyUrl,
}) => {
  const { url } = await exitFromSensitivePage(ext, server.origin, decoyUrl);
  const popup = await openPopup(ext);
  await expect(popup.getByText(/reopening|normal tab it can appear in this browser’s history/i)).toBeVisible();
  // The offer never shows which page it was (someone else may open the popup).
  await expect(popup.locator('body')).not.toContainText('sensitive.test');
  await popup.getByRole('button', { name: 'Reopen the page I just hid' }).click();
  const reopened = await pageAt(ext, url);
  await expect(reopened).toHaveTitle(`QE-MARK-${PAGE}`);
  expect(await storedUndo(ext)).toBeUndefined();
  const again = await openPopup(ext);
  await expect(again.getByRole('button', { name: 'Reopen the page I just hid' })).toHaveCount(0);
});

test('undo: "Reopen in a private window" loads the page there, adds nothing to history, then forgets it', async ({
  ext,
  server,
  decoyUrl,
}) => {
  const { url, marker } = await exitFromSensitivePage(ext, server.origin, decoyUrl);
  const sw = await ext.serviceWorker();
  await expect.poll(async () => (await historyUrls(sw)).filter((u) => u.includes(marker))).toEqual([]);
  const servedBefore = servedPages.get(PAGE) ?? 0;
  const popup = await openPopup(ext);
  await popup.getByRole('button', { name: 'Reopen in a private window' }).click();
  // The private window is out of the extension's and Playwright's reach: the server saw it load.
  await expect.poll(() => servedPages.get(PAGE) ?? 0).toBe(servedBefore + 1);
  expect(ext.context.pages().some((p) => p.url() === url)).toBe(false);
  expect(await storedUndo(ext)).toBeUndefined();
  await new Promise((r) => setTimeout(r, 1000)); // a history write would have landed by now
  expect((await historyUrls(sw)).filter((u) => u.includes(marker))).toEqual([]);
});

test('undo expiry, checked on read: an entry 61 s old is not offered and is deleted when the popup reads it', async ({
  ext,
  server,
  decoyUrl,
}) => {
  await exitFromSensitivePage(ext, server.origin, decoyUrl);
  const sw = await ext.serviceWorker();
  // Age the real entry by 61 s (the 60 s window is a constant in the built extension).
  await sw.evaluate(async (k) => {
    const entry = (await chrome.storage.session.get(k))[k] as { hiddenAt: number };
    await chrome.storage.session.set({ [k]: { ...entry, hiddenAt: Date.now() - 61_000 } });
  }, UNDO_KEY);
  const popup = await openPopup(ext);
  await expect.poll(() => storedUndo(ext)).toBeUndefined();
  await expect(popup.getByRole('button', { name: /reopen/i })).toHaveCount(0);
});

test('undo expiry, by alarm: an alarm is set for 60 s after the exit, and when it fires the entry is deleted', async ({
  ext,
  server,
  decoyUrl,
}) => {
  await exitFromSensitivePage(ext, server.origin, decoyUrl);
  const sw = await ext.serviceWorker();
  const { alarm, entry } = await sw.evaluate(
    async ([k, a]) => ({
      alarm: await chrome.alarms.get(a),
      entry: (await chrome.storage.session.get(k))[k] as { hiddenAt: number },
    }),
    [UNDO_KEY, UNDO_ALARM] as const,
  );
  expect(alarm?.scheduledTime).toBe(entry.hiddenAt + 60_000);
  // Bring the same alarm forward to fire in 1 s (unpacked extensions may) and wait, reading nothing:
  // only the alarm handler can delete the entry. (Whether it also wakes a stopped worker cannot be
  // shown here: Playwright's attached debugger keeps the worker alive.)
  await sw.evaluate((a) => chrome.alarms.create(a, { when: Date.now() + 1000 }), UNDO_ALARM);
  await expect
    .poll(() => sw.evaluate((k) => chrome.storage.session.get(k).then((r) => r[k]), UNDO_KEY), { timeout: 15_000 })
    .toBeUndefined();
  expect(await sw.evaluate((a) => chrome.alarms.get(a), UNDO_ALARM)).toBeUndefined();
});

test('after the browser closes, no file of the profile holds the undo URL (besides the session-restore file every visit leaves)', async ({
  server,
  decoyUrl,
}) => {
  const ext = await launchWithExtension();
  let marker = '';
  try {
    const sw = await ext.serviceWorker();
    await sw.evaluate(async (d) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), decoyUrl: d } });
    }, decoyUrl);
    ({ marker } = await exitFromSensitivePage(ext, server.origin, decoyUrl));
    const popup = await openPopup(ext);
    await expect(popup.getByRole('button', { name: 'Reopen the page I just hid' })).toBeVisible();
    // Sanity: the URL is really held (in memory) while the browser runs, so the search can fail.
    expect(JSON.stringify(await storedUndo(ext))).toContain(marker);
  } finally {
    await ext.close();
  }
  const residue = findMarker(ext.profileDir, marker);
  printResidue(`undo URL marker ${marker}`, residue);
  // docs/DESIGN.md: Chromium's Sessions/ file keeps every visited URL until a restart or two, and no
  // extension API clears it; that comes from the visit, not from the undo entry.
  expect(residue.filter((r) => !SESSION_RESTORE.test(r.file))).toEqual([]);
});
