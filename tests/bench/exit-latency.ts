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

export interface ExitSample {
  kind: ExitKind;
  /** Key to the first animation frame rendered without the content. */
  hiddenFrame: number;
  /** Key to the DOM change that hides the content. */
  hiddenDom: number;
  /** Key to the decoy document committed. */
  decoyCommitted: number;
  /** Key to the old page gone (tab closed; GOV.UK: replaced by the decoy). */
  oldPageGone: number;
  /** Quick Exit only: the content script's own fallback (navigating the tab) was used. */
  fallback: boolean;
  /** The old page was gone before it painted a hidden frame (`hiddenFrame` is then the time it went). */
  goneBeforeFrame: boolean;
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
async function stopWorkers(cdp: Cdp, sessionId: string, extensionId: string): Promise<void> {
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

/** One exit: opens the page, presses Shift×3, collects the times. */
export async function exitOnce(b: RawBrowser, server: TestServer, kind: ExitKind): Promise<ExitSample> {
  const { cdp } = b;
  const decoyUrl = `${server.origin('decoy.test')}/decoy`;
  const url =
    kind === 'govuk'
      ? `${server.origin('service.test')}/bench/exit?govuk=1&decoy=${encodeURIComponent(decoyUrl)}`
      : `${server.origin('sensitive.test')}/bench/exit`;
  const reports: { type: 'keyup' | 'dom' | 'frame'; t: number }[] = [];
  let scriptId = '';
  const { targetId, sessionId } = await openTab(cdp, url, async (s) => {
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
  await nextFrames(cdp, sessionId);
  if (kind === 'quick-exit-stopped') await stopWorkers(cdp, sessionId, b.extensionId!);

  let decoyTarget: string | null = kind === 'govuk' ? targetId : null;
  let decoyCommittedAt = NaN;
  let oldGoneAt = NaN;
  let fallback = false;
  let gone = false;
  const done = new Promise<void>((resolve) => {
    const finish = () => {
      off();
      clearTimeout(timer);
      resolve();
    };
    // The frame report may never come: the old page can be gone before it paints again.
    const check = () => {
      const seen = (type: string) => reports.some((r) => r.type === type);
      if (Number.isFinite(decoyCommittedAt) && Number.isFinite(oldGoneAt) && seen('dom') && (seen('frame') || gone))
        finish();
    };
    const timer = setTimeout(finish, 8000);
    const off = cdp.on((e: CdpEvent) => {
      if (e.method === 'Runtime.bindingCalled' && e.sessionId === sessionId)
        reports.push(JSON.parse(e.params.payload as string));
      const info = e.params.targetInfo as TargetInfo | undefined;
      if (e.method === 'Target.targetCreated' && info?.type === 'page' && info.targetId !== targetId && !decoyTarget)
        decoyTarget = info.targetId;
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
      check();
    });
  });

  const offset = await clockOffset(cdp, sessionId);
  await pressShift(cdp, sessionId);
  await pressShift(cdp, sessionId);
  await pressShift(cdp, sessionId);
  await done;

  const keyups = reports.filter((r) => r.type === 'keyup');
  const dom = reports.find((r) => r.type === 'dom');
  const frame = reports.find((r) => r.type === 'frame');
  if (keyups.length < 3 || !dom) throw new Error(`${kind}: probe saw ${keyups.length} keyups, hidden=${!!dom}`);
  const key = keyups[2].t;
  const keyOnNode = key + offset;
  const oldPageGone = oldGoneAt - keyOnNode;
  const sample: ExitSample = {
    kind,
    hiddenFrame: frame ? frame.t - key : oldPageGone,
    hiddenDom: dom.t - key,
    decoyCommitted: decoyCommittedAt - keyOnNode,
    oldPageGone,
    fallback,
    goneBeforeFrame: !frame,
  };
  // Leave one blank tab behind, nothing else.
  for (const id of new Set([targetId, decoyTarget]))
    if (id) await cdp.send('Target.closeTarget', { targetId: id }).catch(() => {});
  return sample;
}

/**
 * What the browser alone needs, with no key, no content script message and no exit logic: the
 * floor under Quick Exit's "decoy committed" and "old page gone".
 * - `swap`: the service worker is told over CDP to do the bare minimum of a tab swap,
 *   `tabs.create({ url: decoy, active: true })` and, once that answers, `tabs.remove(old)`. Timed
 *   from sending that command (Node clock) to the CDP target events, like an exit.
 * - `navigate`: the page is told over CDP to `location.replace(decoy)`, what GOV.UK's component
 *   does, timed to the decoy's commit in the same tab.
 * The page is the same bench page on `service.test` (Quick Exit's content script runs there).
 */
export type FloorKind = 'swap' | 'navigate';

export interface FloorSample {
  kind: FloorKind;
  decoyCommitted: number;
  oldPageGone: number;
}

export async function floorOnce(b: RawBrowser, server: TestServer, kind: FloorKind): Promise<FloorSample> {
  const { cdp } = b;
  const decoyUrl = `${server.origin('decoy.test')}/decoy`;
  const { targetId, sessionId } = await openTab(cdp, `${server.origin('service.test')}/bench/exit`);
  await nextFrames(cdp, sessionId);
  const sw = kind === 'swap' ? await attachServiceWorker(cdp, b.extensionId!) : '';
  const oldTabId =
    kind === 'swap'
      ? await cdp.evaluate<number>(
          sw,
          `chrome.tabs.query({ active: true, lastFocusedWindow: true }).then(([t]) => t.id)`,
        )
      : 0;
  let decoyTarget: string | null = kind === 'navigate' ? targetId : null;
  let committedAt = NaN;
  let goneAt = NaN;
  const done = new Promise<void>((resolve) => {
    const timer = setTimeout(() => finish(), 8000);
    const finish = () => {
      off();
      clearTimeout(timer);
      resolve();
    };
    const off = cdp.on((e: CdpEvent) => {
      const info = e.params.targetInfo as TargetInfo | undefined;
      if (e.method === 'Target.targetCreated' && info?.type === 'page' && info.targetId !== targetId && !decoyTarget)
        decoyTarget = info.targetId;
      if (e.method === 'Target.targetInfoChanged' && info?.url === decoyUrl && info.targetId === decoyTarget) {
        if (!Number.isFinite(committedAt)) committedAt = e.at;
        if (kind === 'navigate') goneAt = committedAt;
      }
      if (e.method === 'Target.targetDestroyed' && e.params.targetId === targetId && !Number.isFinite(goneAt))
        goneAt = e.at;
      if (Number.isFinite(committedAt) && Number.isFinite(goneAt)) finish();
    });
  });
  const sent = performance.now();
  if (kind === 'swap')
    void cdp.evaluate(
      sw,
      `void chrome.tabs.create({ url: ${JSON.stringify(decoyUrl)}, active: true }).then(() => chrome.tabs.remove(${oldTabId}))`,
    );
  else void cdp.evaluate(sessionId, `location.replace(${JSON.stringify(decoyUrl)})`).catch(() => {});
  await done;
  if (sw) await cdp.send('Target.detachFromTarget', { sessionId: sw }).catch(() => {});
  for (const id of new Set([targetId, decoyTarget]))
    if (id) await cdp.send('Target.closeTarget', { targetId: id }).catch(() => {});
  return { kind, decoyCommitted: committedAt - sent, oldPageGone: goneAt - sent };
}
