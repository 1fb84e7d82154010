import net from 'node:net';
import { performance } from 'node:perf_hooks';
import type { TestServer } from '../e2e/server';
import { attachServiceWorker, openTab, type Cdp, type CdpEvent, type RawBrowser } from './cdp';

/**
 * Exit latency: from the final trigger key to (a) the page's content hidden and (b) the old page
 * gone and the decoy committed. Quick Exit (Shift×3, worker warm and stopped) side by side with
 * GOV.UK Frontend's "Exit this page" (Shift×3) in the same browser.
 *
 * How each time is taken:
 * - The key: Chromium stamps every input event with the time the browser received it
 *   (`event.timeStamp`, on the page's clock). A probe installed with
 *   `Page.addScriptToEvaluateOnNewDocument` registers a capture `keyup` listener on `window`
 *   before the page's own scripts and before Quick Exit's document_start content script (checked:
 *   it sees the final Shift keyup, which Quick Exit's listener then stops), and records that
 *   `timeStamp`. Nothing is timed on the Node side of the key.
 * - (a) hidden: the probe's MutationObserver sees the hiding DOM change (Quick Exit's overlay or
 *   GOV.UK's class) and records the time ("DOM"); then, in each following animation frame's rAF
 *   callback, it checks whether `#bench-content` is still rendered (`checkVisibility()`) and
 *   records the first frame in which it is not: the first frame painted without the content.
 *   Both on the page's clock. If the old page is gone before that frame (closed, or replaced by
 *   the decoy), the time it went counts instead, and the sample says so.
 * - (b) the browser reports targets over CDP (`Target.setDiscoverTargets`, nothing attached to the
 *   new tab, so nothing pauses it): the decoy is committed when its target's URL becomes the
 *   decoy URL (`Target.targetInfoChanged`); Quick Exit's old tab is gone at `Target.targetDestroyed`.
 *   GOV.UK's old page is gone when the decoy commits in the same tab. These arrive on the Node
 *   clock; the key time is moved to it by a ping calibration (best of 5 `performance.now()`
 *   round trips, error at most half a round trip, typically < 0.5 ms). CDP delivery adds a little,
 *   so (b) errs on the slow side.
 */

export type ExitKind = 'quick-exit-warm' | 'quick-exit-stopped' | 'govuk';

/**
 * Where the exited tab sits and what the page and the decoy are like: the layouts a user meets.
 * The bench page is opened in the first window after its blank tab, then moved (by the extension's
 * own service worker, `tabs.move` / `windows.create({ tabId })`) to where the layout puts it.
 */
export interface Layout {
  /** Short key, used in the JSON. */
  key: string;
  label: string;
  /** `after`: a tab on its left; `first`: index 0, a tab on its right; `only`: the window's only tab. */
  position: 'after' | 'first' | 'only';
  /** In a second window (the first window keeps its own tab). */
  secondWindow: boolean;
  /** The page registers its own `beforeunload` handler ("Leave site?"), as many forms do. */
  pageBeforeunload: boolean;
  /** `unreachable`: the decoy's host accepts the connection and never answers (offline, slow DNS). */
  decoy: 'local' | 'unreachable';
  /** The extension's service worker stopped (`ServiceWorker.stopAllWorkers`) before the keys. */
  workerStopped: boolean;
  /**
   * ms the browser is left alone (nothing attached to the worker, no event) between the page's
   * set-up and the keys: the worker's idle timeout (30 s) passes, as when a user reads a page for a
   * minute before pressing the keys. Chromium stops an idle worker unless something keeps it
   * (features/keep-awake.ts).
   */
  idleMs: number;
}

const layout = (key: string, label: string, patch: Partial<Layout> = {}): Layout => ({
  key,
  label,
  position: 'after',
  secondWindow: false,
  pageBeforeunload: false,
  decoy: 'local',
  workerStopped: false,
  idleMs: 0,
  ...patch,
});

/** How long the `worker-idle` layout leaves the browser alone (`BENCH_IDLE_S`, default 60). */
export const IDLE_MS = Number(process.env.BENCH_IDLE_S ?? 60) * 1000;

export const LAYOUTS: Layout[] = [
  layout('after', "A tab on its left (the bench's usual layout)"),
  layout('first', 'First tab of its window (a tab on its right)', { position: 'first' }),
  layout('only', 'Only tab of its window (a second window; the first keeps its tab)', { position: 'only' }),
  layout('second-window', 'In a second window (a tab on its left)', { secondWindow: true }),
  layout('page-beforeunload', 'Page with its own beforeunload handler (a tab on its left)', { pageBeforeunload: true }),
  layout('decoy-unreachable', 'Decoy host never answers (a tab on its left)', { decoy: 'unreachable' }),
  layout('decoy-unreachable-only', 'Decoy host never answers, only tab of its window', {
    decoy: 'unreachable',
    position: 'only',
  }),
  layout('worker-stopped', 'Worker just woken (stopped before the keys; a tab on its left)', { workerStopped: true }),
  layout('worker-stopped-first', 'Worker just woken, first tab of its window', {
    workerStopped: true,
    position: 'first',
  }),
  layout('worker-idle', 'Browser left alone 60 s before the keys (a tab on its left)', { idleMs: IDLE_MS }),
];

/** The decoy addresses of a run: a local page, and a host that never answers (`startHangingServer`). */
export interface Decoys {
  local: string;
  unreachable: string;
}

/** A server that accepts every connection and never answers: the decoy of an unreachable host. */
export async function startHangingServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    socket.resume();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () =>
      new Promise((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

export interface ExitSample {
  kind: ExitKind;
  /** Layout key (LAYOUTS); the side-by-side runs use 'after'. */
  layout: string;
  /** Which build of the extension (see variants.ts): 'as-built' or a variant's name. */
  build: string;
  /** Key to the first animation frame rendered without the content. */
  hiddenFrame: number;
  /** Key to the DOM change that hides the content. */
  hiddenDom: number;
  /**
   * Key to the decoy's tab created (its page target appears): the exit's create has reached the
   * browser. Splits `oldPageGone` into the way to the browser (keys, content script, message,
   * worker) and what the browser does after (the close, with the page's `beforeunload`). NaN for
   * GOV.UK and a fallback navigation (no new tab).
   */
  decoyCreated: number;
  /** Key to the decoy document committed (NaN: not within the wait, e.g. an unreachable decoy). */
  decoyCommitted: number;
  /** Key to the old page gone (tab closed; GOV.UK: replaced by the decoy). NaN: still there. */
  oldPageGone: number;
  /** Quick Exit only: the content script's own fallback (navigating the tab) was used. */
  fallback: boolean;
  /** The old page was gone before it painted a hidden frame (`hiddenFrame` is then the time it went). */
  goneBeforeFrame: boolean;
  /** The decoy tab was closed again (its window closed with the old tab): a failed exit. */
  decoyLost: boolean;
  /** A JavaScript dialog ("Leave site?") opened on the old page: a failed exit. */
  dialog: boolean;
  /** Whether the extension's service worker was running when the keys were pressed (CDP targets). */
  workerRunning?: boolean;
}

/** Runs in the page's main world before anything else (Page.addScriptToEvaluateOnNewDocument). */
const PROBE = `(() => {
  const report = (o) => { try { __qeBench(JSON.stringify(o)); } catch {} };
  addEventListener('keyup', (e) => { if (e.key === 'Shift') report({ type: 'keyup', t: e.timeStamp }); }, true);
  // Quick Exit's cover (a random custom-element name under <html>), or GOV.UK's hiding class:
  // cheap to test, no style recalculation.
  const marked = () => [...document.documentElement.children].some((e) => e.localName.includes('-')) || !!document.body?.classList.contains('govuk-exit-this-page-hide-content');
  const rendered = () => document.getElementById('bench-content')?.checkVisibility() ?? true;
  let dom = false, frame = false;
  new MutationObserver(() => {
    if (dom || !marked()) return;
    dom = true;
    report({ type: 'dom', t: performance.now() });
    const tick = () => {
      const t = performance.now();
      if (rendered()) return requestAnimationFrame(tick);
      frame = true;
      report({ type: 'frame', t });
    };
    requestAnimationFrame(tick);
  }).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

const SHIFT = { key: 'Shift', code: 'ShiftLeft', windowsVirtualKeyCode: 16, nativeVirtualKeyCode: 16, location: 1 };

async function pressShift(cdp: Cdp, sessionId: string): Promise<void> {
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', modifiers: 8, ...SHIFT }, sessionId);
  // The tab may be closing by the time the keyup is acknowledged.
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', modifiers: 0, ...SHIFT }, sessionId).catch(() => {});
}

/** Offset to add to a page `performance.now()` to get Node's `performance.now()`. */
async function clockOffset(cdp: Cdp, sessionId: string): Promise<number> {
  let best = { rtt: Infinity, offset: 0 };
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const page = await cdp.evaluate<number>(sessionId, 'performance.now()');
    const t1 = performance.now();
    if (t1 - t0 < best.rtt) best = { rtt: t1 - t0, offset: (t0 + t1) / 2 - page };
  }
  return best.offset;
}

const nextFrames = (cdp: Cdp, sessionId: string) =>
  cdp.evaluate(sessionId, 'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** Writes Quick Exit's settings from its service worker (as the options page would). */
export async function setExtensionSettings(b: RawBrowser, patch: Record<string, unknown>): Promise<void> {
  const sw = await attachServiceWorker(b.cdp, b.extensionId!);
  await b.cdp.evaluate(
    sw,
    `(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, ...${JSON.stringify(patch)} } });
    })()`,
  );
  await b.cdp.send('Target.detachFromTarget', { sessionId: sw });
}

/** Stops every service worker (as Chrome does to an idle extension) and waits until ours is stopped. */
export async function stopWorkers(cdp: Cdp, sessionId: string, extensionId: string): Promise<void> {
  const stopped = cdp.waitFor(
    (e) =>
      e.method === 'ServiceWorker.workerVersionUpdated' &&
      (e.params.versions as { scriptURL: string; runningStatus: string }[]).some(
        (v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`) && v.runningStatus === 'stopped',
      ),
    10_000,
    'the service worker to stop',
  );
  await cdp.send('ServiceWorker.enable', {}, sessionId);
  await cdp.send('ServiceWorker.stopAllWorkers', {}, sessionId);
  await stopped;
  await cdp.send('ServiceWorker.disable', {}, sessionId);
}

/** Whether the extension's worker runs now: its target exists (listing targets wakes nothing). */
export async function workerIsRunning(cdp: Cdp, extensionId: string): Promise<boolean> {
  const { targetInfos } = await cdp.send<{ targetInfos: { type: string; url: string }[] }>('Target.getTargets');
  return targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
}

let runCounter = 0;

interface PreparedTab {
  targetId: string;
  sessionId: string;
  tabId: number;
  windowId: number;
  index: number;
}

/**
 * Opens `url` (made unique) in a new tab, then puts the tab where `layout` says with the
 * extension's service worker, adds the page's own beforeunload handler if asked, and waits two
 * frames. `setup` runs before the page loads (the probe).
 */
async function prepareTab(
  b: RawBrowser,
  url: string,
  l: Layout,
  setup?: (sessionId: string) => Promise<void>,
): Promise<PreparedTab> {
  const { cdp } = b;
  const unique = `${url}${url.includes('?') ? '&' : '?'}run=${++runCounter}`;
  const { targetId, sessionId } = await openTab(cdp, unique, setup);
  const sw = await attachServiceWorker(cdp, b.extensionId!);
  const placed = await cdp.evaluate<{ tabId: number; windowId: number; index: number }>(
    sw,
    `(async () => {
      const [tab] = await chrome.tabs.query({ url: ${JSON.stringify(unique)} });
      if (!tab) throw new Error('bench tab not found');
      let windowId = tab.windowId;
      if (${l.secondWindow} || ${l.position === 'only'}) {
        // A new window of its own (the first window keeps its blank tab); with a tab on its left
        // unless the layout wants it alone.
        windowId = (await chrome.windows.create({ tabId: tab.id, focused: true })).id;
        if (${l.position !== 'only'}) await chrome.tabs.create({ windowId, index: 0, url: 'about:blank', active: false });
      }
      if (${l.position === 'first'}) {
        await chrome.tabs.move(tab.id, { index: 0 });
        if ((await chrome.tabs.query({ windowId })).length < 2) await chrome.tabs.create({ windowId, url: 'about:blank', active: false });
      }
      await chrome.tabs.update(tab.id, { active: true });
      const now = await chrome.tabs.get(tab.id);
      return { tabId: now.id, windowId: now.windowId, index: now.index };
    })()`,
  );
  await cdp.send('Target.detachFromTarget', { sessionId: sw });
  if (l.pageBeforeunload)
    await cdp.evaluate(
      sessionId,
      `addEventListener('beforeunload', (e) => { e.preventDefault(); e.returnValue = 'stay'; })`,
    );
  await nextFrames(cdp, sessionId);
  return { targetId, sessionId, ...placed };
}

/** The decoy address of a run in layout `l`: the local page, or the host that never answers. */
function decoyAddress(server: TestServer, l: Layout, decoys?: Decoys): string {
  return l.decoy === 'unreachable' ? decoys!.unreachable : (decoys?.local ?? `${server.origin('decoy.test')}/decoy`);
}

/** Collects the ids of the pages opened from now on (so that a run closes them all), until `off()`. */
function collectOpenedPages(cdp: Cdp): { opened: string[]; off: () => void } {
  const opened: string[] = [];
  const off = cdp.on((e) => {
    const info = e.params.targetInfo as TargetInfo | undefined;
    if (e.method === 'Target.targetCreated' && info?.type === 'page') opened.push(info.targetId);
  });
  return { opened, off };
}

/** The id of the page `e` creates, if it is neither the exited page `targetId` nor one in `known`: the decoy's tab. */
function newPageTarget(e: CdpEvent, targetId: string, known: Set<string>): string | null {
  const info = e.params.targetInfo as TargetInfo | undefined;
  if (e.method !== 'Target.targetCreated' || info?.type !== 'page') return null;
  return info.targetId !== targetId && !known.has(info.targetId) ? info.targetId : null;
}

/** Closes every page the run opened (the old tab, the decoy, helper tabs and windows). */
async function closeAll(cdp: Cdp, ids: Iterable<string | null>): Promise<void> {
  for (const id of new Set(ids)) if (id) await cdp.send('Target.closeTarget', { targetId: id }).catch(() => {});
}

/** How long to wait for the decoy of an unreachable host, or for an old page that may never go. */
const WAIT_MS = 8000;
const WAIT_UNREACHABLE_MS = 2500;

/** One exit: opens the page, presses Shift×3, collects the times. */
export async function exitOnce(
  b: RawBrowser,
  server: TestServer,
  kind: ExitKind,
  opts: { layout?: Layout; decoys?: Decoys; build?: string } = {},
): Promise<ExitSample> {
  const { cdp } = b;
  const l =
    opts.layout ?? (kind === 'quick-exit-stopped' ? LAYOUTS.find((x) => x.key === 'worker-stopped')! : LAYOUTS[0]);
  const unreachable = l.decoy === 'unreachable';
  const decoyUrl = decoyAddress(server, l, opts.decoys);
  const url =
    kind === 'govuk'
      ? `${server.origin('service.test')}/bench/exit?govuk=1&decoy=${encodeURIComponent(decoyUrl)}`
      : `${server.origin('sensitive.test')}/bench/exit`;
  const reports: { type: 'keyup' | 'dom' | 'frame'; t: number }[] = [];
  let scriptId = '';
  const { opened, off: offCreated } = collectOpenedPages(cdp);
  const { targetId, sessionId } = await prepareTab(b, url, l, async (s) => {
    await cdp.send('Runtime.addBinding', { name: '__qeBench' }, s);
    ({ identifier: scriptId } = await cdp.send<{ identifier: string }>(
      'Page.addScriptToEvaluateOnNewDocument',
      { source: PROBE },
      s,
    ));
  });
  // The probe is in this document now; keep it out of the decoy's.
  await cdp.send('Page.removeScriptToEvaluateOnNewDocument', { identifier: scriptId }, sessionId);
  if (kind === 'govuk')
    await cdp.evaluate(
      sessionId,
      `new Promise((r) => { const t = setInterval(() => document.body.dataset.govukFrontendExitThisPageKeypress && (clearInterval(t), r()), 5); })`,
    );
  if (l.workerStopped || kind === 'quick-exit-stopped') await stopWorkers(cdp, sessionId, b.extensionId!);
  if (l.idleMs) await new Promise((r) => setTimeout(r, l.idleMs));
  const workerRunning = await workerIsRunning(cdp, b.extensionId!);
  const known = new Set(opened);

  let decoyTarget: string | null = kind === 'govuk' ? targetId : null;
  let decoyCommittedAt = NaN;
  let decoyCreatedAt = NaN;
  let oldGoneAt = NaN;
  let fallback = false;
  let gone = false;
  let decoyLost = false;
  let dialog = false;
  const done = new Promise<void>((resolve) => {
    const finish = () => {
      off();
      clearTimeout(timer);
      resolve();
    };
    // The frame report may never come: the old page can be gone before it paints again.
    const check = () => {
      const seen = (type: string) => reports.some((r) => r.type === type);
      const decoyDone = Number.isFinite(decoyCommittedAt) || decoyLost || (unreachable && kind !== 'govuk');
      if (decoyDone && Number.isFinite(oldGoneAt) && seen('dom') && (seen('frame') || gone)) finish();
    };
    const timer = setTimeout(finish, unreachable ? WAIT_UNREACHABLE_MS : WAIT_MS);
    const off = cdp.on((e: CdpEvent) => {
      if (e.method === 'Runtime.bindingCalled' && e.sessionId === sessionId)
        reports.push(JSON.parse(e.params.payload as string));
      if (e.method === 'Page.javascriptDialogOpening' && e.sessionId === sessionId) {
        // "Leave site?" held the tab open: a failed exit. Leave, so that the run ends.
        dialog = true;
        void cdp.send('Page.handleJavaScriptDialog', { accept: true }, sessionId).catch(() => {});
      }
      const info = e.params.targetInfo as TargetInfo | undefined;
      if (!decoyTarget && (decoyTarget = newPageTarget(e, targetId, known))) decoyCreatedAt = e.at;
      if (e.method === 'Target.targetInfoChanged' && info?.url === decoyUrl && !Number.isFinite(decoyCommittedAt)) {
        if (info.targetId === decoyTarget) decoyCommittedAt = e.at;
        else if (info.targetId === targetId) {
          // Quick Exit's content-script fallback navigated the old tab itself.
          fallback = true;
          decoyCommittedAt = e.at;
        }
        if (kind === 'govuk' || fallback) oldGoneAt = decoyCommittedAt;
      }
      if (e.method === 'Target.targetDestroyed' && e.params.targetId === targetId) {
        gone = true;
        if (!Number.isFinite(oldGoneAt)) oldGoneAt = e.at;
      }
      if (e.method === 'Target.targetDestroyed' && decoyTarget && e.params.targetId === decoyTarget && kind !== 'govuk')
        decoyLost = true;
      check();
    });
  });

  const offset = await clockOffset(cdp, sessionId);
  await pressShift(cdp, sessionId);
  await pressShift(cdp, sessionId);
  await pressShift(cdp, sessionId);
  await done;
  // A window that closes with the old tab takes the decoy with it a moment later.
  if (l.position === 'only' && kind !== 'govuk' && !decoyLost) await new Promise((r) => setTimeout(r, 150));
  offCreated();

  const keyups = reports.filter((r) => r.type === 'keyup');
  const dom = reports.find((r) => r.type === 'dom');
  const frame = reports.find((r) => r.type === 'frame');
  if (keyups.length < 3 || !dom) {
    await closeAll(cdp, [targetId, decoyTarget, ...opened]);
    throw new Error(`${kind}/${l.key}: probe saw ${keyups.length} keyups, hidden=${!!dom}`);
  }
  const key = keyups[2].t;
  const keyOnNode = key + offset;
  const oldPageGone = oldGoneAt - keyOnNode;
  const sample: ExitSample = {
    kind,
    layout: l.key,
    build: opts.build ?? 'as-built',
    hiddenFrame: frame ? frame.t - key : oldPageGone,
    hiddenDom: dom.t - key,
    decoyCreated: decoyCreatedAt - keyOnNode,
    decoyCommitted: decoyCommittedAt - keyOnNode,
    oldPageGone,
    fallback,
    goneBeforeFrame: !frame,
    decoyLost,
    dialog,
    workerRunning,
  };
  await closeAll(cdp, [targetId, decoyTarget, ...opened]);
  return sample;
}

/**
 * What the browser alone needs, with no key, no content script message and no exit logic: the
 * floor under Quick Exit's "decoy committed" and "old page gone", in the same layout.
 * - `swap`: the service worker is told over CDP to do the bare minimum of a tab swap, in one burst:
 *   `tabs.create({ windowId, index, url: decoy, active: true })` and, without waiting for its
 *   answer, `tabs.remove(old)` (Chromium runs the two in that order, so the decoy already keeps
 *   the window open; `decoyLost` says if it did not).
 * - `swap-await`: the same, but `tabs.remove` only once `tabs.create` answered (what Quick Exit does
 *   today when the tab is first in its window or alone in it).
 * - `navigate`: the page is told over CDP to `location.replace(decoy)`, what GOV.UK's component
 *   does, timed to the decoy's commit in the same tab.
 * All timed from sending the command (Node clock) to the CDP target events, like an exit. The page
 * is the same bench page on `service.test` (Quick Exit's content script runs there).
 */
export type FloorKind = 'swap' | 'swap-await' | 'navigate';

export interface FloorSample {
  kind: FloorKind;
  layout: string;
  build: string;
  /** Command to the decoy's tab created (NaN for `navigate`): as `ExitSample.decoyCreated`. */
  decoyCreated: number;
  decoyCommitted: number;
  oldPageGone: number;
  decoyLost: boolean;
}

export async function floorOnce(
  b: RawBrowser,
  server: TestServer,
  kind: FloorKind,
  opts: { layout?: Layout; decoys?: Decoys; build?: string } = {},
): Promise<FloorSample> {
  const { cdp } = b;
  const l = opts.layout ?? LAYOUTS[0];
  const unreachable = l.decoy === 'unreachable';
  const decoyUrl = decoyAddress(server, l, opts.decoys);
  const { opened, off: offCreated } = collectOpenedPages(cdp);
  const tab = await prepareTab(b, `${server.origin('service.test')}/bench/exit`, l);
  const { targetId, sessionId } = tab;
  // The floor has no worker start-up in it: a stopped worker is Quick Exit's own cost, measured against it.
  const sw = kind !== 'navigate' ? await attachServiceWorker(cdp, b.extensionId!) : '';
  const known = new Set(opened);
  let decoyTarget: string | null = kind === 'navigate' ? targetId : null;
  let committedAt = NaN;
  let createdAt = NaN;
  let goneAt = NaN;
  let decoyLost = false;
  const done = new Promise<void>((resolve) => {
    const timer = setTimeout(() => finish(), unreachable ? WAIT_UNREACHABLE_MS : WAIT_MS);
    const finish = () => {
      off();
      clearTimeout(timer);
      resolve();
    };
    const off = cdp.on((e: CdpEvent) => {
      const info = e.params.targetInfo as TargetInfo | undefined;
      if (!decoyTarget && (decoyTarget = newPageTarget(e, targetId, known))) createdAt = e.at;
      if (e.method === 'Target.targetInfoChanged' && info?.url === decoyUrl && info.targetId === decoyTarget) {
        if (!Number.isFinite(committedAt)) committedAt = e.at;
        if (kind === 'navigate') goneAt = committedAt;
      }
      if (e.method === 'Target.targetDestroyed' && e.params.targetId === targetId && !Number.isFinite(goneAt))
        goneAt = e.at;
      if (e.method === 'Target.targetDestroyed' && kind !== 'navigate' && e.params.targetId === decoyTarget)
        decoyLost = true;
      const decoyDone = Number.isFinite(committedAt) || decoyLost || (unreachable && kind !== 'navigate');
      if (decoyDone && Number.isFinite(goneAt)) finish();
    });
  });
  const create = `chrome.tabs.create({ windowId: ${tab.windowId}, index: ${tab.index}, url: ${JSON.stringify(decoyUrl)}, active: true })`;
  const sent = performance.now();
  if (kind === 'swap') void cdp.evaluate(sw, `void ${create}; void chrome.tabs.remove(${tab.tabId})`).catch(() => {});
  else if (kind === 'swap-await')
    void cdp.evaluate(sw, `void ${create}.then(() => chrome.tabs.remove(${tab.tabId}))`).catch(() => {});
  else void cdp.evaluate(sessionId, `location.replace(${JSON.stringify(decoyUrl)})`).catch(() => {});
  await done;
  if (l.position === 'only' && kind !== 'navigate' && !decoyLost) await new Promise((r) => setTimeout(r, 150));
  offCreated();
  if (sw) await cdp.send('Target.detachFromTarget', { sessionId: sw }).catch(() => {});
  await closeAll(cdp, [targetId, decoyTarget, ...opened]);
  return {
    kind,
    layout: l.key,
    build: opts.build ?? 'as-built',
    decoyCreated: createdAt - sent,
    decoyCommitted: committedAt - sent,
    oldPageGone: goneAt - sent,
    decoyLost,
  };
}
