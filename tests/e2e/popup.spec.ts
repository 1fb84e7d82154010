import { AxeBuilder } from '@axe-core/playwright';
import {
  exitShortcut,
  historyUrls,
  launchAllowedInIncognito,
  launchWithExtension,
  pressPanic,
  setSettings,
  waitForNoPage,
} from './browser';
import { expect, expectExitedTo, openTab, pageAt, test } from './fixtures';
import { addBookmark, addNumber, openPopup, openSection, popupAddress, popupText, sessionLists } from './pages/popup';
import { findMarker, printResidue } from './profile-audit';

/**
 * The toolbar popup, loaded from the built extension into Chromium: Exit now and the first
 * screen's help lines, the closed sections (all lines, the user's own numbers and pages in
 * storage.session only, sites to keep hidden, Clear traces), input checks, no tells after an exit,
 * accessibility, Spanish.
 */

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`.toUpperCase();

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
  await expectExitedTo(ext, server.origin('sensitive.test'), decoyUrl);
  await expect
    .poll(async () => (await historyUrls(sw)).filter((u) => u.includes('sensitive.test')), { timeout: 8000 })
    .toEqual([]);
});

/**
 * Holds back the rest of the popup: the task its entry queues from its first frame callback (the
 * one that loads the framework and the components, entrypoints/popup/main.tsx) waits until the
 * test calls `qeReleaseTheRest()`, and each key press records whether the components were there.
 */
const HOLD_BACK_THE_REST = `(() => {
  if (location.pathname !== '/popup.html') return;
  const raf = window.requestAnimationFrame.bind(window);
  const later = window.setTimeout.bind(window);
  let held = false;
  window.requestAnimationFrame = (cb) =>
    raf((t) => {
      if (held || !document.querySelector('button.exit-now')) return cb(t);
      held = true;
      window.setTimeout = (fn, _ms, ...args) => {
        window.qeReleaseTheRest = () => later(fn, 0, ...args);
        return 0;
      };
      try {
        cb(t);
      } finally {
        window.setTimeout = later;
      }
    });
  window.qePressedBeforeComponents = [];
  addEventListener('keydown', () => window.qePressedBeforeComponents.push(!document.getElementById('exit-hint')), true);
})();`;

/** The toolbar popup's address in a new tab (headless Chromium shows the popup window as one too: pages/popup.ts), held back. */
async function openPopupEarly(ext: Parameters<typeof openPopup>[0]) {
  const popup = await ext.context.newPage();
  await popup.addInitScript(HOLD_BACK_THE_REST);
  await popup.goto(await popupAddress(await ext.serviceWorker()));
  await expect(popup.getByRole('button', { name: 'Exit now' })).toBeFocused();
  return popup;
}

test('Exit now works when pressed before the rest of the popup is there', async ({ ext, server, decoyUrl }) => {
  const sensitive = `${server.origin('sensitive.test')}/p/popup-exit-early`;
  const page = await openTab(ext, sensitive);
  await page.bringToFront();
  const popup = await openPopupEarly(ext);
  await expect(popup.locator('#exit-hint')).toHaveCount(0); // the components are not there yet
  await popup.keyboard.press('Enter').catch(() => {}); // the popup closes itself
  await expectExitedTo(ext, server.origin('sensitive.test'), decoyUrl);
  await expect.poll(() => popup.isClosed()).toBe(true);
});

test('"No page to close here" is said for a press made before the rest of the popup was there', async ({ ext }) => {
  const options = await openTab(ext, `chrome-extension://${ext.extensionId}/options.html`);
  for (const other of ext.context.pages()) if (other !== options) await other.close();
  const popup = await openPopupEarly(ext);
  await expect(popup.locator('#exit-hint')).toHaveCount(0); // the components are not there yet
  await popup.keyboard.press('Enter');
  await popup.evaluate(() => (window as unknown as { qeReleaseTheRest: () => void }).qeReleaseTheRest());
  expect(
    await popup.evaluate(
      () => (window as unknown as { qePressedBeforeComponents: boolean[] }).qePressedBeforeComponents,
    ),
  ).toEqual([true]);
  await expect(popup.getByRole('status').filter({ hasText: 'No page to close here.' })).toBeVisible();
  // One button, still the focused one, now with its hint.
  await expect(popup.locator('button.exit-now')).toHaveCount(1);
  await expect(popup.getByRole('button', { name: 'Exit now' })).toBeFocused();
  await expect(popup.locator('#exit-hint')).toBeVisible();
  expect(options.isClosed()).toBe(false);
});

/** The popup's reads of `storage.local` never answer (and are counted): what the page shows without them. */
const STORAGE_NEVER_ANSWERS = `(() => {
  window.qeReads = 0;
  chrome.storage.local.get = () => {
    window.qeReads++;
    return new Promise(() => {});
  };
})();`;

test("the toolbar popup's address carries the language and look: Exit now is painted and focused before any storage read answers", async ({
  ext,
  sw,
}) => {
  await setSettings(sw, { language: 'es' });
  const address = await popupAddress(sw);
  expect(new URL(address).search).toBe('?lang=es&look=full');
  const popup = await ext.context.newPage();
  await popup.addInitScript(STORAGE_NEVER_ANSWERS);
  await popup.goto(address);
  await expect(popup.getByRole('button', { name: 'Salir ahora' })).toBeFocused();
  expect(await popup.evaluate(() => (window as unknown as { qeReads: number }).qeReads)).toBe(1);
  // Control: the same page without the address's settings waits for the read, and so paints nothing.
  const bare = await ext.context.newPage();
  await bare.addInitScript(STORAGE_NEVER_ANSWERS);
  await bare.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await expect.poll(() => bare.evaluate(() => (window as unknown as { qeReads: number }).qeReads)).toBe(1);
  await bare.waitForTimeout(500);
  expect(await bare.locator('#app').innerHTML()).toBe('');
});

test('an address older than the settings (discreet mode switched on a moment ago): the stored settings win, never "Exit now" once they are read', async ({
  ext,
  sw,
}) => {
  await setSettings(sw, { discreet: true, language: 'en' });
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?lang=en&look=full`);
  await expect(popup.getByRole('button', { name: 'Close page' })).toBeFocused();
  await expect(popup.getByRole('button', { name: 'Exit now' })).toHaveCount(0);
  expect(await popup.title()).toBe('Notes');
});

/** Records at every frame, from the page's start, where the parts below the help lines are drawn. */
const RECORD_POSITIONS = `(() => {
  window.qeTops = {};
  const parts = { country: '.hotlines .country', notice: '[data-testid="incognito-notice"]', allLines: '#all-lines-heading', mine: '#mine-heading', traces: '#traces-heading' };
  const tick = () => {
    for (const [name, selector] of Object.entries(parts)) {
      const e = document.querySelector(selector);
      if (e) (window.qeTops[name] ??= []).push(Math.round(e.getBoundingClientRect().top + scrollY));
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

test('nothing moves while the popup fills in: what comes below the help lines appears with them, where it stays', async ({
  ext,
  sw,
}) => {
  await setSettings(sw, { country: 'US' });
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.addInitScript(RECORD_POSITIONS);
  await popup.goto(await popupAddress(sw));
  await expect(popup.locator('.hotlines .card')).toHaveCount(3);
  await expect(popup.getByTestId('incognito-notice')).toBeVisible(); // not allowed in private windows here
  await expect(popup.locator('#traces-heading')).toBeVisible();
  await popup.waitForTimeout(300); // a few more frames
  const tops = await popup.evaluate(() => (window as unknown as { qeTops: Record<string, number[]> }).qeTops);
  for (const part of ['country', 'notice', 'allLines', 'mine', 'traces']) {
    expect(tops[part]?.length, part).toBeGreaterThan(5);
    expect([...new Set(tops[part])], `${part}: every position it was drawn at`).toHaveLength(1);
  }
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
  await openSection(popup, 'My numbers and pages');
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
  await openSection(popup, 'My numbers and pages');
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

test('"Fill in the page I’m on" fills in the tab the user was looking at', async ({ ext, server }) => {
  const page = await openTab(ext, `${server.origin('harmless.test')}/p/this-page`);
  await page.bringToFront();
  const popup = await openPopup(ext);
  await openSection(popup, 'My numbers and pages');
  const form = popup.getByRole('form', { name: 'Add a page' });
  await form.getByRole('button', { name: 'Fill in the page I’m on' }).click();
  await expect(form.getByLabel('Web address')).toHaveValue(`${server.origin('harmless.test')}/p/this-page`);
  await expect(form.getByLabel('Name')).toHaveValue('QE-MARK-this-page');
});

test('bad input is refused with a message and never stored', async ({ ext, sw }) => {
  test.slow(); // megabyte fills over CDP on a shared machine
  const popup = await openPopup(ext);
  await openSection(popup, 'My numbers and pages');
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
  // A pasted 100,000-character address is refused whole with a message: the field keeps what it
  // had (never the first 2,048 characters, a different address), and nothing is stored.
  const longUrl = `https://example.org/${'a'.repeat(100_000 - 20)}`;
  expect(longUrl).toHaveLength(100_000);
  const address = bookmarks.getByLabel('Web address');
  await address.fill('https://example.org/start');
  await address.focus();
  await popup.keyboard.press('End');
  await popup.keyboard.insertText(longUrl); // one input event with the whole text, as a paste gives
  await expect(bookmarks.getByRole('alert')).toHaveText('That address is too long: use at most 2048 characters.');
  await expect(address).toHaveValue('https://example.org/start');
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  // A 1 MB name, the same, and the popup stays responsive.
  const name = bookmarks.getByLabel('Name');
  await name.fill('');
  await name.fill('n'.repeat(1024 * 1024));
  await expect(bookmarks.getByRole('alert').first()).toHaveText('That name is too long: use at most 80 characters.');
  await expect(name).toHaveValue('');
  await bookmarks.getByRole('button', { name: 'Add' }).click();
  await expect(bookmarks.getByRole('alert').first()).toHaveText('Please type a name for it.');
  // Typing past the limit: the key is refused with the same message.
  await name.fill('n'.repeat(80));
  await name.press('End');
  await popup.keyboard.type('x');
  await expect(name).toHaveValue('n'.repeat(80));
  await expect(bookmarks.getByRole('alert').first()).toHaveText(/name is too long/);
  await name.fill('');
  await address.fill('');

  const numbers = popup.getByRole('form', { name: 'Add a number' });
  const badNumbers: [string, string, RegExp][] = [
    ['Friend', 'call me later', /needs digits/],
    ['Friend', '+-() .', /needs digits/],
    ['Friend', '555-0100; DROP TABLE', /Use only digits/],
    ['Friend', '', /type a phone number/],
    ['', '555 0100', /type a name/],
  ];
  for (const [label, phone, message] of badNumbers) {
    await numbers.getByLabel('Name').fill(label);
    await numbers.getByLabel('Phone number').fill(phone);
    await numbers.getByRole('button', { name: 'Add' }).click();
    await expect(numbers.getByRole('alert'), `${label} / ${phone.slice(0, 20)}`).toHaveText(message);
  }
  await numbers.getByLabel('Phone number').fill('');
  await numbers.getByLabel('Phone number').fill('5'.repeat(1024 * 1024));
  await expect(numbers.getByRole('alert').last()).toHaveText('That number is too long: use at most 32 characters.');
  await expect(numbers.getByLabel('Phone number')).toHaveValue('');
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

test('first screen: Exit now and the three lines that matter most, with big Call buttons, above the fold', async ({
  ext,
}) => {
  const popup = await openPopup(ext);
  // navigator.language is en-US here: the United States.
  const top = popup.locator('.hotlines .card');
  await expect(top).toHaveCount(3);
  expect(await top.evaluateAll((els) => els.map((e) => e.getAttribute('data-hotline')))).toEqual([
    'us-911',
    'us-national-human-trafficking-hotline',
    'us-national-domestic-violence-hotline',
  ]);
  const inView = async (name: string | RegExp, role: 'button' | 'link') => {
    const box = (await popup.getByRole(role, { name }).first().boundingBox())!;
    expect(box.y + box.height, String(name)).toBeLessThanOrEqual(600);
    return box;
  };
  await inView('Exit now', 'button');
  for (const line of ['911 Emergency', 'National Human Trafficking Hotline', 'National Domestic Violence Hotline']) {
    const box = await inView(new RegExp(`^Call ${line}`), 'link');
    expect(box.height, `${line}: a big target`).toBeGreaterThanOrEqual(44);
  }
  await inView(/^Text National Domestic Violence Hotline/, 'link');
  await inView(/^Chat with National Domestic Violence Hotline/, 'button');
  const trafficking = popup.locator('[data-hotline="us-national-human-trafficking-hotline"]');
  await expect(trafficking.getByRole('link', { name: /^Call / })).toHaveAttribute('href', 'tel:18883737888');
  const dv = popup.locator('[data-hotline="us-national-domestic-violence-hotline"]');
  await expect(dv.getByRole('link', { name: /^Text / })).toHaveAttribute('href', 'sms:88788?&body=START');
  // Nothing else competes: the other lines and sections are closed.
  await expect(popup.locator('[data-hotline="us-rainn-national-sexual-assault-hotline"]')).toHaveCount(0);
  for (const title of ['All help lines', 'My numbers and pages', 'Sites to keep hidden', 'Clear traces'])
    await expect(popup.getByRole('heading', { name: title }).getByRole('button')).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  // A line's details on demand: caveat, hours, text keyword, sources, copy number.
  await expect(trafficking).not.toContainText('share tips with law enforcement');
  const details = trafficking.getByRole('button', { name: /^Details/ });
  await details.click();
  await expect(details).toHaveAttribute('aria-expanded', 'true');
  await expect(trafficking).toContainText('share tips with law enforcement');
  await expect(trafficking).toContainText('Sources');
  await trafficking.getByRole('button', { name: /^Copy number/ }).click();
  await expect(trafficking.getByRole('status')).toContainText('Number copied.');
  await dv.getByRole('button', { name: /^Details/ }).click();
  await expect(dv).toContainText('Text START to 88788');
});

for (const language of ['en', 'es'] as const) {
  test(`with everything closed the popup is at most three screens tall (${language})`, async ({ ext, sw }) => {
    await setSettings(sw, { language });
    const popup = await openPopup(ext);
    await expect(popup.locator('.hotlines .card')).toHaveCount(3);
    const height = await popup.evaluate(() => document.documentElement.scrollHeight);
    test.info().annotations.push({ type: 'height', description: `${height} px (${language}, 380 px wide)` });
    expect(height).toBeLessThanOrEqual(3 * 600);
  });
}

test('from opening the popup, calling the first line takes two key presses (Tab, Enter)', async ({ ext }) => {
  const popup = await openPopup(ext);
  await expect(popup.locator('.hotlines .card')).toHaveCount(3);
  // Record the activation of the tel: link (and keep the test browser from handing it to an app).
  await popup.evaluate(() => {
    (window as unknown as { activated: string[] }).activated = [];
    document.addEventListener(
      'click',
      (e) => {
        const a = (e.target as Element).closest('a');
        if (a) {
          (window as unknown as { activated: string[] }).activated.push(a.getAttribute('href')!);
          e.preventDefault();
        }
      },
      true,
    );
  });
  await expect(popup.getByRole('button', { name: 'Exit now' })).toBeFocused();
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('link', { name: /^Call 911/ })).toBeFocused();
  await popup.keyboard.press('Enter');
  expect(await popup.evaluate(() => (window as unknown as { activated: string[] }).activated)).toEqual(['tel:911']);
});

test('all help lines: grouped by need, only verified actions, a filter box, country switch remembered', async ({
  ext,
  sw,
}) => {
  const popup = await openPopup(ext);
  await openSection(popup, 'All help lines');
  const all = popup.locator('[data-section="all-lines"]');
  await expect(all.getByRole('heading', { name: 'Sexual assault', exact: true })).toBeVisible();
  await expect(all.getByRole('heading', { name: 'LGBTQ+ and trans', exact: true })).toBeVisible();
  // The first screen's lines are not repeated.
  await expect(all.locator('[data-hotline="us-911"]')).toHaveCount(0);
  // RAINN's text number is confirmed only by secondary sources: no Text action.
  const rainn = all.locator('[data-hotline="us-rainn-national-sexual-assault-hotline"]');
  await expect(rainn.getByRole('link', { name: /^Call / })).toBeVisible();
  await expect(rainn.getByRole('link', { name: /^Text / })).toHaveCount(0);
  await expect(rainn.getByRole('button', { name: /^Chat / })).toHaveCount(0);
  await rainn.getByRole('button', { name: /^Details/ }).click();
  await expect(rainn.getByRole('button', { name: /^Website / })).toBeVisible();
  const trans = all.locator('[data-hotline="us-trans-lifeline"]');
  await trans.getByRole('button', { name: /^Details/ }).click();
  await expect(trans).toContainText('Not 24/7');
  // Groups in order of need.
  const ids = await all.locator('.card').evaluateAll((els) => els.map((e) => e.getAttribute('data-hotline')));
  expect(ids.indexOf('us-988-suicide-crisis-lifeline')).toBeLessThan(ids.indexOf('us-trans-lifeline'));
  expect(ids.indexOf('us-trans-lifeline')).toBeLessThan(ids.indexOf('us-childhelp-national-child-abuse-hotline'));
  // The filter matches names and needs.
  const filter = all.getByRole('searchbox', { name: /Find a line/ });
  await filter.fill('trans');
  await expect(trans).toBeVisible();
  await expect(rainn).toHaveCount(0);
  await filter.fill('sexual');
  await expect(all.locator('[data-hotline="us-rainn-national-sexual-assault-hotline"]')).toBeVisible();
  await expect(trans).toHaveCount(0);
  await filter.fill('zzzz');
  await expect(all.getByRole('status').first()).toHaveText('No line matches “zzzz”.');

  // The searchable country picker (components/CountryPicker.tsx): type, then Enter.
  const country = popup.getByRole('combobox', { name: 'Country' });
  await country.fill('');
  await country.pressSequentially('Mexi');
  await expect(popup.getByRole('listbox', { name: 'Country' }).getByRole('option')).toHaveText(['Mexico']);
  await country.press('Enter');
  await expect(popup.locator('.hotlines .card').first()).toHaveAttribute('data-hotline', 'mx-911');
  await expect(popup.locator('[data-hotline="mx-linea-nacional-contra-la-trata"]')).toBeVisible();
  await expect
    .poll(
      async () =>
        ((await sw.evaluate(() => chrome.storage.local.get('settings'))).settings as { country?: string })?.country,
    )
    .toBe('MX');
  await popup.reload();
  await expect(popup.locator('.hotlines .card').first()).toHaveAttribute('data-hotline', 'mx-911');
});

test('only the chosen country’s help lines are loaded: its own chunk, another country’s when the user switches', async ({
  ext,
}) => {
  // Every script the popup page asks for (the welcome tab of the install may load its own). The
  // popup is opened in a tab the test is attached to from the start: a popup window opened by the
  // worker (pages/popup.ts) may load its first chunks before the test sees its requests.
  const popupPage = `chrome-extension://${ext.extensionId}/popup.html`;
  const requests: string[] = [];
  ext.context.on('request', (r) => {
    // The service worker's requests have no frame. The popup's address carries its settings.
    if (!r.serviceWorker() && r.frame().url().split('?')[0] === popupPage) requests.push(r.url());
  });
  const loadedCountries = async () =>
    requests.flatMap((u) => new URL(u).pathname.match(/^\/chunks\/hotlines-([A-Z]{2})-[\w-]+\.js$/)?.[1] ?? []);
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(await popupAddress(await ext.serviceWorker()));
  await expect(popup.locator('.hotlines .card').first()).toHaveAttribute('data-hotline', 'us-911');
  expect(await loadedCountries()).toEqual(['US']);
  // All help lines come from the same chunk.
  await openSection(popup, 'All help lines');
  const all = popup.locator('[data-section="all-lines"]');
  await expect(all.locator('[data-hotline="us-trans-lifeline"]')).toBeVisible();
  expect(await loadedCountries()).toEqual(['US']);

  const country = popup.getByRole('combobox', { name: 'Country' });
  await country.fill('');
  await country.pressSequentially('United King');
  await country.press('Enter');
  await expect(popup.locator('.hotlines .card').first()).toHaveAttribute('data-hotline', 'gb-999-silent-solution');
  await expect(all.locator('[data-hotline="gb-samaritans"]')).toBeVisible();
  await expect(popup.locator('[data-hotline^="us-"]')).toHaveCount(0);
  expect(await loadedCountries()).toEqual(['US', 'GB']);
  // The notes come with the country's lines.
  const silent = popup.locator('[data-hotline="gb-999-silent-solution"]');
  await silent.getByRole('button', { name: /^Details/ }).click();
  await expect(silent.locator('.caveat')).toContainText('press 55');
  expect(requests.filter((u) => !u.startsWith(`chrome-extension://${ext.extensionId}/`))).toEqual([]);
});

test('the popup says nothing about an exit: its text before and after one is the same', async ({
  ext,
  server,
  decoyUrl,
}) => {
  const sections = ['All help lines', 'My numbers and pages', 'Sites to keep hidden', 'Clear traces'];
  const read = async () => {
    const popup = await openPopup(ext);
    await expect(popup.locator('.hotlines .card')).toHaveCount(3);
    for (const s of sections) await openSection(popup, s);
    await popup.getByRole('button', { name: 'Show your sites' }).click();
    await expect(popup.getByText('You have not added any site.')).toBeVisible();
    await expect(popup.locator('.sensitive-sites details')).toBeVisible();
    const text = await popupText(popup);
    return { popup, text };
  };
  const before = await read();
  await before.popup.close();

  const sensitive = `${server.origin('sensitive.test')}/p/no-tells`;
  const page = await openTab(ext, sensitive);
  await pressPanic(page, 'escape');
  await waitForNoPage(ext.context, server.origin('sensitive.test'));
  await pageAt(ext, decoyUrl);
  await new Promise((r) => setTimeout(r, 1500)); // the exit's clean-up runs after the swap

  const after = await read();
  expect(after.text).toEqual(before.text);
  expect(after.text).not.toMatch(/reopen|hid a page|by an exit|last exit|cleared|sensitive\.test/i);

  // A Clear traces report shows right after the button, in that popup only.
  await after.popup.getByRole('button', { name: 'Clear traces now' }).click();
  await expect(after.popup.getByRole('heading', { name: 'Traces cleared' })).toBeVisible();
  await after.popup.close();
  const later = await read();
  await expect(later.popup.getByRole('heading', { name: 'Traces cleared' })).toHaveCount(0);
  expect(later.text).toEqual(before.text);
});

test('the Spanish popup renders, chosen from the popup itself', async ({ ext, sw }) => {
  const popup = await openPopup(ext);
  await popup.getByLabel('Language (idioma, langue)').selectOption('es');
  await expect(popup.getByRole('button', { name: 'Salir ahora' })).toBeVisible();
  await expect(popup.getByRole('heading', { name: 'Líneas de ayuda', exact: true })).toBeVisible();
  await openSection(popup, 'Mis números y páginas');
  await expect(popup.getByText('no en un archivo', { exact: false })).toBeVisible();
  await expect(popup.locator('html')).toHaveAttribute('lang', 'es');
  await expect
    .poll(
      async () =>
        ((await sw.evaluate(() => chrome.storage.local.get('settings'))).settings as { language?: string })?.language,
    )
    .toBe('es');
  // A refusal in Spanish too.
  const form = popup.getByRole('form', { name: 'Agregar una página' });
  await form.getByLabel('Nombre').fill('x');
  await form.getByLabel('Dirección web').fill('javascript:alert(1)');
  await form.getByRole('button', { name: 'Agregar' }).click();
  await expect(form.getByRole('alert')).toHaveText(/Solo se pueden usar direcciones web/);
});

for (const language of ['en', 'es'] as const) {
  test(`axe finds no accessibility violations in the popup, closed and open (${language})`, async ({ ext, sw }) => {
    await setSettings(sw, { language });
    const popup = await openPopup(ext);
    await expect(popup.locator('.hotlines .card')).toHaveCount(3);
    const violations = async () =>
      (await new AxeBuilder({ page: popup }).analyze()).violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`,
      );
    expect(await violations()).toEqual([]);
    const es = language === 'es';
    for (const title of es
      ? ['Todas las líneas de ayuda', 'Mis números y páginas', 'Sitios que quieres ocultar', 'Borrar rastros']
      : ['All help lines', 'My numbers and pages', 'Sites to keep hidden', 'Clear traces'])
      await openSection(popup, title);
    const form = popup.getByRole('form', { name: es ? 'Agregar un número' : 'Add a number' });
    await form.getByLabel(es ? 'Nombre' : 'Name').fill(es ? 'Amiga' : 'Friend');
    await form.getByLabel(es ? 'Número de teléfono' : 'Phone number').fill('555 0199');
    await form.getByRole('button', { name: es ? 'Agregar' : 'Add' }).click();
    await expect(popup.getByText(es ? 'Amiga' : 'Friend', { exact: true })).toBeVisible();
    // An inline error too, so its markup is checked.
    await popup
      .getByRole('form', { name: es ? 'Agregar una página' : 'Add a page' })
      .getByRole('button', { name: es ? 'Agregar' : 'Add' })
      .click();
    for (const d of await popup.getByRole('button', { name: es ? /^Detalles/ : /^Details/ }).all()) await d.click();
    await popup.getByRole('button', { name: es ? 'Muéstrame cómo' : 'Show me how' }).click();
    await popup.getByRole('button', { name: es ? 'Mostrar tus sitios' : 'Show your sites' }).click();
    await popup.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await violations()).toEqual([]);
  });
}

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
  // Tab from Exit now to "My numbers and pages", open it with Enter, Tab on to the number form's
  // Name field, type, Tab, type, Enter.
  const open = popup.getByRole('heading', { name: 'My numbers and pages' }).getByRole('button');
  for (let i = 0; i < 50 && !(await open.evaluate((el) => el === document.activeElement)); i++)
    await popup.keyboard.press('Tab');
  await expect(open).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(open).toHaveAttribute('aria-expanded', 'true');
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

test('the Exit now hint names the exit shortcut the browser really has (commands.getAll), or none', async ({
  ext,
  sw,
}) => {
  const shortcut = await exitShortcut(sw);
  const popup = await openPopup(ext);
  const hint = popup.locator('#exit-hint');
  await expect(hint).toContainText('Closes this tab');
  if (shortcut) await expect(hint.getByTestId('exit-shortcut')).toHaveText(`Or use the browser shortcut ${shortcut}.`);
  else await expect(hint.getByTestId('exit-shortcut')).toHaveCount(0);
  // The button's description includes it, for screen readers.
  const described = await popup.getByRole('button', { name: 'Exit now' }).getAttribute('aria-describedby');
  expect(described).toBe('exit-hint');
});

test('in Spanish, the first screen glosses English line names in Spanish and keeps the names', async ({ ext, sw }) => {
  await setSettings(sw, { language: 'es', country: 'US' });
  const popup = await openPopup(ext);
  await expect(popup.locator('.hotlines .card')).toHaveCount(3);
  const name = (id: string) => popup.locator(`[data-hotline="${id}"] .line-name`);
  await expect(name('us-911')).toHaveText(
    'Emergencias (policía, bomberos, ambulancia): 911 Emergency (police, fire, ambulance)',
  );
  await expect(name('us-national-human-trafficking-hotline')).toHaveText(
    'Trata de personas: National Human Trafficking Hotline',
  );
  await expect(name('us-national-domestic-violence-hotline').locator('span[lang="en"]')).toHaveText(
    'National Domestic Violence Hotline (The Hotline)',
  );
  await expect(popup.locator('#exit-hint')).not.toContainText('Mayús');
  // A Spanish name is not glossed.
  await setSettings(sw, { language: 'es', country: 'MX' });
  const mx = await openPopup(ext);
  await expect(mx.locator('[data-hotline="mx-911"] .line-name')).toHaveText('911 Emergencias (Mexico)');
});
