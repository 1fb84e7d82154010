import fs from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { EXIT_COMMAND, NEUTRAL_EXIT_COMMAND } from '../../utils/neutral-names';
import { builtExtensionDir, newProfileIn, requireBuilt } from './shared-fixtures';

/** The built extension under test. */
export const EXTENSION_DIR = builtExtensionDir('chrome-mv3');
/** Debian's Chromium binary (the /usr/bin/chromium wrapper adds flags of its own; see docs/DESIGN.md). */
export const CHROMIUM = process.env.QE_CHROMIUM ?? '/usr/lib/chromium/chromium';

export interface LaunchOptions {
  /** Reuse a profile directory (relaunch on the same profile); a new temporary one by default. */
  profileDir?: string;
  /** Headed, for real X key events (needs a DISPLAY, e.g. under xvfb-run). */
  headed?: boolean;
  /** Extra host-resolver mappings, e.g. `MAP thehotline.org 127.0.0.1`. */
  hostRules?: string[];
  /** Another build to load (the discreet build); `EXTENSION_DIR` by default. */
  extensionDir?: string;
  /** More command-line switches, e.g. `--lang=en-US`. */
  args?: string[];
}

export interface Launched {
  context: BrowserContext;
  profileDir: string;
  extensionId: string;
  /** The extension's service worker (after a restart, call `serviceWorker()` again). */
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

export function newProfileDir(): string {
  return newProfileIn('qe-profile-');
}

/** Launches Chromium with the built extension loaded, flags as measured in docs/DESIGN.md. */
export async function launchWithExtension(opts: LaunchOptions = {}): Promise<Launched> {
  const dir = opts.extensionDir ?? EXTENSION_DIR;
  requireBuilt(dir, 'npm run build');
  const profileDir = opts.profileDir ?? newProfileDir();
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: !opts.headed,
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-first-run',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,MediaRouter',
      `--host-resolver-rules=${['MAP *.test 127.0.0.1', ...(opts.hostRules ?? [])].join(',')}`,
      ...(opts.args ?? []),
    ],
  });
  const serviceWorker = async () => {
    const found = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return found ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  };
  const sw = await serviceWorker();
  const extensionId = new URL(sw.url()).host;
  return {
    context,
    profileDir,
    extensionId,
    serviceWorker,
    close: () => context.close(),
  };
}

/**
 * Launches with Quick Exit allowed in incognito windows, the switch a user turns on in the
 * extension's Details (Chromium keeps it in the profile's Preferences as
 * `extensions.settings[id].incognito`): written between two launches, as welcome.spec.ts does.
 */
export async function launchAllowedInIncognito(opts: LaunchOptions = {}): Promise<Launched> {
  const first = await launchWithExtension(opts);
  await first.close();
  const file = path.join(first.profileDir, 'Default', 'Preferences');
  const prefs = JSON.parse(fs.readFileSync(file, 'utf8'));
  prefs.extensions.settings[first.extensionId].incognito = true;
  fs.writeFileSync(file, JSON.stringify(prefs));
  return launchWithExtension({ ...opts, profileDir: first.profileDir });
}

/** Every URL in the browser's history (`chrome.history.search` in the service worker). */
export async function historyUrls(sw: Worker): Promise<string[]> {
  return sw.evaluate(async () =>
    (await chrome.history.search({ text: '', startTime: 0, maxResults: 100_000 })).map((h) => h.url ?? ''),
  );
}

/**
 * What started the background's last clean-up (`storage.session` key `lastCleanup`): `'exit'` once an
 * exit's clean-up has run. The popup never shows an exit's report (it would announce the exit).
 */
export async function lastCleanupCause(sw: Worker): Promise<string | undefined> {
  const { lastCleanup } = (await sw.evaluate(() => chrome.storage.session.get('lastCleanup'))) as {
    lastCleanup?: { cause?: string };
  };
  return lastCleanup?.cause;
}

/** Every URL in Recently closed (tabs, and tabs of closed windows). */
export async function recentlyClosedUrls(sw: Worker): Promise<string[]> {
  return sw.evaluate(async () =>
    (await chrome.sessions.getRecentlyClosed()).flatMap((s) =>
      s.tab ? [s.tab.url ?? ''] : (s.window?.tabs ?? []).map((t) => t.url ?? ''),
    ),
  );
}

/** The exit shortcut the browser really has (`commands.getAll`), or null when none is set. */
export async function exitShortcut(sw: Worker): Promise<string | null> {
  const commands = await sw.evaluate(() => chrome.commands.getAll());
  return commands.find((c) => c.name === EXIT_COMMAND || c.name === NEUTRAL_EXIT_COMMAND)?.shortcut || null;
}

/** Writes settings the way the options page does (`storage.local`, key `settings`). */
export async function setSettings(sw: Worker, patch: Record<string, unknown>): Promise<void> {
  await sw.evaluate(async (p) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object | undefined), ...p } });
  }, patch);
}

/**
 * Stops every service worker over CDP, as Chrome does to an idle extension, and waits until CDP
 * reports the extension's worker as `stopped` (so a test really starts from a stopped worker).
 */
export async function stopServiceWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  let status = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    status = new Map(status);
    for (const v of e.versions) status.set(v.versionId, `${v.scriptURL} ${v.runningStatus}`);
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  const end = Date.now() + 10_000;
  const extensionWorkers = () => [...status.values()].filter((s) => s.startsWith('chrome-extension://'));
  while (!(extensionWorkers().length > 0 && extensionWorkers().every((s) => s.endsWith(' stopped')))) {
    if (Date.now() > end) throw new Error(`service worker did not stop: ${extensionWorkers().join(', ')}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  await cdp.detach().catch(() => {});
}

/**
 * Presses a panic sequence with real key events. The tab may close between keydown and keyup,
 * which makes Playwright reject: that is success, not failure (docs/DESIGN.md).
 */
export async function pressPanic(page: Page, keys: 'escape' | 'shift'): Promise<void> {
  const press = async (key: string) => {
    await page.keyboard.press(key).catch(() => {});
  };
  if (keys === 'escape') for (let i = 0; i < 2; i++) await press('Escape');
  else for (let i = 0; i < 3; i++) await press('Shift');
}

/** Waits until no open page's URL starts with `prefix`. */
export async function waitForNoPage(context: BrowserContext, prefix: string, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (context.pages().some((p) => p.url().startsWith(prefix))) {
    if (Date.now() > end) throw new Error(`A page on ${prefix} is still open`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Grants an optional permission (e.g. `downloads`) the way accepting the browser's prompt does,
 * by writing it into the closed profile's `Default/Preferences`: Playwright cannot click the
 * prompt. Relaunch on the same profile afterwards; `permissions.request` then resolves at once.
 */
export function grantOptionalPermission(profileDir: string, extensionId: string, permission: string): void {
  const file = path.join(profileDir, 'Default', 'Preferences');
  const prefs = JSON.parse(fs.readFileSync(file, 'utf8'));
  const ext = prefs.extensions?.settings?.[extensionId];
  if (!ext) throw new Error(`No settings for extension ${extensionId} in ${file}`);
  for (const key of ['active_permissions', 'granted_permissions', 'runtime_granted_permissions']) {
    ext[key] ??= { api: [], explicit_host: [], manifest_permissions: [], scriptable_host: [] };
    ext[key].api = [...new Set([...(ext[key].api ?? []), permission])];
  }
  fs.writeFileSync(file, JSON.stringify(prefs));
}

/** Opens the extension's popup page in a tab (Playwright cannot open the toolbar popup itself). */
export async function openPopup(launched: Launched): Promise<Page> {
  const page = await launched.context.newPage();
  await page.goto(`chrome-extension://${launched.extensionId}/popup.html`);
  return page;
}
