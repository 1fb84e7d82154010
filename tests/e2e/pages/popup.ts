import { expect, type Page, type Worker } from '@playwright/test';
import type { Launched } from '../browser';
import { popupSearch } from '../../../utils/popup-url';
import { normalizeSettings } from '../../../utils/settings-schema';

/**
 * Opens the real popup page (`popup.html`) the way the tests can see it: in a small popup window
 * of its own, created from the service worker. (`chrome.action.openPopup()` opens the toolbar
 * popup in Chromium 156 too, but Playwright does not see that page.) Headless Chromium makes that
 * popup-type window a tab of the normal window (`windows.getAll()`: one normal window, popup.html
 * its active tab), so the popup's "this page" is that window's most recently used other tab: see
 * utils/active-page.ts.
 */
export async function openPopup(ext: Launched): Promise<Page> {
  const sw = await ext.serviceWorker();
  const url = await popupAddress(sw);
  const before = new Set(ext.context.pages());
  await sw.evaluate(
    (u) => chrome.windows.create({ url: u, type: 'popup', width: 400, height: 640, focused: true }).then(() => {}),
    url,
  );
  // Not simply the next new page: the welcome tab of a fresh install may open meanwhile.
  const end = Date.now() + 10_000;
  let page: Page | undefined;
  while (!(page = ext.context.pages().find((p) => !before.has(p) && p.url() === url))) {
    if (Date.now() > end) throw new Error('the popup window did not open');
    await new Promise((r) => setTimeout(r, 50));
  }
  await page.setViewportSize({ width: 380, height: 600 });
  await page.getByRole('button', { name: /Exit now|Salir ahora|Sortir maintenant/ }).waitFor();
  return page;
}

/**
 * The address the toolbar button opens: `popup.html` with the language and look of the stored
 * settings (utils/popup-url.ts), once the background has set it (it does on every change of the
 * settings: waits for that).
 */
export async function popupAddress(sw: Worker): Promise<string> {
  const end = Date.now() + 10_000;
  for (;;) {
    const [url, stored] = await sw.evaluate(async () => [
      await chrome.action.getPopup({}),
      (await chrome.storage.local.get('settings')).settings,
    ]);
    if (new URL(url).search === popupSearch(normalizeSettings(stored))) return url;
    if (Date.now() > end) throw new Error(`The toolbar popup's address does not follow the settings: ${url}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** What `storage.session` holds for the user's numbers and bookmarks. */
export async function sessionLists(sw: Worker): Promise<{ myNumbers?: unknown[]; myBookmarks?: unknown[] }> {
  return sw.evaluate(() => chrome.storage.session.get(['myNumbers', 'myBookmarks']));
}

/** Everything in `storage.local` (only the settings belong there). */
export async function localStorageArea(sw: Worker): Promise<Record<string, unknown>> {
  return sw.evaluate(() => chrome.storage.local.get(null));
}

/** Opens one of the popup's closed sections ("My numbers and pages", "Clear traces"…) by its heading button. */
export async function openSection(popup: Page, title: string | RegExp): Promise<void> {
  const button = popup.getByRole('heading', { name: title, exact: typeof title === 'string' }).getByRole('button');
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
}

/** The popup's text as a person reads it (closed sections and details hidden). */
export async function popupText(popup: Page): Promise<string> {
  return popup.evaluate(() => document.body.innerText);
}

/** Adds one of the user's numbers through the popup's "Add a number" form. */
export async function addNumber(popup: Page, label: string, phone: string): Promise<void> {
  await addEntry(popup, 'Add a number', label, 'Phone number', phone);
}

/** Adds one of the user's pages through the popup's "Add a page" form. */
export async function addBookmark(popup: Page, label: string, url: string): Promise<void> {
  await addEntry(popup, 'Add a page', label, 'Web address', url);
}

async function addEntry(popup: Page, form: string, label: string, field: string, value: string): Promise<void> {
  await openSection(popup, 'My numbers and pages');
  const entryForm = popup.getByRole('form', { name: form });
  await entryForm.getByLabel('Name').fill(label);
  await entryForm.getByLabel(field).fill(value);
  await entryForm.getByRole('button', { name: 'Add' }).click();
}
