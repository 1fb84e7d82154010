import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Readable, Writable } from 'node:stream';
import { CHROMIUM, EXTENSION_DIR, newProfileDir } from '../e2e/browser';

/**
 * A bare Chrome DevTools Protocol connection over `--remote-debugging-pipe`, for the exit-latency
 * runs only.
 *
 * Why not Playwright there: Playwright auto-attaches to every new tab with
 * `waitForDebuggerOnStart`, so the decoy tab Quick Exit opens would sit paused until Playwright
 * finished its own set-up, adding its overhead to the very number being measured. Here nothing is
 * attached to a tab we did not open ourselves; new tabs are only watched (`Target.setDiscoverTargets`).
 * The switches mirror Playwright's (chromiumSwitches) plus the extension flags of tests/e2e/browser.ts,
 * so the browser behaves as it does in the e2e tests.
 */

type Params = Record<string, unknown>;
interface Incoming {
  id?: number;
  method?: string;
  params?: Params;
  result?: Params;
  error?: { message: string };
  sessionId?: string;
}
/** A CDP event, stamped with the Node clock (`performance.now()`) when it arrived. */
export interface CdpEvent {
  method: string;
  params: Params;
  sessionId?: string;
  at: number;
}

export class Cdp {
  private nextId = 1;
  private pending = new Map<number, { resolve(v: Params): void; reject(e: Error): void; method: string }>();
  private listeners = new Set<(e: CdpEvent) => void>();
  private buffer = '';

  constructor(
    private out: Writable,
    input: Readable,
  ) {
    input.on('data', (chunk: Buffer) => {
      // Stamp before parsing: the arrival time is what the measurements use.
      const at = performance.now();
      this.buffer += chunk.toString('utf8');
      let end: number;
      while ((end = this.buffer.indexOf('\0')) >= 0) {
        const msg = JSON.parse(this.buffer.slice(0, end)) as Incoming;
        this.buffer = this.buffer.slice(end + 1);
        this.dispatch(msg, at);
      }
    });
  }

  private dispatch(msg: Incoming, at: number): void {
    if (msg.id !== undefined) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (msg.error) p?.reject(new Error(`${p.method}: ${msg.error.message}`));
      else p?.resolve(msg.result ?? {});
      return;
    }
    const event: CdpEvent = { method: msg.method!, params: msg.params ?? {}, sessionId: msg.sessionId, at };
    for (const l of this.listeners) l(event);
  }

  /** Sends a command (to the browser, or to an attached target with `sessionId`). */
  send<T = Params>(method: string, params: Params = {}, sessionId?: string): Promise<T> {
    const id = this.nextId++;
    this.out.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + '\0');
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: Params) => void, reject, method });
    });
  }

  on(listener: (e: CdpEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves with the first event that matches. */
  waitFor(predicate: (e: CdpEvent) => boolean, timeout = 15_000, what = 'CDP event'): Promise<CdpEvent> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`Timed out waiting for ${what}`));
      }, timeout);
      const off = this.on((e) => {
        if (!predicate(e)) return;
        clearTimeout(timer);
        off();
        resolve(e);
      });
    });
  }

  /** Evaluates an expression in an attached target and returns its value (promises awaited). */
  async evaluate<T>(sessionId: string, expression: string): Promise<T> {
    const r = await this.send<{
      result: { value: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    }>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId);
    if (r.exceptionDetails)
      throw new Error(`evaluate: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value;
  }
}

export interface RawBrowser {
  cdp: Cdp;
  extensionId: string | null;
  /** The temporary profile; removed by `close()` unless `keepProfile` (then the caller removes it). */
  profileDir: string;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

/** Launches headless Debian Chromium (with the built extension unless `extension: false`). */
export async function launchRaw(
  opts: { extension?: boolean; extensionDir?: string; hostRules?: string[] } = {},
): Promise<RawBrowser> {
  const withExtension = opts.extension !== false;
  const extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  const profileDir = newProfileDir();
  const args = [
    // Playwright's defaults (playwright-core chromiumSwitches), so this browser matches the e2e one.
    '--disable-field-trial-config',
    '--disable-background-networking',
    '--disable-background-timer-throttling',
    '--disable-backgrounding-occluded-windows',
    '--disable-back-forward-cache',
    '--disable-breakpad',
    '--disable-component-extensions-with-background-pages',
    '--disable-component-update',
    '--no-default-browser-check',
    '--disable-default-apps',
    '--disable-dev-shm-usage',
    '--disable-hang-monitor',
    '--disable-ipc-flooding-protection',
    '--disable-popup-blocking',
    '--disable-prompt-on-repost',
    '--disable-renderer-backgrounding',
    '--force-color-profile=srgb',
    '--metrics-recording-only',
    '--no-first-run',
    '--password-store=basic',
    '--use-mock-keychain',
    '--no-service-autorun',
    '--disable-search-engine-choice-screen',
    '--disable-sync',
    '--headless',
    '--hide-scrollbars',
    '--mute-audio',
    '--no-sandbox',
    // tests/e2e/browser.ts
    '--disable-gpu',
    '--disable-quic',
    '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,MediaRouter,PaintHolding,OptimizationHints',
    `--host-resolver-rules=${['MAP *.test 127.0.0.1', ...(opts.hostRules ?? [])].join(',')}`,
    ...(withExtension
      ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
      : ['--disable-extensions']),
    `--user-data-dir=${profileDir}`,
    '--remote-debugging-pipe',
    'about:blank',
  ];
  const child: ChildProcess = spawn(CHROMIUM, args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  child.stderr!.on('data', () => {}); // drain; Chromium is chatty
  const killOnExit = () => {
    child.kill('SIGKILL');
    // Chromium may still be writing as it dies: a leftover temporary profile is no reason to crash.
    try {
      fs.rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 });
    } catch {}
  };
  process.once('exit', killOnExit);
  const cdp = new Cdp(child.stdio[3] as Writable, child.stdio[4] as Readable);
  let extensionId: string | null = null;
  if (withExtension) {
    const found = cdp.waitFor(
      (e) =>
        (e.method === 'Target.targetCreated' || e.method === 'Target.targetInfoChanged') &&
        (e.params.targetInfo as { type: string; url: string }).type === 'service_worker' &&
        (e.params.targetInfo as { url: string }).url.startsWith('chrome-extension://'),
      20_000,
      'the extension service worker',
    );
    // The first run opens the welcome page (utils/first-run.ts); a tab opened on top of the bench's
    // own would stop its animation frames, so wait for it and close it.
    const welcome = cdp.waitFor(
      (e) =>
        e.method === 'Target.targetCreated' &&
        /^chrome-extension:\/\/[a-p]{32}\/welcome\.html/.test((e.params.targetInfo as { url: string }).url),
      10_000,
      'the welcome page',
    );
    await cdp.send('Target.setDiscoverTargets', { discover: true });
    extensionId = new URL(((await found).params.targetInfo as { url: string }).url).host;
    const opened = await welcome.catch(() => null);
    if (opened)
      await cdp.send('Target.closeTarget', { targetId: (opened.params.targetInfo as { targetId: string }).targetId });
  } else {
    await cdp.send('Target.setDiscoverTargets', { discover: true });
  }
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return {
    cdp,
    extensionId,
    profileDir,
    close: async ({ keepProfile = false } = {}) => {
      await cdp.send('Browser.close').catch(() => {});
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      process.off('exit', killOnExit);
      if (!keepProfile) fs.rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/** Opens a tab at `url`, attaches to it (flat session) and waits for its load event. */
export async function openTab(
  cdp: Cdp,
  url: string,
  setup: (sessionId: string) => Promise<void> = async () => {},
): Promise<{ targetId: string; sessionId: string }> {
  const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
  await cdp.send('Page.enable', {}, sessionId);
  await cdp.send('Runtime.enable', {}, sessionId);
  await setup(sessionId);
  const loaded = cdp.waitFor((e) => e.sessionId === sessionId && e.method === 'Page.loadEventFired', 20_000, 'load');
  await cdp.send('Page.navigate', { url }, sessionId);
  await loaded;
  return { targetId, sessionId };
}

/** Attaches to the extension's service worker and returns its session (wakes it if stopped). */
export async function attachServiceWorker(cdp: Cdp, extensionId: string): Promise<string> {
  const { targetInfos } = await cdp.send<{ targetInfos: { targetId: string; type: string; url: string }[] }>(
    'Target.getTargets',
  );
  const sw = targetInfos.find(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
  );
  if (!sw) throw new Error('No extension service worker running');
  const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', {
    targetId: sw.targetId,
    flatten: true,
  });
  // A worker that is starting waits for an attached debugger to let it run.
  await cdp.send('Runtime.enable', {}, sessionId);
  await cdp.send('Runtime.runIfWaitingForDebugger', {}, sessionId);
  return sessionId;
}
