import type { Worker } from '@playwright/test';
import { pressPanic, setSettings, waitForNoPage, type Launched } from './browser';
import { expect, openTab, pageAt, test } from './fixtures';
import { openSection } from './pages/popup';

/**
 * "Forget my numbers and pages at every exit" (issue 12, on by default): a number the user saved
 * in the popup is not there when the popup is opened after an exit; with the option off it is.
 */

async function popupWithNumber(ext: Launched): Promise<void> {
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await openSection(popup, 'My numbers and pages');
  const form = popup.getByRole('form', { name: 'Add a number' });
  await form.getByLabel('Name').fill('Aunt Rosa');
  await form.getByLabel('Phone number').fill('+1 555 0100');
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(popup.getByText('Aunt Rosa')).toBeVisible();
  await popup.close();
}

async function exitOnce(ext: Launched, url: string, decoyUrl: string) {
  const page = await openTab(ext, url);
  await pressPanic(page, 'escape');
  await waitForNoPage(ext.context, url);
  await pageAt(ext, decoyUrl);
  // afterExit has run once the visit is erased and a moment has passed.
  await new Promise((r) => setTimeout(r, 1000));
}

const storedNumbers = (sw: Worker) =>
  sw.evaluate(() => chrome.storage.session.get('myNumbers').then((r) => r.myNumbers as unknown[] | undefined));

test('on by default: after an exit the popup shows none of the numbers saved before it', async ({
  ext,
  sw,
  server,
  decoyUrl,
}) => {
  await popupWithNumber(ext);
  expect(await storedNumbers(sw)).toHaveLength(1);
  await exitOnce(ext, `${server.origin('sensitive.test')}/p/forget-on`, decoyUrl);
  await expect.poll(() => storedNumbers(sw).then((n) => n ?? [])).toEqual([]);
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await expect(popup.getByRole('button', { name: /exit now/i })).toBeVisible();
  // The section open, so an empty list is what it shows, not a closed section hiding it.
  await openSection(popup, 'My numbers and pages');
  await expect(popup.getByRole('form', { name: 'Add a number' })).toBeVisible();
  await expect(popup.getByText('Aunt Rosa')).toHaveCount(0);
  await expect(popup.getByText('555 0100')).toHaveCount(0);
});

test('off: the numbers stay after an exit', async ({ ext, sw, server, decoyUrl }) => {
  await setSettings(sw, { forgetMyEntriesOnExit: false });
  await popupWithNumber(ext);
  await exitOnce(ext, `${server.origin('sensitive.test')}/p/forget-off`, decoyUrl);
  expect(await storedNumbers(sw)).toHaveLength(1);
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await openSection(popup, 'My numbers and pages');
  await expect(popup.getByText('Aunt Rosa')).toBeVisible();
});
