import type { TestServer } from '../e2e/server';
import { attachServiceWorker, openTab, type RawBrowser } from './cdp';
import { stopWorkers, workerIsRunning } from './exit-latency';
import { analyseTrace, type TraceEvent } from './trace-cpu';

/**
 * The extension's own CPU per page load, across all its processes, from one Chromium trace
 * (CDP `Tracing`, categories `toplevel,extensions,devtools.timeline`) of `navigations` loads of the
 * heavy page, each at a new address (the visit tracker writes only for an address it has not seen).
 * CPU is the trace's thread time (`tdur`), not wall time, so other processes on a busy machine do
 * not count. Per thread only top-level slices are summed (nested ones are inside them).
 *
 * - Page: every top-level task of the page's renderer process, all threads (the tracing thread
 *   left out): the page's own CPU, against which the rest is set.
 * - Content script (same renderer): `ScriptInjection::InjectJs` (isolated world set-up, compiling
 *   and running content-script.js), every other `extensions` slice, and every `FunctionCall` /
 *   `EvaluateScript` / `v8.compile` into content-script.js (its storage callback, its listeners,
 *   `beforeunload` at the next navigation).
 * - Service worker: every top-level task of the extension's renderer process (it hosts only the
 *   service worker here): the webNavigation listeners, the visit tracker's `storage.session`
 *   writes (serialising the value), History listeners, and with `stopWorker` its start-up.
 * - Browser: the browser process's `extensions` slices (content-script matching at each
 *   navigation, extension function dispatch) and tasks posted from Chromium's extensions code
 *   (`src_file` under `extensions/`, e.g. storage_frontend.cc `Set`). The routing of events to the
 *   worker is not named in the trace, so this part is a lower bound.
 */
export interface NavCpu {
  /**
   * How the worker was: kept warm by the navigations, stopped before each one, or the browser left
   * alone for `idleMs` before each one (the trace then also holds what keeps the worker running
   * meanwhile, features/keep-awake.ts, counted against the loads).
   */
  worker: 'warm' | 'stopped' | 'idle';
  /** `idle` only: ms left alone before each load, and how many loads found the worker stopped. */
  idleMs?: number;
  stoppedAtLoads?: number;
  /** Tabs' addresses already in the visit tracker (seeded) when the loads began. */
  trackedUrls: number;
  navigations: number;
  /** ms of CPU per navigation. */
  page: number;
  contentScript: number;
  serviceWorker: number;
  /** Of `serviceWorker`: its start-up (trace-cpu.ts `workerStart`). */
  workerStart: number;
  browser: number;
  /** (content script + worker + browser) / (page − content script). */
  share: number;
}

/** Puts `n` addresses into the visit tracker's store (20 fake tabs, one key each), as a long session would. */
async function seedTrackedVisits(b: RawBrowser, server: TestServer, n: number): Promise<void> {
  const sw = await attachServiceWorker(b.cdp, b.extensionId!);
  await b.cdp.evaluate(
    sw,
    `(async () => {
      const n = ${n}, tabs = 20, base = ${JSON.stringify(`${server.origin('seed.test')}/p/`)};
      const items = {};
      for (let t = 0; t < tabs; t++)
        items['tabVisits:' + (800000 + t)] = Array.from({ length: Math.ceil(n / tabs) }, (_, i) => base + 'page-' + t + '-' + i + '?q=' + 'x'.repeat(60));
      await chrome.storage.session.set(items);
    })()`,
  );
  await b.cdp.send('Target.detachFromTarget', { sessionId: sw });
}

let navCounter = 0;

export async function cpuPerNavigation(
  b: RawBrowser,
  server: TestServer,
  opts: { navigations: number; worker: 'warm' | 'stopped' | 'idle'; seedUrls?: number; idleMs?: number },
): Promise<NavCpu> {
  const url = () => `${server.origin('heavy.test')}/bench/heavy?nav=${++navCounter}`;
  const tab = await openTab(b.cdp, url());
  if (opts.seedUrls) {
    await seedTrackedVisits(b, server, opts.seedUrls);
    // The tracker reads the store when the worker starts: restart it, then one navigation to wake it.
    await stopWorkers(b.cdp, tab.sessionId, b.extensionId!);
    await loadAndSettle(b, tab.sessionId, url());
  }
  const events: TraceEvent[] = [];
  const off = b.cdp.on((e) => {
    if (e.method === 'Tracing.dataCollected') events.push(...(e.params.value as TraceEvent[]));
  });
  await b.cdp.send('Tracing.start', {
    categories: 'toplevel,extensions,devtools.timeline,disabled-by-default-v8.compile',
    transferMode: 'ReportEvents',
  });
  let stoppedAtLoads = 0;
  for (let i = 0; i < opts.navigations; i++) {
    if (opts.worker === 'stopped') await stopWorkers(b.cdp, tab.sessionId, b.extensionId!);
    if (opts.worker === 'idle') {
      await new Promise((r) => setTimeout(r, opts.idleMs ?? 60_000));
      if (!(await workerIsRunning(b.cdp, b.extensionId!))) stoppedAtLoads++;
    }
    await loadAndSettle(b, tab.sessionId, url());
  }
  const complete = b.cdp.waitFor((e) => e.method === 'Tracing.tracingComplete', 60_000, 'the trace');
  await b.cdp.send('Tracing.end');
  await complete;
  off();
  await b.cdp.send('Target.closeTarget', { targetId: tab.targetId });
  const t = analyseTrace(events, b.extensionId!);
  const per = (x: number) => x / opts.navigations;
  const r = {
    page: per(t.page),
    contentScript: per(t.contentScript),
    serviceWorker: per(t.serviceWorker),
    workerStart: per(t.workerStart),
    browser: per(t.browser),
  };
  return {
    worker: opts.worker,
    trackedUrls: opts.seedUrls ?? 0,
    navigations: opts.navigations,
    ...(opts.worker === 'idle' ? { idleMs: opts.idleMs ?? 60_000, stoppedAtLoads } : {}),
    ...r,
    share: (r.contentScript + r.serviceWorker + r.browser) / (r.page - r.contentScript),
  };
}

/** Loads `url` in the tab and waits for the load event and a little more (the worker's writes). */
async function loadAndSettle(b: RawBrowser, sessionId: string, url: string): Promise<void> {
  const loaded = b.cdp.waitFor((e) => e.sessionId === sessionId && e.method === 'Page.loadEventFired', 20_000, 'load');
  await b.cdp.send('Page.navigate', { url }, sessionId);
  await loaded;
  await new Promise((r) => setTimeout(r, 250));
}
