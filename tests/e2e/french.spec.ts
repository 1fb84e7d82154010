import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { setSettings } from './browser';
import { expect, openTab, test, welcomeUrl } from './fixtures';
import { openPopup, openSection } from './pages/popup';

/**
 * The French interface (issue #16), loaded from the built extension into Chromium: with the
 * language set to French, the popup, the options and the welcome page speak French, the popup has
 * no accessibility violations and stays at most three screens tall with everything closed.
 */

const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`,
  );

test('the French popup renders, chosen from the popup itself, and is kept', async ({ ext, sw }) => {
  const popup = await openPopup(ext);
  await popup.getByLabel('Language (idioma, langue)').selectOption('fr');
  await expect(popup.getByRole('button', { name: 'Sortir maintenant' })).toBeVisible();
  await expect(popup.getByRole('heading', { name: 'Lignes d’aide', exact: true })).toBeVisible();
  await expect(popup.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(popup.getByLabel('Langue (language, idioma)')).toHaveValue('fr');
  await expect
    .poll(
      async () =>
        ((await sw.evaluate(() => chrome.storage.local.get('settings'))).settings as { language?: string })?.language,
    )
    .toBe('fr');
  await openSection(popup, 'Mes numéros et pages');
  await expect(popup.getByText('pas enregistrés dans un fichier', { exact: false })).toBeVisible();
  // A refusal in French too.
  const form = popup.getByRole('form', { name: 'Ajouter une page' });
  await form.getByLabel('Nom', { exact: true }).fill('x');
  await form.getByLabel('Adresse Web').fill('javascript:alert(1)');
  await form.getByRole('button', { name: 'Ajouter', exact: true }).click();
  await expect(form.getByRole('alert')).toHaveText(/Seules les adresses Web qui commencent par http:\/\//);
});

test('with everything closed the French popup is at most three screens tall', async ({ ext, sw }) => {
  await setSettings(sw, { language: 'fr' });
  const popup = await openPopup(ext);
  await expect(popup.locator('.hotlines .card')).toHaveCount(3);
  const height = await popup.evaluate(() => document.documentElement.scrollHeight);
  test.info().annotations.push({ type: 'height', description: `${height} px (fr, 380 px wide)` });
  expect(height).toBeLessThanOrEqual(3 * 600);
});

test('axe finds no accessibility violations in the French popup, closed and open', async ({ ext, sw }) => {
  await setSettings(sw, { language: 'fr' });
  const popup = await openPopup(ext);
  await expect(popup.locator('.hotlines .card')).toHaveCount(3);
  expect(await violations(popup)).toEqual([]);
  for (const title of [
    'Toutes les lignes d’aide',
    'Mes numéros et pages',
    'Sites à garder cachés',
    'Effacer les traces',
  ])
    await openSection(popup, title);
  const form = popup.getByRole('form', { name: 'Ajouter un numéro' });
  await form.getByLabel('Nom', { exact: true }).fill('Amie');
  await form.getByLabel('Numéro de téléphone').fill('555 0199');
  await form.getByRole('button', { name: 'Ajouter', exact: true }).click();
  await expect(popup.getByText('Amie', { exact: true })).toBeVisible();
  // An inline error too, so its markup is checked.
  await popup
    .getByRole('form', { name: 'Ajouter une page' })
    .getByRole('button', { name: 'Ajouter', exact: true })
    .click();
  for (const d of await popup.getByRole('button', { name: /^Détails/ }).all()) await d.click();
  await popup.getByRole('button', { name: 'Me montrer comment' }).click();
  await popup.getByRole('button', { name: 'Afficher vos sites' }).click();
  await popup.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  expect(await violations(popup)).toEqual([]);
});

test('the options page speaks French and offers French-language pages first', async ({ ext, sw }) => {
  await setSettings(sw, { language: 'fr' });
  const page = await openTab(ext, `chrome-extension://${ext.extensionId}/options.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paramètres de Quick Exit');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByText('Page affichée après une sortie', { exact: true })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Maj (Shift) trois fois' })).toBeVisible();
  const decoys = page.getByRole('radio');
  await expect(decoys.first()).toHaveAccessibleName(/^Radio-Canada Météo/);
  expect(await violations(page)).toEqual([]);
});

test('the welcome page speaks French, country names included', async ({ ext, sw }) => {
  await setSettings(sw, { language: 'fr' });
  const page = await openTab(ext, welcomeUrl(ext));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bienvenue dans Quick Exit');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { name: 'Pratiquer une sortie' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ce que fait une sortie' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Commencer une sortie de pratique' })).toBeVisible();
  const hotlines = page.getByTestId('hotlines');
  await hotlines.getByLabel('Pays').selectOption('CA');
  await expect(hotlines.getByLabel('Pays').locator('option:checked')).toHaveText('Canada');
  await expect(hotlines.getByLabel('Pays').locator('option[value="US"]')).toHaveText('États-Unis');
  await expect(hotlines).toContainText('Urgence (police, pompiers, ambulance)');
  expect(await violations(page)).toEqual([]);
});
