import { attachServiceWorker, launchRaw, type Cdp, type RawBrowser } from '../bench/cdp';

/**
 * Chromium with the built extension and no DevTools session attached to any web page.
 *
 * Playwright attaches to every page it sees, and Chromium refuses to prerender (speculation rules)
 * in a page that DevTools is attached to: `Preload.prerenderStatusUpdated` reports
 * `PrerenderingDisabledByDevTools` (Chromium 156, also after `Page.setPrerenderingAllowed`). Here the
 * browser runs over a bare CDP pipe (tests/bench/cdp.ts `launchRaw`) that only watches targets: the
 * tests open pages without attaching to them, and attach only to the extension's service worker
 * (to read tabs and History, as a check) and to its popup page (to press Exit now there).
 */
export interface Unattached {
  raw: RawBrowser;
  cdp: Cdp;
  extensionId: string;
  profileDir: string;
  /** Evaluates `expression` in the extension's service worker (promises awaited, value returned). */
  inWorker<T>(expression: string): Promise<T>;
  /** Opens a tab at `url` without attaching to it; returns its target id. */
  open(url: string): Promise<string>;
}

/** Launches the browser and sets the decoy (settings in `storage.local`, as the options page does). */
export async function launchUnattached(decoyUrl: string): Promise<Unattached> {
  const raw = await launchRaw();
  const { cdp } = raw;
  const extensionId = raw.extensionId!;
  const sw = await attachServiceWorker(cdp, extensionId);
  const inWorker = <T>(expression: string) => cdp.evaluate<T>(sw, expression);
  await inWorker(`chrome.storage.local.get('settings').then(({ settings }) =>
    chrome.storage.local.set({ settings: { ...settings, decoyUrl: ${JSON.stringify(decoyUrl)} } }))`);
  return {
    raw,
    cdp,
    extensionId,
    profileDir: raw.profileDir,
    inWorker,
    open: async (url) => (await cdp.send<{ targetId: string }>('Target.createTarget', { url })).targetId,
  };
}

/** Every URL in History (`chrome.history.search`, from the service worker). */
export function historyUrls(b: Unattached): Promise<string[]> {
  return b.inWorker(
    `chrome.history.search({ text: '', startTime: 0, maxResults: 100000 }).then((h) => h.map((i) => i.url))`,
  );
}

/** Every open tab's URL (pending URL while it loads). */
export function tabUrls(b: Unattached): Promise<string[]> {
  return b.inWorker(`chrome.tabs.query({}).then((tabs) => tabs.map((t) => t.pendingUrl || t.url))`);
}

/** Polls `read` until `done` holds of its value; throws with the last value after `timeout` ms. */
export async function until<T>(
  read: () => Promise<T>,
  done: (v: T) => boolean,
  what: string,
  timeout = 10_000,
): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await read();
    if (done(v)) return v;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}; last: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Exits as a user does from the toolbar popup: opens popup.html in a popup window (from the service
 * worker, as tests/e2e/pages/popup.ts does; headless Chromium shows it as a tab of the normal
 * window), attaches to that page only, and presses Enter on its focused "Exit now" button.
 */
export async function exitFromPopup(b: Unattached): Promise<void> {
  const url = `chrome-extension://${b.extensionId}/popup.html`;
  const opened = b.cdp.waitFor(
    (e) =>
      (e.method === 'Target.targetCreated' || e.method === 'Target.targetInfoChanged') &&
      (e.params.targetInfo as { url: string }).url === url,
    10_000,
    'the popup page',
  );
  await b.inWorker(
    `chrome.windows.create({ url: ${JSON.stringify(url)}, type: 'popup', width: 400, height: 640, focused: true }).then(() => 0)`,
  );
  const { targetId } = (await opened).params.targetInfo as { targetId: string };
  const { sessionId } = await b.cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
  await b.cdp.send('Runtime.enable', {}, sessionId);
  await until(
    () =>
      b.cdp
        .evaluate<boolean>(sessionId, `document.activeElement?.matches('button.exit-now') ?? false`)
        .catch(() => false),
    (focused) => focused,
    'the focused Exit now button',
  );
  const key = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, nativeVirtualKeyCode: 13 };
  await b.cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key, text: '\r' }, sessionId);
  // The popup closes itself on the exit: its key-up may find no page left.
  await Promise.race([
    b.cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key }, sessionId).catch(() => {}),
    new Promise((r) => setTimeout(r, 2000)),
  ]);
}
