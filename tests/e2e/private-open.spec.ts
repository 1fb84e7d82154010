import { historyUrls, launchAllowedInIncognito, pressPanic } from './browser';
import { expect, expectExitedTo, openTab, pageAt, test } from './fixtures';
import { addBookmark, openPopup } from './pages/popup';

/**
 * "No window without an exit" (issue #13): a page the user opens from the popup (their own pages,
 * a hotline's Chat or Website) goes to a private window only where Quick Exit runs too. Where it
 * may not, nothing opens; the popup says so at the click and offers a normal tab whose visits are
 * erased as they happen (and where the panic keys work), or the steps to allow it.
 */

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`.toUpperCase();

test('not allowed in private windows: nothing opens, the popup says why at the click, and the normal tab it offers is erased and exits', async ({
  ext,
  sw,
  server,
  decoyUrl,
}) => {
  expect(await sw.evaluate(() => chrome.extension.isAllowedIncognitoAccess())).toBe(false);
  const marker = unique();
  const label = `Shelter QE${marker}`;
  const url = `${server.origin('bookmark.test')}/p/QE${marker}`;
  const control = `${server.origin('harmless.test')}/p/control${marker}`;
  await openTab(ext, control);
  const popup = await openPopup(ext);
  await addBookmark(popup, label, url);
  await popup.getByRole('button', { name: `Open ${label} in a private window` }).click();
  const notice = popup.getByRole('status').filter({ hasText: 'the panic keys would not work there' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Not opened: Quick Exit is not turned on in private windows');
  await expect(notice).toContainText('“Allow in Incognito”');
  await expect(notice.getByRole('button', { name: 'Open the extensions page' })).toBeVisible();
  // Nothing was opened: no private window asked the server for the page.
  await popup.waitForTimeout(1000);
  expect(server.requests.filter((r) => r.includes(`/p/QE${marker}`))).toEqual([]);

  // The same in Spanish.
  await popup.getByLabel('Language (idioma, langue)').selectOption('es');
  await popup.getByRole('button', { name: `Abrir ${label} en una ventana privada` }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'las teclas de pánico no funcionarían' })).toBeVisible();
  await popup.getByLabel('Idioma (language, langue)').selectOption('en');
  await popup.getByRole('button', { name: `Open ${label} in a private window` }).click();

  // The offer: a normal tab whose visits are erased as they happen.
  await popup.getByRole('button', { name: 'Open in a normal tab' }).click();
  const tab = await pageAt(ext, url);
  await expect.poll(async () => (await historyUrls(sw)).includes(control)).toBe(true);
  await new Promise((r) => setTimeout(r, 1500)); // History is written asynchronously
  expect((await historyUrls(sw)).filter((u) => u.includes(marker) && !u.includes('control'))).toEqual([]);
  // And Quick Exit works there: the panic keys exit it.
  await tab.bringToFront();
  await pressPanic(tab, 'escape');
  await expectExitedTo(ext, server.origin('bookmark.test'), decoyUrl);
});

test('allowed in private windows: the page opens in a private window, with no notice and nothing in History', async ({
  server,
}) => {
  const ext = await launchAllowedInIncognito();
  try {
    const sw = await ext.serviceWorker();
    expect(await sw.evaluate(() => chrome.extension.isAllowedIncognitoAccess())).toBe(true);
    const marker = unique();
    const label = `Shelter QE${marker}`;
    const url = `${server.origin('bookmark.test')}/p/QE${marker}`;
    const popup = await openPopup(ext);
    await addBookmark(popup, label, url);
    await popup
      .getByRole('button', { name: `Open ${label} in a private window` })
      .click()
      .catch(() => {});
    // The private window is out of Playwright's reach: the server saw it load.
    await expect.poll(() => server.requests.some((r) => r.includes(`/p/QE${marker}`))).toBe(true);
    // It is a window Quick Exit sees (it runs there), not a normal tab of this context.
    await expect
      .poll(() => sw.evaluate(async () => (await chrome.tabs.query({})).filter((t) => t.incognito).length))
      .toBe(1);
    // No normal tab shows it: every tab at the address is private. (Playwright's page list is no
    // witness here: it may list a private window's page under the persistent context, as on CI.)
    expect(
      await sw.evaluate(
        async (u) =>
          (await chrome.tabs.query({})).filter((t) => t.url === u || t.pendingUrl === u).map((t) => t.incognito),
        url,
      ),
    ).toEqual([true]);
    await new Promise((r) => setTimeout(r, 1500));
    expect((await historyUrls(sw)).filter((u) => u.includes(marker))).toEqual([]);
  } finally {
    await ext.close();
  }
});
