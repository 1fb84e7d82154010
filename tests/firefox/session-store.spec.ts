import { findFirefoxMarker } from './profile-audit';
import { printResidue } from '../e2e/profile-audit';
import { launchFirefox, type LaunchedFirefox } from './firefox';
import { expect, test } from './fixtures';

/**
 * The user's own numbers and bookmarks live in `storage.session` (the popup's memory-only store).
 * In Firefox it must behave as docs/DESIGN.md measured in Chromium: readable while the browser runs, never
 * on disk, gone after a restart, while `storage.local` (the control) is on disk and persists.
 */

const USER_MARKER = 'QE-USER-MARK-7c1f';
const LOCAL_MARKER = 'QE-LOCAL-CONTROL-7c1f';

async function storeBoth(ff: LaunchedFirefox): Promise<unknown> {
  return (await ff.extensionPage()).evaluate(
    async (user, local) => {
      const b = (globalThis as unknown as { browser: typeof chrome }).browser;
      await b.storage.session.set({
        myNumbers: [{ label: `${user} sister`, number: '+1 555 0100' }],
        myBookmarks: [{ label: 'shelter', url: `https://${user.toLowerCase()}.example/` }],
      });
      await b.storage.local.set({ control: local });
      return b.storage.session.get(null);
    },
    USER_MARKER,
    LOCAL_MARKER,
  );
}

async function readBoth(ff: LaunchedFirefox): Promise<{ session: object; local: unknown }> {
  return (await ff.extensionPage()).evaluate(async () => {
    const b = (globalThis as unknown as { browser: typeof chrome }).browser;
    return { session: await b.storage.session.get(null), local: (await b.storage.local.get('control')).control };
  });
}

test('storage.session holds user data in memory only: never on disk, gone after a restart', async ({ ff }) => {
  expect(await storeBoth(ff)).toEqual({
    myNumbers: [{ label: `${USER_MARKER} sister`, number: '+1 555 0100' }],
    myBookmarks: [{ label: 'shelter', url: `https://${USER_MARKER.toLowerCase()}.example/` }],
  });
  await ff.close();

  const user = [...findFirefoxMarker(ff.profileDir, USER_MARKER), ...findFirefoxMarker(ff.profileDir, '555 0100')];
  printResidue('storage.session data after a browser close (Firefox)', user);
  expect(user).toEqual([]);
  // The control: storage.local is written to the profile, so the search can find a stored value.
  expect(findFirefoxMarker(ff.profileDir, LOCAL_MARKER).length).toBeGreaterThan(0);

  const again = await launchFirefox({ profileDir: ff.profileDir });
  try {
    expect(await readBoth(again)).toEqual({ session: {}, local: LOCAL_MARKER });
  } finally {
    await again.close();
  }
});

test('numbers and pages added through the popup are listed, never reach the disk, and are gone after a restart', async ({
  ff,
}) => {
  const label = `${USER_MARKER} aunt`;
  const page = await ff.extensionPage(); // the real popup.html, in a tab
  await page.waitForSelector('#mine-heading button'); // "My numbers and pages", a closed section
  // The help lines load after the rest and push the section down: click once they are there (a
  // click on the moving button could land on what took its place).
  await page.waitForSelector('.hotlines .card');
  await page.click('#mine-heading button');
  await page.waitForSelector('input[name="number-label"]');
  await page.type('input[name="number-label"]', label);
  await page.type('input[name="number-phone"]', '+1 555 0199');
  await page.click('form[aria-label="Add a number"] button[type="submit"]');
  await page.type('input[name="bookmark-label"]', `${USER_MARKER} shelter`);
  await page.type('input[name="bookmark-url"]', `https://${USER_MARKER.toLowerCase()}-page.example/help`);
  await page.click('form[aria-label="Add a page"] button[type="submit"]');
  const listed = () =>
    page.evaluate(
      (m) => [...document.querySelectorAll('li')].filter((li) => li.textContent?.includes(m)).length,
      USER_MARKER,
    );
  await expect.poll(listed).toBe(2);
  await ff.close();

  const residue = [
    ...findFirefoxMarker(ff.profileDir, USER_MARKER),
    ...findFirefoxMarker(ff.profileDir, USER_MARKER.toLowerCase()),
    ...findFirefoxMarker(ff.profileDir, '555 0199'),
  ];
  printResidue('numbers and pages typed into the popup, after a browser close (Firefox)', residue);
  expect(residue).toEqual([]);

  const again = await launchFirefox({ profileDir: ff.profileDir });
  try {
    const popup = await again.extensionPage();
    await popup.waitForSelector('#mine-heading button');
    await popup.click('#mine-heading button');
    await popup.waitForSelector('input[name="number-label"]');
    expect(await popup.evaluate((m) => document.body.textContent?.includes(m), USER_MARKER)).toBe(false);
    expect((await readBoth(again)).session).toEqual({});
  } finally {
    await again.close();
  }
});
