import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { EXTENSION_DIR, exitShortcut, historyUrls, launchWithExtension, setSettings, type Launched } from './browser';
import { expect, pageAt, test, welcomeUrl } from './fixtures';

/**
 * The welcome page: opened once on install, a practice exit with the user's own keys, what an
 * exit can and cannot hide, safety advice, hotlines, private-window guidance; English and
 * Spanish, accessible, offline.
 */

interface Hotline {
  id: string;
  phone: string | null;
  phone_display?: string | null;
  verified: boolean;
}
const hotlines: Hotline[] = JSON.parse(fs.readFileSync('data/hotlines/hotlines.json', 'utf8'));

test.use({ welcomeTab: 'keep' });

/** The welcome tab the install opened (or a new one). */
async function welcome(ext: Launched, fresh = false): Promise<Page> {
  if (!fresh) {
    const page = await pageAt(ext, welcomeUrl(ext));
    await expect(page.locator('h1')).toBeVisible();
    return page;
  }
  const page = await ext.context.newPage();
  await page.goto(welcomeUrl(ext));
  await expect(page.locator('h1')).toBeVisible();
  return page;
}

test('the welcome page opens on install, and not again when the browser restarts', async () => {
  const first = await launchWithExtension();
  try {
    const page = await welcome(first);
    await expect(page.locator('h1')).toHaveText('Welcome to Quick Exit');
    // Closed, so that a restored session cannot bring it back either.
    await page.close();
  } finally {
    await first.close();
  }
  const again = await launchWithExtension({ profileDir: first.profileDir });
  try {
    const sw = await again.serviceWorker();
    await sw.evaluate(() => chrome.runtime.getPlatformInfo()); // the worker has run its start-up
    await new Promise((r) => setTimeout(r, 2000)); // onInstalled would have opened it by now
    expect(again.context.pages().map((p) => p.url())).not.toContain(welcomeUrl(again));
  } finally {
    await again.close();
  }
});

test('practice exit with the user’s keys (Shift three times only): the page hides, comes back with the explanation, nothing closes', async ({
  ext,
  sw,
  decoyUrl,
}) => {
  await setSettings(sw, { triggers: { doubleEscape: false, tripleShift: true, singleEscape: false } });
  const page = await welcome(ext);
  const practice = page.getByTestId('practice');
  await expect(practice).toContainText('Your keys: Shift three times.');
  const tabsBefore = await sw.evaluate(async () => (await chrome.tabs.query({})).length);
  await practice.getByRole('button', { name: 'Start a practice exit' }).click();
  await expect(page.getByTestId('practice-status')).toContainText('press Shift three times now');

  // Keys the user did not choose do nothing.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.locator('main')).toBeVisible();

  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  // The same cloak a real exit puts up, then the page comes back with the result.
  await expect(page.locator('main')).toBeHidden();
  const result = page.getByTestId('practice-result');
  await expect(result).toBeVisible();
  await expect(page.locator('main')).toBeVisible();
  await expect(result).toContainText('In a real exit, this tab would now show decoy.test');
  await expect(result.getByRole('heading')).toBeFocused();
  await expect(page).toHaveTitle('Welcome to Quick Exit');
  // Nothing real happened.
  expect(page.isClosed()).toBe(false);
  expect(await sw.evaluate(async () => (await chrome.tabs.query({})).length)).toBe(tabsBefore);
  expect(ext.context.pages().some((p) => p.url() === decoyUrl)).toBe(false);
});

test('with practice off, the keys exit the welcome page for real', async ({ ext, decoyUrl }) => {
  const page = await welcome(ext);
  await page.keyboard.press('Escape').catch(() => {});
  await page.keyboard.press('Escape').catch(() => {});
  await pageAt(ext, decoyUrl);
  await expect.poll(() => ext.context.pages().some((p) => p.url() === welcomeUrl(ext))).toBe(false);
});

test('axe reports 0 violations, in English and in Spanish', async ({ ext }) => {
  const page = await welcome(ext);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.locator('h1')).toHaveText('Te damos la bienvenida a Quick Exit');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByTestId('practice')).toContainText('Tus teclas: Escape dos veces o Shift tres veces.');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('follows the language setting: Spanish when settings.language is "es"', async ({ ext, sw }) => {
  await setSettings(sw, { language: 'es' });
  const page = await welcome(ext, true);
  await expect(page.locator('h1')).toHaveText('Te damos la bienvenida a Quick Exit');
  await expect(page.getByRole('heading', { name: 'Lo que no puede ocultar' })).toBeVisible();
});

test('says what an exit cannot hide and how to stay safer', async ({ ext }) => {
  const page = await welcome(ext);
  const text = await page.locator('main').innerText();
  for (const words of [
    /spying or tracking apps/i,
    /synced to other devices/i,
    /backup list of recent tabs/i,
    /extension is installed/i,
    /a device nobody else checks, like a library computer or a trusted friend’s phone/i,
    /the person you are worried about does not control/i,
    /You don’t have to call anyone before you’re ready/,
  ])
    expect(text).toMatch(words);
  // In labor trafficking the workplace may be the trafficker's; and no guess at who is hurting the reader.
  expect(text).not.toMatch(/work computer|person hurting you|abusers/i);
});

test('shows the exit shortcut the browser really has (commands.getAll)', async ({ ext, sw }) => {
  const shortcut = await exitShortcut(sw);
  const page = await welcome(ext);
  const note = page.getByTestId('practice').getByTestId('exit-shortcut');
  await expect(note).toHaveText(
    shortcut
      ? `The browser shortcut ${shortcut} and “Exit now” in the toolbar button always exit for real.`
      : /No browser shortcut is set/,
  );
});

test('in Spanish, hotline names carry a Spanish gloss, hours and notes are in Spanish, and the US trafficking line says who runs it', async ({
  ext,
  sw,
}) => {
  await setSettings(sw, { language: 'es', country: 'US' });
  const page = await welcome(ext, true);
  const list = page.getByTestId('hotlines');
  await expect(list.locator('[data-hotline="us-911"]')).toContainText('Emergencias (policía, bomberos, ambulancia)');
  await expect(list.locator('[data-hotline="us-911"]')).not.toContainText('Emergency');
  const trafficking = list.locator('[data-hotline="us-national-human-trafficking-hotline"]');
  await expect(trafficking).toContainText('Trata de personas: National Human Trafficking Hotline (abierta 24 horas)');
  await expect(trafficking).toContainText('No es la policía');
  await expect(trafficking).toContainText('Compass Connections');
  await expect(list.locator('[data-hotline="us-national-domestic-violence-hotline"] a[href^="sms:"]')).toHaveText(
    'Envía START al 88788',
  );
});

test('hotlines: verified lines of the chosen country, numbers exactly as in the data', async ({ ext }) => {
  // Only the chosen country's chunk is loaded, and another one's when the country changes (by
  // this page and the one the install opened, at the same address).
  const requests: string[] = [];
  ext.context.on('request', (r) => {
    if (!r.serviceWorker() && r.frame().url() === welcomeUrl(ext)) requests.push(r.url());
  });
  const loadedCountries = () => [
    ...new Set(
      requests.flatMap((u) => new URL(u).pathname.match(/^\/chunks\/hotlines-([A-Z]{2})-[\w-]+\.js$/)?.[1] ?? []),
    ),
  ];
  const page = await welcome(ext, true);
  const list = page.getByTestId('hotlines');
  const byId = (id: string) => hotlines.find((h) => h.id === id)!;
  for (const id of ['us-911', 'us-national-human-trafficking-hotline', 'us-national-domestic-violence-hotline']) {
    const h = byId(id);
    const shown = h.phone_display || h.phone!;
    const link = list.locator(`[data-hotline="${id}"] a.number`);
    await expect(link).toHaveText(shown);
    await expect(link).toHaveAttribute('href', `tel:${h.phone!.replace(/\D/g, '')}`);
  }
  expect(loadedCountries()).toEqual(['US']);
  await list.getByLabel('Country').selectOption('GB');
  await expect(list.locator('[data-hotline="gb-modern-slavery-exploitation-helpline"] a.number')).toHaveText(
    '08000 121 700',
  );
  // Entries whose number is not verified are never shown.
  for (const h of hotlines.filter((e) => !e.verified))
    await expect(list.locator(`[data-hotline="${h.id}"]`)).toHaveCount(0);
  await list.getByLabel('Country').selectOption('MX');
  await expect(list.locator('[data-hotline="mx-linea-nacional-contra-la-trata"] a.number')).toHaveText('800 55 33 000');
  expect(loadedCountries()).toEqual(['US', 'GB', 'MX']);
});

test('works offline: the page requests nothing outside the extension, and is not kept in history', async ({
  ext,
  sw,
}) => {
  const requests: string[] = [];
  ext.context.on('request', (r) => requests.push(r.url()));
  const page = await welcome(ext, true);
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.locator('h1')).toHaveText('Te damos la bienvenida a Quick Exit');
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((u) => !u.startsWith(`chrome-extension://${ext.extensionId}/`))).toEqual([]);
  // The built page references no remote resource at all.
  for (const f of fs.readdirSync(EXTENSION_DIR, { recursive: true }) as string[])
    if (/welcome.*\.(html|css)$/.test(f))
      expect(fs.readFileSync(path.join(EXTENSION_DIR, f), 'utf8'), f).not.toMatch(
        /(src|href)=["']?https?:|url\(["']?https?:/,
      );
  // "Welcome to Quick Exit" must not sit in the history list.
  await new Promise((r) => setTimeout(r, 1000));
  expect((await historyUrls(sw)).filter((u) => u.startsWith('chrome-extension://'))).toEqual([]);
});

test('the popup links back to the welcome page', async ({ ext }) => {
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  const before = ext.context.pages().filter((p) => p.url() === welcomeUrl(ext)).length;
  await popup.getByRole('link', { name: 'How it works: practice an exit' }).click();
  await expect.poll(() => ext.context.pages().filter((p) => p.url() === welcomeUrl(ext)).length).toBe(before + 1);
});

test('private windows: the popup and the welcome page explain how to allow them, and say nothing once allowed', async () => {
  const first = await launchWithExtension();
  const id = first.extensionId;
  try {
    const page = await welcome(first);
    const notice = page.getByTestId('incognito-notice');
    await expect(notice).toContainText('the panic keys do nothing');
    await expect(notice.locator('li')).toHaveText([/Open the extensions page/, /Turn on “Allow in Incognito”/]);
    const popup = await first.context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await expect(popup.getByTestId('incognito-notice')).toBeVisible();
  } finally {
    await first.close();
  }
  // docs/DESIGN.md: allow incognito in the profile between two launches.
  const prefsFile = path.join(first.profileDir, 'Default', 'Preferences');
  const prefs = JSON.parse(fs.readFileSync(prefsFile, 'utf8'));
  expect(prefs.extensions.settings[id], 'the extension has a settings entry').toBeDefined();
  prefs.extensions.settings[id].incognito = true;
  fs.writeFileSync(prefsFile, JSON.stringify(prefs));

  const again = await launchWithExtension({ profileDir: first.profileDir });
  try {
    const sw = await again.serviceWorker();
    expect(await sw.evaluate(() => chrome.extension.isAllowedIncognitoAccess())).toBe(true);
    const page = await welcome(again, true);
    await expect(page.getByTestId('incognito-allowed')).toBeVisible();
    await expect(page.getByTestId('incognito-notice')).toHaveCount(0);
    const popup = await again.context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await expect(popup.getByRole('button', { name: /exit now/i })).toBeVisible();
    await expect(popup.getByTestId('incognito-notice')).toHaveCount(0);
  } finally {
    await again.close();
  }
});
