import fs from 'node:fs';
import { launch, type Browser, type Page } from 'puppeteer-core';
import { builtExtensionDir, newProfileIn, requireBuilt } from '../e2e/shared-fixtures';
import { pressInWindowTitled } from '../e2e/x-keys';

/**
 * Firefox ESR with the built Firefox MV3 extension installed as a temporary add-on, driven by
 * puppeteer-core over WebDriver BiDi (no geckodriver; Playwright's Firefox needs its own patched
 * build, see docs/DESIGN.md).
 *
 * How the tests reach into the extension: Firefox refuses WebDriver navigation to
 * `moz-extension://` pages unless started with `--remote-allow-system-access`; with it, a tab can
 * open `moz-extension://<uuid>/popup.html` and evaluate `browser.history.search` etc. there. The
 * UUID is random per profile, so we choose it with the `extensions.webextensions.uuids` pref.
 *
 * Several sites on one local server: Firefox has no `--host-resolver-rules`, but the
 * `network.dns.localDomains` pref resolves the listed host names to the loopback address, so
 * `http://sensitive.test:PORT` and `http://harmless.test:PORT` are distinct sites, as in Chromium.
 */

/** The built extension under test. */
export const FIREFOX_EXTENSION_DIR = builtExtensionDir('firefox-mv3');
export const FIREFOX = process.env.QE_FIREFOX ?? '/usr/bin/firefox-esr';
/** `browser_specific_settings.gecko.id` in wxt.config.ts. */
export const ADDON_ID = 'quick-exit@quick-exit.invalid';
/** The extension's internal UUID in the test profiles (any v4 UUID works). */
export const EXTENSION_UUID = '5a1e0e1e-7e57-4e57-8e57-0000000000e7';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
/** Host names that resolve to 127.0.0.1 in the test profiles. */
export const LOCAL_HOSTS = ['sensitive.test', 'harmless.test', 'other.test', 'decoy.test'];

export interface FirefoxLaunchOptions {
  /** Reuse a profile directory (relaunch on the same profile); a new temporary one by default. */
  profileDir?: string;
  /** Extra preferences for this launch. */
  prefs?: Record<string, string | number | boolean>;
  /** Install with "Run in Private Windows" allowed (off by default, as for a user's install). */
  allowPrivateBrowsing?: boolean;
  /** Headed, for real X key events (needs a DISPLAY, e.g. under xvfb-run). */
  headed?: boolean;
}

export interface LaunchedFirefox {
  browser: Browser;
  profileDir: string;
  /** A tab showing an extension page, where `browser.*` APIs can be evaluated (opened on first use). */
  extensionPage(): Promise<Page>;
  /** Uninstalls and installs the extension again in the running browser (same UUID, same storage). */
  reinstall(allowPrivateBrowsing: boolean): Promise<void>;
  close(): Promise<void>;
}

interface BidiSender {
  send(method: string, params: object): Promise<{ result: { extension: string } }>;
}

/**
 * A fresh profile for one test: a copy of a profile Firefox has started once and quit, with no
 * page visited and no extension installed (one per test worker). On a profile it has never seen,
 * Firefox spends ~2 s setting it up (databases, caches) at each launch: measured here, launch and
 * install 4.5 s → 2.6 s, quit 1.0 s → 0.5 s (3 runs each, idle machine). What each test finds in
 * its profile is still only what it did itself.
 */
export async function newFirefoxProfileDir(): Promise<string> {
  const dir = newProfileIn('qe-ff-profile-');
  fs.cpSync(await startedOnceProfile(), dir, { recursive: true });
  return dir;
}

let template: Promise<string> | null = null;
const startedOnceProfile = () =>
  (template ??= (async () => {
    const dir = newProfileIn('qe-ff-template-');
    const browser = await launch(launchOptions(dir, {}, false));
    await browser.close();
    return dir;
  })());

/** What every launch of the test Firefox is given. */
function launchOptions(profileDir: string, prefs: FirefoxLaunchOptions['prefs'], headed: boolean | undefined) {
  return {
    browser: 'firefox' as const,
    executablePath: FIREFOX,
    headless: !headed,
    userDataDir: profileDir,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.localDomains': LOCAL_HOSTS.join(','),
      // Plain http test pages: no HTTPS upgrade of the .test hosts.
      'dom.security.https_first': false,
      'dom.security.https_first_schemeless': false,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      // A temporary add-on is uninstalled when Firefox quits; keep its UUID and storage.local
      // so a relaunch on the same profile sees what persisted (and what did not).
      'extensions.webextensions.keepUuidOnUninstall': true,
      'extensions.webextensions.keepStorageOnUninstall': true,
      // Firefox's own default (puppeteer turns it off): keep the crash-recovery session file,
      // written every `interval` ms, so the profile audit sees what a real profile holds. 1 s
      // instead of 15 s so the file surely held the sensitive pages before an exit.
      'browser.sessionstore.resume_from_crash': true,
      'browser.sessionstore.interval': 1000,
      ...prefs,
    },
  };
}

/** Launches Firefox ESR headless and installs the built extension as a temporary add-on. */
export async function launchFirefox(opts: FirefoxLaunchOptions = {}): Promise<LaunchedFirefox> {
  requireBuilt(FIREFOX_EXTENSION_DIR, 'npm run build:firefox');
  const profileDir = opts.profileDir ?? (await newFirefoxProfileDir());
  const browser = await launch(launchOptions(profileDir, opts.prefs, opts.headed));
  // puppeteer's installExtension() cannot pass Firefox's `moz:allowPrivateBrowsing`: send it ourselves.
  const connection = (browser as unknown as { connection: BidiSender }).connection;
  const install = async (allowPrivateBrowsing: boolean) => {
    const {
      result: { extension: id },
    } = await connection.send('webExtension.install', {
      extensionData: { type: 'path', path: FIREFOX_EXTENSION_DIR },
      'moz:allowPrivateBrowsing': allowPrivateBrowsing,
    });
    if (id !== ADDON_ID) throw new Error(`Installed ${id}, expected ${ADDON_ID}`);
  };
  await install(!!opts.allowPrivateBrowsing);
  let extPage: Promise<Page> | null = null;
  return {
    browser,
    profileDir,
    extensionPage: () => (extPage ??= openExtensionPage(browser)),
    async reinstall(allowPrivateBrowsing) {
      if (extPage) await (await extPage).close().catch(() => {});
      extPage = null;
      await connection.send('webExtension.uninstall', { extension: ADDON_ID });
      await install(allowPrivateBrowsing);
    },
    close: () => browser.close(),
  };
}

/**
 * Opens `popup.html` in a tab. The navigation moves the tab to the extension process, which
 * detaches puppeteer's frame (`goto` never sees the load and rejects with "Frame detached") although
 * the page is there and evaluates fine: do not wait for `goto`, wait until the tab answers from the
 * extension's origin.
 */
export async function openExtensionPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(`${EXTENSION_ORIGIN}/popup.html`).catch(() => {});
  const end = Date.now() + 10_000;
  for (;;) {
    // The origin alone is not enough: right after the switch `browser` may not be there yet.
    const [origin, ready] = await page
      .evaluate(() => [location.origin, !!(globalThis as { browser?: { storage?: unknown } }).browser?.storage])
      .catch(() => ['', false]);
    if (origin === EXTENSION_ORIGIN && ready) return page;
    if (Date.now() > end) throw new Error(`The extension page did not open (at ${origin || 'nothing'})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The WebExtension API as seen from an extension page (`browser`, promise-based in Firefox). */
type Api = typeof chrome;

/** Every URL in Firefox's history. */
export async function historyUrls(ff: LaunchedFirefox): Promise<string[]> {
  const page = await ff.extensionPage();
  return page.evaluate(async () => {
    const b = (globalThis as unknown as { browser: Api }).browser;
    return (await b.history.search({ text: '', startTime: 0, maxResults: 100_000 })).map((h) => h.url ?? '');
  });
}

/** Every URL in Recently closed (tabs, and tabs of closed windows). */
export async function recentlyClosedUrls(ff: LaunchedFirefox): Promise<string[]> {
  const page = await ff.extensionPage();
  return page.evaluate(async () => {
    const b = (globalThis as unknown as { browser: Api }).browser;
    return (await b.sessions.getRecentlyClosed({})).flatMap((s) =>
      s.tab ? [s.tab.url ?? ''] : (s.window?.tabs ?? []).map((t) => t.url ?? ''),
    );
  });
}

/** Writes settings the way the options page does (`storage.local`, key `settings`). */
export async function setSettings(ff: LaunchedFirefox, patch: Record<string, unknown>): Promise<void> {
  const page = await ff.extensionPage();
  await page.evaluate(async (p) => {
    const b = (globalThis as unknown as { browser: Api }).browser;
    const { settings } = await b.storage.local.get('settings');
    await b.storage.local.set({ settings: { ...(settings as object | undefined), ...p } });
  }, patch);
}

/** Opens a new tab at `url` and waits for it to load. */
export async function openTab(ff: LaunchedFirefox, url: string): Promise<Page> {
  const page = await ff.browser.newPage();
  await page.goto(url);
  return page;
}

/** The URLs of every open tab. */
export async function openUrls(ff: LaunchedFirefox): Promise<string[]> {
  return (await ff.browser.pages()).map((p) => p.url());
}

/**
 * Presses a panic sequence with real key events (WebDriver BiDi `input.performActions`: trusted
 * events). The tab may close between keydown and keyup, which makes the press reject: that is
 * success, not failure.
 */
export async function pressPanic(page: Page, keys: 'escape' | 'shift'): Promise<void> {
  const press = async (key: 'Escape' | 'Shift') => {
    await page.keyboard.press(key).catch(() => {});
  };
  if (keys === 'escape') for (let i = 0; i < 2; i++) await press('Escape');
  else for (let i = 0; i < 3; i++) await press('Shift');
}

/**
 * Presses the browser shortcut Alt+Shift+Q as a real X key event (headed Firefox, under xvfb-run),
 * in the window whose title contains `windowTitle` (the other test worker may have a headed
 * browser on the same display).
 */
export function pressExitShortcut(windowTitle: string): void {
  pressInWindowTitled(windowTitle, 'alt+shift+q');
}
