import { AxeBuilder } from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { exitShortcut, setSettings } from './browser';
import { expect, test } from './fixtures';
import { localStorageArea, openPopup } from './pages/popup';
import type { Launched } from './browser';

/**
 * The options page: every setting saved at once to storage.local (settings only), decoy
 * addresses checked, keyboard operable, English and Spanish, no axe violations.
 */

async function openOptions(ext: Launched): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

const settingsOf = async (sw: Worker) => (await localStorageArea(sw)).settings as Record<string, unknown>;

test('every setting is saved to storage.local as it changes', async ({ ext, sw }) => {
  await setSettings(sw, { decoyUrl: 'https://www.bbc.com/weather' });
  const page = await openOptions(ext);
  await page.getByRole('radio', { name: 'Wikipedia (www.wikipedia.org)' }).check();
  await expect.poll(async () => (await settingsOf(sw)).decoyUrl).toBe('https://www.wikipedia.org/');
  expect((await settingsOf(sw)).decoyChosen).toBe(true);
  await expect(page.locator('.saved[role="status"]')).toHaveText('Saved.');

  await page.getByRole('checkbox', { name: 'Shift three times' }).uncheck();
  await page.getByRole('checkbox', { name: 'A single Escape' }).check();
  await expect
    .poll(async () => (await settingsOf(sw)).triggers)
    .toEqual({ doubleEscape: true, tripleShift: false, singleEscape: true });

  await page.getByRole('checkbox', { name: /whole window/ }).check();
  await page.getByRole('checkbox', { name: /Other open tabs/ }).uncheck();
  await page.getByRole('checkbox', { name: /One click/ }).check();
  await page.getByRole('checkbox', { name: /saved site data/ }).uncheck();
  await page.getByRole('checkbox', { name: /as they happen/ }).uncheck();
  await page.getByRole('checkbox', { name: /Discreet mode/ }).check();
  const country = page.getByRole('combobox', { name: 'Country for help lines' });
  await country.fill('United K');
  await country.press('Enter');
  await expect
    .poll(() => settingsOf(sw))
    .toMatchObject({
      closeWholeWindow: true,
      closeSameSiteTabs: false,
      oneClickToolbar: true,
      clearSiteDataOnExit: false,
      eraseSensitiveAsVisited: false,
      discreet: true,
      country: 'GB',
    });
  // One-click exit took effect: the toolbar button has no popup any more.
  await expect.poll(() => sw.evaluate(() => chrome.action.getPopup({}))).toBe('');

  // storage.local holds the settings and nothing else (but first-run's "welcome shown" flag).
  expect(
    Object.keys(await localStorageArea(sw)).filter((k) => !k.startsWith('settings') && k !== 'welcomeShown'),
  ).toEqual([]);

  // Reload: the page shows what is stored. (Discreet mode off again first: a page opened in
  // discreet mode asks for the user's word, tests/e2e/discreet.spec.ts.)
  await setSettings(sw, { discreet: false });
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Wikipedia (www.wikipedia.org)' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Shift three times' })).not.toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Country for help lines' })).toHaveValue('United Kingdom');
});

test('the country is searched and chosen by keyboard; the popup then lists its emergency number first', async ({
  ext,
  sw,
}) => {
  const page = await openOptions(ext);
  const box = page.getByRole('combobox', { name: 'Country for help lines' });
  const list = page.getByRole('listbox', { name: 'Country for help lines' });
  // Tab to the box, as a keyboard user does.
  for (let i = 0; i < 60 && !(await box.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  // Nothing chosen yet: the box shows the automatic choice, with the guess (en-US here).
  await expect(box).toHaveValue('Guess from the browser language (United States)');
  await expect(box).toHaveAttribute('aria-expanded', 'false');

  // Typing filters (names in any language and other names: "Northern Ireland" is the UK); the
  // arrows move the active option.
  await page.keyboard.type('ir');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  const options = list.getByRole('option');
  await expect(options).toHaveText(['Ireland', 'United Kingdom']);
  await expect(page.getByRole('status').filter({ hasText: 'countries' })).toHaveText('2 countries');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  let active = await box.getAttribute('aria-activedescendant');
  await expect(page.locator(`[id="${active}"]`)).toHaveText('United Kingdom');
  await page.keyboard.press('ArrowUp');
  active = await box.getAttribute('aria-activedescendant');
  await expect(page.locator(`[id="${active}"]`)).toHaveText('Ireland');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  // Escape closes the list and puts the chosen name back: nothing was saved.
  await page.keyboard.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(box).toHaveValue('Guess from the browser language (United States)');
  expect((await settingsOf(sw))?.country ?? null).toBeNull();

  // Search again, in Spanish spelling with its accent, and choose with Enter.
  await box.fill('');
  await page.keyboard.type('Perú');
  await expect(options).toHaveText(['Peru']);
  await page.keyboard.press('Enter');
  await expect(box).toHaveValue('Peru');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect.poll(async () => (await settingsOf(sw)).country).toBe('PE');

  // The popup uses the choice: Peru's lines, the emergency number (the police, said so) first.
  const popup = await openPopup(ext);
  const cards = popup.locator('.card');
  await expect(cards.first()).toHaveAttribute('data-hotline', 'pe-105-pnp');
  await expect(cards.first().getByRole('link', { name: /^Call / })).toHaveAttribute('href', 'tel:105');
  await expect(cards.first()).toContainText('This is the police');
  await expect(popup.locator('[data-hotline="pe-linea-100"]')).toBeVisible();

  // Back to the automatic choice, from the top of the list (Home), by keyboard.
  await box.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(box).toHaveValue('Guess from the browser language (United States)');
  await expect.poll(async () => (await settingsOf(sw)).country).toBeNull();
});

test('a country with few lines still lists its emergency number first (Guatemala)', async ({ ext, sw }) => {
  await setSettings(sw, { country: 'GT' });
  const popup = await openPopup(ext);
  const cards = popup.locator('.card');
  await expect(cards).toHaveCount(2);
  await expect(cards.first()).toHaveAttribute('data-hotline', 'gt-110-pnc');
  await expect(cards.first()).toContainText('This is the police');
  // Hours not confirmed: the card's details say so instead of claiming 24/7.
  await cards
    .first()
    .getByRole('button', { name: /^Details/ })
    .click();
  await expect(cards.first()).toContainText('Hours not confirmed');
});

test('the last exit key cannot be turned off', async ({ ext, sw }) => {
  const page = await openOptions(ext);
  await page.getByRole('checkbox', { name: 'Shift three times' }).uncheck();
  await expect
    .poll(async () => ((await settingsOf(sw))?.triggers as { tripleShift: boolean })?.tripleShift)
    .toBe(false);
  await page.getByRole('checkbox', { name: /Escape twice/ }).click(); // refused: it flips back
  await expect(page.getByRole('checkbox', { name: /Escape twice/ })).toBeChecked();
  await expect(page.getByRole('alert')).toHaveText(/At least one key must stay on/);
  expect(((await settingsOf(sw)).triggers as { doubleEscape: boolean }).doubleEscape).toBe(true);
});

test('a decoy address of your own is checked before it is saved', async ({ ext, sw, decoyUrl }) => {
  const page = await openOptions(ext);
  const before = (await settingsOf(sw)).decoyUrl;
  await page.getByRole('radio', { name: 'Another page' }).check();
  const field = page.getByLabel('Address of another page');
  for (const [bad, message] of [
    ['javascript:alert(1)', /http:\/\/ or https:\/\//],
    ['data:text/html,hi', /http:\/\/ or https:\/\//],
    ['chrome://settings', /http:\/\/ or https:\/\//],
    ['https://user:pw@example.org/', /user name or password/],
  ] as const) {
    await field.fill(bad);
    await page.getByRole('button', { name: 'Save this address' }).click();
    await expect(page.getByRole('alert')).toHaveText(message);
    expect((await settingsOf(sw)).decoyUrl).toBe(before);
  }
  // A 1 MB paste is refused whole with a message (never cut to a different address).
  await field.fill('');
  await field.fill('x'.repeat(1024 * 1024));
  await expect(page.getByRole('alert')).toHaveText(/too long/);
  await expect(field).toHaveValue('');
  expect((await settingsOf(sw)).decoyUrl).toBe(before);

  const mine = decoyUrl.replace('/decoy', '/p/my-decoy');
  await field.fill(mine);
  await page.getByRole('button', { name: 'Save this address' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect.poll(async () => (await settingsOf(sw)).decoyUrl).toBe(mine);
});

test('the options page works with the keyboard alone', async ({ ext, sw }) => {
  const page = await openOptions(ext);
  // Tab to the "Shift three times" box and toggle it with Space.
  const box = page.getByRole('checkbox', { name: 'Shift three times' });
  for (let i = 0; i < 30 && !(await box.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  // A visible focus ring.
  expect(await box.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  await page.keyboard.press('Space');
  await expect
    .poll(async () => ((await settingsOf(sw))?.triggers as { tripleShift: boolean })?.tripleShift)
    .toBe(false);
});

test('the options page in Spanish', async ({ ext, sw }) => {
  const page = await openOptions(ext);
  await page.getByLabel('Language (idioma, langue)').selectOption('es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Configuración de Quick Exit');
  await expect(page.getByText('Teclas para salir')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  expect((await settingsOf(sw)).language).toBe('es');
});

for (const language of ['en', 'es'] as const) {
  test(`axe finds no accessibility violations in the options page (${language})`, async ({ ext, sw }) => {
    await setSettings(sw, { language });
    const page = await openOptions(ext);
    await page.getByRole('radio', { name: language === 'en' ? 'Another page' : 'Otra página' }).check();
    await page.getByLabel(language === 'en' ? 'Address of another page' : 'Dirección de otra página').fill('ftp://x');
    await page
      .getByRole('button', { name: language === 'en' ? 'Save this address' : 'Guardar esta dirección' })
      .click();
    await expect(page.getByRole('alert')).toBeVisible();
    // The country list open, an option active.
    const box = page.getByRole('combobox', {
      name: language === 'en' ? 'Country for help lines' : 'País para las líneas de ayuda',
    });
    await box.fill('a');
    await box.press('ArrowDown');
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)).toEqual([]);
    await page.screenshot({ path: `test-results/options-${language}.png`, fullPage: true });
  });
}

test('Spanish users are offered Spanish pages first, and until they choose, the decoy follows the language', async ({
  ext,
  sw,
}) => {
  // As on a fresh install: the default decoy, never chosen.
  await setSettings(sw, { decoyUrl: 'https://www.bbc.com/weather', decoyChosen: false, language: 'es' });
  const page = await openOptions(ext);
  const radios = page.locator('.radio-list').getByRole('radio');
  await expect(radios.first()).toHaveAccessibleName('BBC News Mundo (www.bbc.com)');
  await expect(page.getByRole('radio', { name: 'BBC News Mundo (www.bbc.com)' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Wikipedia en español (es.wikipedia.org)' })).toBeVisible();
  // Back to English: the English default, since none was chosen.
  await page.getByLabel('Idioma (language, langue)').selectOption('en');
  await expect(page.getByRole('radio', { name: 'BBC Weather (www.bbc.com)' })).toBeChecked();
  await expect(radios.first()).toHaveAccessibleName('BBC Weather (www.bbc.com)');
  // A page picked in English stays when the language changes.
  await page.getByRole('radio', { name: 'Google (www.google.com)' }).check();
  await page.getByLabel('Language (idioma, langue)').selectOption('es');
  await expect(page.getByRole('radio', { name: 'Google (www.google.com)' })).toBeChecked();
  await expect.poll(async () => (await settingsOf(sw)).decoyUrl).toBe('https://www.google.com/');
});

test('shows the exit shortcut the browser really has (commands.getAll), and where to change it', async ({
  ext,
  sw,
}) => {
  const shortcut = await exitShortcut(sw);
  const page = await openOptions(ext);
  const note = page.getByTestId('exit-shortcut');
  await expect(note).toHaveText(
    shortcut
      ? new RegExp(`^The browser shortcut is ${shortcut.replace(/\+/g, '\\+')}\\.`)
      : /^No browser shortcut is set\./,
  );
  await expect(note).toContainText('chrome://extensions/shortcuts');
  // With no shortcut (another extension took the key, or the user removed it), it says so: the
  // page shows what the browser reports, never a fixed key.
  const bare = await ext.context.newPage();
  await bare.addInitScript(() => {
    const getAll = chrome.commands.getAll.bind(chrome.commands);
    (chrome.commands as { getAll: unknown }).getAll = async () => (await getAll()).map((c) => ({ ...c, shortcut: '' }));
  });
  await bare.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(bare.getByTestId('exit-shortcut')).toHaveText(
    /^No browser shortcut is set\. You can set or change it at chrome:\/\/extensions\/shortcuts\.$/,
  );
});
