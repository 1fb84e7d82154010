import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { historyUrls, launchAllowedInIncognito, launchWithExtension, setSettings, waitForNoPage } from './browser';
import { expect, openTab, pageAt, test } from './fixtures';
import { openPopup, sessionLists } from './pages/popup';
import { findMarker, printResidue } from './profile-audit';

/**
 * The toolbar popup, loaded from the built extension into Chromium: Exit now, the hotlines, the
 * user's own numbers and pages (storage.session only), input checks, accessibility, Spanish.
 */

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`.toUpperCase();

async function addNumber(popup: Page, label: string, phone: string) {
  const form = popup.getByRole('form', { name: 'Add a number' });
  await form.getByLabel('Name').fill(label);
  await form.getByLabel('Phone number').fill(phone);
  await form.getByRole('button', { name: 'Add' }).click();
}

async function addBookmark(popup: Page, label: string, url: string) {
  const form = popup.getByRole('form', { name: 'Add a page' });
  await form.getByLabel('Name').fill(label);
  await form.getByLabel('Web address').fill(url);
  await form.getByRole('button', { name: 'Add' }).click();
}

test('Exit now is focused when the popup opens, and Enter exits the sensitive tab', async ({
  ext,
  server,
  decoyUrl,
}) => {
  const sensitive = `${server.origin('sensitive.test')}/p/popup-exit`;
  const page = await openTab(ext, sensitive);
  const sw = await ext.serviceWorker();
  await expect.poll(async () => (await historyUrls(sw)).includes(sensitive)).toBe(true);
  await page.bringToFront();
  const popup = await openPopup(ext);
  // The first control, focused: Enter right after opening exits.
  await expect(popup.getByRole('button', { name: 'Exit now' })).toBeFocused();
  await popup.keyboard.press('Enter').catch(() => {}); // the popup closes itself
  await waitForNoPage(ext.context, server.origin('sensitive.test'));
  await expect(await pageAt(ext, decoyUrl)).toHaveTitle('Weather forecast');
  await expect
    .poll(async () => (await historyUrls(sw)).filter((u) => u.includes('sensitive.test')), { timeout: 8000 })
    .toEqual([]);
});

test('numbers and pages stay while the browser runs, leave no trace on disk, and are gone after a restart', async ({
  server,
}) => {
  const marker = unique();
  const numberLabel = `Sister QE${marker}N`;
  const phone = `+1 555 ${String(Date.now()).slice(-7)}`;
  const bookmarkLabel = `Shelter QE${marker}B`;
  const bookmarkUrl = `${server.origin('bookmark.test')}/p/QE${marker}U`;

  // Allowed in private windows: the bookmark opens in one (tests/e2e/private-open.spec.ts: when not).
  const ext = await launchAllowedInIncognito();
  let popup = await openPopup(ext);
  await addNumber(popup, numberLabel, phone);
  await addBookmark(popup, bookmarkLabel, bookmarkUrl);
  await expect(popup.getByText(numberLabel)).toBeVisible();
  await expect(popup.getByText(bookmarkLabel)).toBeVisible();

  // Reload the popup: still listed (storage.session lives as long as the browser).
  await popup.reload();
  await expect(popup.getByText(numberLabel)).toBeVisible();
  await expect(popup.getByText(phone)).toBeVisible();
  await expect(popup.getByText(bookmarkLabel)).toBeVisible();
  const sw = await ext.serviceWorker();
  expect(await sessionLists(sw)).toMatchObject({
    myNumbers: [{ label: numberLabel, phone }],
    myBookmarks: [{ label: bookmarkLabel, url: bookmarkUrl }],
  });
  expect(JSON.stringify(await sw.evaluate(() => chrome.storage.local.get(null)))).not.toContain(marker);

  // Open the bookmark: a private window loads it, and History never shows it.
  await popup.getByRole('button', { name: `Open ${bookmarkLabel} in a private window` }).click();
  await expect.poll(() => server.requests.some((r) => r.includes(`/p/QE${marker}U`))).toBe(true);
  await new Promise((r) => setTimeout(r, 1500)); // History is written asynchronously
  expect((await historyUrls(sw)).filter((u) => u.includes(marker))).toEqual([]);

  // Control: a marker written to storage.local must be found on disk, so the audit below can fail.
  const control = `QECONTROL${unique()}`;
  await sw.evaluate((m) => chrome.storage.local.set({ auditControl: m }), control);
  const profileDir = ext.profileDir;
  await ext.close();
  expect(findMarker(profileDir, control).length, 'control marker in storage.local').toBeGreaterThan(0);

  // The whole profile, byte by byte (UTF-8 and UTF-16LE): none of it was written to disk.
  for (const [what, needle] of [
    ['number label', numberLabel],
    ['number', phone],
    ['number digits', phone.replace(/\D/g, '')],
    ['bookmark label', bookmarkLabel],
    ['bookmark URL', bookmarkUrl],
    ['marker', marker],
  ]) {
    const residue = findMarker(profileDir, needle);
    printResidue(what, residue);
    expect(residue, what).toEqual([]);
  }

  // Relaunch on the same profile: gone.
  const again = await launchWithExtension({ profileDir });
  popup = await openPopup(again);
  await expect(popup.getByText('No numbers yet.')).toBeVisible();
  await expect(popup.getByText('No pages yet.', { exact: false })).toBeVisible();
  expect(await sessionLists(await again.serviceWorker())).toEqual({});
  await again.close();
});

test('edit and delete a number, and Forget all now empties both lists', async ({ ext, sw }) => {
  const popup = await openPopup(ext);
  await addNumber(popup, 'Aunt', '555 0100');
  await addBookmark(popup, 'Library', 'example.org/hours');
  await expect(popup.getByText('https://example.org/hours')).toBeVisible(); // a bare host reads as https
  await popup.getByRole('button', { name: 'Edit Aunt' }).click();
  const form = popup.getByRole('form', { name: 'Change a number' });
  await form.getByLabel('Name').fill('Aunt Rosa');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(popup.getByText('Aunt Rosa')).toBeVisible();
  expect((await sessionLists(sw)).myNumbers).toMatchObject([{ label: 'Aunt Rosa', phone: '555 0100' }]);
  await popup.getByRole('button', { name: 'Delete Aunt Rosa' }).click();
  await expect(popup.getByText('No numbers yet.')).toBeVisible();
  await addNumber(popup, 'Cousin', '555 0101');
  await popup.getByRole('button', { name: 'Forget all now' }).click();
  await expect(popup.getByText('Your numbers and pages are forgotten.')).toBeVisible();
  await expect(popup.getByText('No numbers yet.')).toBeVisible();
  await expect(popup.getByText('No pages yet.', { exact: false })).toBeVisible();
  expect(await sessionLists(sw)).toEqual({});
});

test('"Use this page" fills in the tab the user was looking at', async ({ ext, server }) => {
  const page = await openTab(ext, `${server.origin('harmless.test')}/p/this-page`);
  await page.bringToFront();
  const popup = await openPopup(ext);
  const form = popup.getByRole('form', { name: 'Add a page' });
  await form.getByRole('button', { name: 'Use this page' }).click();
  await expect(form.getByLabel('Web address')).toHaveValue(`${server.origin('harmless.test')}/p/this-page`);
  await expect(form.getByLabel('Name')).toHaveValue('QE-MARK-this-page');
});

test('bad input is refused with a message and never stored', async ({ ext, sw }) => {
  const popup = await openPopup(ext);
  const bookmarks = popup.getByRole('form', { name: 'Add a page' });
  const badUrls: [string, RegExp][] = [
    ['javascript:alert(1)', /http:\/\/ or https:\/\//],
    ['data:text/html,<h1>hi</h1>', /http:\/\/ or https:\/\//],
    ['file:///etc/passwd', /http:\/\/ or https:\/\//],
    ['chrome://settings', /http:\/\/ or https:\/\//],
    ['about:blank', /http:\/\/ or https:\/\//],
    ['chrome-extension://abcdefghijklmnop/popup.html', /http:\/\/ or https:\/\//],
    ['https://user:secret@example.org/', /user name or password/],
    ['http://exa mple.org', /not a web address/],
    ['', /type a web address/],
  ];
  for (const [url, message] of badUrls) {
    await bookmarks.getByLabel('Name').fill('Refused page');
    await bookmarks.getByLabel('Web address').fill(url);
    await bookmarks.getByRole('button', { name: 'Add' }).click();
    await expect(bookmarks.getByRole('alert'), url).toHaveText(message);
    await expect(bookmarks.getByLabel('Web address')).toHaveAttribute('aria-invalid', 'true');
  }
  // A pasted 10 MB string: capped by the input and by the check, and the popup stays responsive.
  const huge = 'x'.repeat(10 * 1024 * 1024);
  await bookmarks.getByLabel('Web address').fill(huge);
  expect((await bookmarks.getByLabel('Web address').inputValue()).length).toBeLessThanOrEqual(2048);
  await bookmarks.getByRole('button', { name: 'Add' }).click();
  await expect(bookmarks.getByRole('alert')).toHaveText(/too long/);

  const numbers = popup.getByRole('form', { name: 'Add a number' });
  const badNumbers: [string, string, RegExp][] = [
    ['Friend', 'call me later', /needs digits/],
    ['Friend', '+-() .', /needs digits/],
    ['Friend', '555-0100; DROP TABLE', /Use only digits/],
    ['Friend', '', /type a phone number/],
    ['', '555 0100', /type a name/],
    ['Friend', '5'.repeat(10 * 1024 * 1024), /too long/],
  ];
  for (const [label, phone, message] of badNumbers) {
    await numbers.getByLabel('Name').fill(label);
    await numbers.getByLabel('Phone number').fill(phone);
    await numbers.getByRole('button', { name: 'Add' }).click();
    await expect(numbers.getByRole('alert'), `${label} / ${phone.slice(0, 20)}`).toHaveText(message);
  }
  expect(await sessionLists(sw)).toEqual({});
  await expect(popup.getByText('No numbers yet.')).toBeVisible();
  await expect(popup.getByText('No pages yet.', { exact: false })).toBeVisible();
});

test('HTML in a label is shown as text, and right-to-left labels read right to left', async ({ ext }) => {
  const popup = await openPopup(ext);
  const html = '<img src=x onerror="document.title=1"><b>bold</b>';
  await addNumber(popup, html, '555 0102');
  await expect(popup.getByText(html, { exact: true })).toBeVisible();
  expect(await popup.locator('.entry-list img, .entry-list b').count()).toBe(0);
  const arabic = 'أختي سارة';
  await addNumber(popup, arabic, '٠١٢٣ ٤٥٦');
  const label = popup.getByText(arabic, { exact: true });
  await expect(label).toBeVisible();
  expect(await label.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  // Arabic-Indic digits are stored as digits a phone can dial.
  await expect(popup.getByText('0123 456', { exact: true })).toBeVisible();
});

test('hotlines: emergency first, only verified actions, caveats shown, country switch remembered', async ({
  ext,
  sw,
}) => {
  const popup = await openPopup(ext);
  const cards = popup.locator('.card');
  // navigator.language is en-US here: the United States list, 911 first.
  await expect(cards.first()).toHaveAttribute('data-hotline', 'us-911');
  const trafficking = popup.locator('[data-hotline="us-national-human-trafficking-hotline"]');
  await expect(trafficking.getByRole('link', { name: /^Call / })).toHaveAttribute('href', 'tel:18883737888');
  await expect(trafficking).toContainText('share tips with law enforcement');
  const dv = popup.locator('[data-hotline="us-national-domestic-violence-hotline"]');
  await expect(dv.getByRole('link', { name: /^Text / })).toHaveAttribute('href', 'sms:88788?&body=START');
  await expect(dv).toContainText('Text START to 88788');
  // RAINN's text number is confirmed only by secondary sources: no Text action.
  const rainn = popup.locator('[data-hotline="us-rainn-national-sexual-assault-hotline"]');
  await expect(rainn.getByRole('link', { name: /^Call / })).toBeVisible();
  await expect(rainn.getByRole('link', { name: /^Text / })).toHaveCount(0);
  await expect(rainn.getByRole('button', { name: /^Chat / })).toHaveCount(0);
  await expect(rainn.getByRole('button', { name: /^Website / })).toBeVisible();
  await expect(popup.locator('[data-hotline="us-trans-lifeline"]')).toContainText('Not 24/7');
  // Copy number puts the number as the data gives it on the clipboard.
  await trafficking.getByRole('button', { name: /^Copy number/ }).click();
  await expect(trafficking.getByRole('status')).toHaveText('Number copied.');
  const phoneField = popup.getByRole('form', { name: 'Add a number' }).getByLabel('Phone number');
  await phoneField.focus();
  await popup.keyboard.press('ControlOrMeta+V');
  await expect(phoneField).toHaveValue('1-888-373-7888');
  await phoneField.fill('');
  // Topic order.
  const ids = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-hotline')));
  expect(ids.indexOf('us-911')).toBeLessThan(ids.indexOf('us-national-human-trafficking-hotline'));
  expect(ids.indexOf('us-national-human-trafficking-hotline')).toBeLessThan(
    ids.indexOf('us-national-domestic-violence-hotline'),
  );
  expect(ids.indexOf('us-988-suicide-crisis-lifeline')).toBeLessThan(ids.indexOf('us-trans-lifeline'));
  expect(ids.indexOf('us-trans-lifeline')).toBeLessThan(ids.indexOf('us-childhelp-national-child-abuse-hotline'));

  await popup.getByLabel('Country').selectOption('MX');
  await expect(cards.first()).toHaveAttribute('data-hotline', 'mx-911');
  await expect(popup.locator('[data-hotline="mx-linea-nacional-contra-la-trata"]')).toBeVisible();
  await expect
    .poll(
      async () =>
        ((await sw.evaluate(() => chrome.storage.local.get('settings'))).settings as { country?: string })?.country,
    )
    .toBe('MX');
  await popup.reload();
  await expect(cards.first()).toHaveAttribute('data-hotline', 'mx-911');
});

test('the Spanish popup renders, chosen from the popup itself', async ({ ext, sw }) => {
  const popup = await openPopup(ext);
  await popup.getByLabel('Language (idioma)').selectOption('es');
  await expect(popup.getByRole('button', { name: 'Salir ahora' })).toBeVisible();
  await expect(popup.getByRole('heading', { name: 'Líneas de ayuda' })).toBeVisible();
  await expect(popup.getByText('No se guarda nada en esta computadora', { exact: false })).toBeVisible();
  await expect(popup.locator('html')).toHaveAttribute('lang', 'es');
  await expect
    .poll(
      async () =>
        ((await sw.evaluate(() => chrome.storage.local.get('settings'))).settings as { language?: string })?.language,
    )
    .toBe('es');
  // A refusal in Spanish too.
  const form = popup.getByRole('form', { name: 'Añadir una página' });
  await form.getByLabel('Nombre').fill('x');
  await form.getByLabel('Dirección web').fill('javascript:alert(1)');
  await form.getByRole('button', { name: 'Añadir' }).click();
  await expect(form.getByRole('alert')).toHaveText(/Solo se pueden usar direcciones web/);
});

for (const language of ['en', 'es'] as const) {
  test(`axe finds no accessibility violations in the popup (${language})`, async ({ ext, sw }) => {
    await setSettings(sw, { language });
    const popup = await openPopup(ext);
    if (language === 'en') await addNumber(popup, 'Friend', '555 0199');
    else {
      const form = popup.getByRole('form', { name: 'Añadir un número' });
      await form.getByLabel('Nombre').fill('Amiga');
      await form.getByLabel('Número de teléfono').fill('555 0199');
      await form.getByRole('button', { name: 'Añadir' }).click();
    }
    // Show an inline error too, so its markup is checked.
    await popup.locator('form').last().getByRole('button').first().click();
    await popup
      .locator('details.sources')
      .first()
      .evaluate((d) => ((d as HTMLDetailsElement).open = true));
    const results = await new AxeBuilder({ page: popup }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)).toEqual([]);
  });
}

test('screenshot of the popup for the README (docs/popup.png)', async ({ ext }) => {
  const popup = await openPopup(ext);
  await addNumber(popup, 'My sister', '+1 555 0100');
  await popup.evaluate(() => scrollTo(0, 0));
  await popup.getByRole('button', { name: 'Exit now' }).blur();
  await popup.screenshot({ path: 'docs/popup.png' });
  // The whole popup, for a reviewer (not committed).
  await popup.screenshot({ path: 'test-results/popup-full-en.png', fullPage: true });
  await popup.getByLabel('Language (idioma)').selectOption('es');
  await popup.getByRole('button', { name: 'Salir ahora' }).waitFor();
  await popup.screenshot({ path: 'test-results/popup-full-es.png', fullPage: true });
});

test('a page opened in a normal tab (private windows off) leaves no History entry', async ({ ext, sw, server }) => {
  const marker = unique();
  const first = `${server.origin('bookmark.test')}/p/QE${marker}A`;
  const second = `${server.origin('bookmark.test')}/p/QE${marker}B`;
  const control = `${server.origin('harmless.test')}/p/control${marker}`;
  await openTab(ext, control);
  const popup = await openPopup(ext);
  // What the popup sends after the user agrees, when windows.create({incognito}) was refused.
  const answer = await popup.evaluate((url) => chrome.runtime.sendMessage({ type: 'open-erased', url }), first);
  expect(answer).toEqual({ ok: true });
  const tab = await pageAt(ext, first);
  await tab.goto(second);
  await expect.poll(async () => (await historyUrls(sw)).includes(control)).toBe(true);
  await new Promise((r) => setTimeout(r, 1500));
  expect((await historyUrls(sw)).filter((u) => u.includes(marker) && !u.includes('control'))).toEqual([]);
  // Refused addresses are not opened.
  expect(
    await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'open-erased', url: 'javascript:alert(1)' })),
  ).toEqual({
    ok: false,
  });
});

test('the popup works with the keyboard alone, with a visible focus ring', async ({ ext, sw }) => {
  const popup = await openPopup(ext);
  await expect(popup.getByRole('button', { name: 'Exit now' })).toBeFocused();
  expect(await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
  // Tab from Exit now to the number form's Name field, type, Tab, type, Enter.
  const name = popup.getByRole('form', { name: 'Add a number' }).getByLabel('Name');
  for (let i = 0; i < 200 && !(await name.evaluate((el) => el === document.activeElement)); i++)
    await popup.keyboard.press('Tab');
  await expect(name).toBeFocused();
  await popup.keyboard.type('Neighbour');
  await popup.keyboard.press('Tab');
  await popup.keyboard.type('555 0123');
  await popup.keyboard.press('Enter');
  await expect(popup.getByText('Neighbour', { exact: true })).toBeVisible();
  expect((await sessionLists(sw)).myNumbers).toMatchObject([{ label: 'Neighbour', phone: '555 0123' }]);
});
