/**
 * CPU time from a Chromium trace (JSON trace events as CDP `Tracing.dataCollected` delivers them),
 * split into the page's own and the extension's, by process. No imports: unit-tested on its own
 * (tests/unit/bench-trace-cpu.test.ts). Used by cpu-per-navigation.ts, which explains each part.
 */

/** ms of thread CPU time in the whole trace. */
export interface TraceCpu {
  /** Every top-level task of the renderer(s) that ran the content script, all threads. */
  page: number;
  /** The content script's own slices in that renderer. */
  contentScript: number;
  /** Every top-level task of the extension's own process (its service worker). */
  serviceWorker: number;
  /**
   * Of `serviceWorker`: starting it (a stopped worker woken by an event): V8 isolate set-up, and
   * compiling and evaluating background.js, which registers the listeners and runs the features'
   * `start` hooks (their synchronous part). The rest is the events themselves and storage.
   */
  workerStart: number;
  /** The browser process's extension slices and tasks posted from extensions code. */
  browser: number;
}

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; src_file?: string; data?: { url?: string } };
}

/** Sum of thread time of the top-level slices among `events` (per thread, nested slices skipped). */
function cpuOf(events: TraceEvent[]): number {
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const k = `${e.pid}/${e.tid}`;
    const list = byThread.get(k);
    if (list) list.push(e);
    else byThread.set(k, [e]);
  }
  let total = 0;
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    let end = -Infinity;
    for (const e of list) {
      if (e.ts < end) continue;
      end = e.ts + (e.dur ?? 0);
      total += e.tdur ?? e.dur ?? 0;
    }
  }
  return total / 1000;
}

export function analyseTrace(events: TraceEvent[], extensionId: string): TraceCpu {
  const script = `chrome-extension://${extensionId}/content-script.js`;
  const background = `chrome-extension://${extensionId}/background.js`;
  const processName = new Map<number, string>();
  const threadName = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'process_name') processName.set(e.pid, e.args?.name ?? '');
    else if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}/${e.tid}`, e.args?.name ?? '');
  const slices = events.filter((e) => e.ph === 'X' && threadName.get(`${e.pid}/${e.tid}`) !== 'PerfettoTrace');
  const ours = (e: TraceEvent) =>
    e.cat.split(',').includes('extensions') ||
    (['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.produceCache'].includes(e.name) &&
      e.args?.data?.url === script);
  const pagePids = new Set(slices.filter((e) => e.name === 'ScriptInjection::InjectJs').map((e) => e.pid));
  const swPids = new Set(
    [...threadName].filter(([, n]) => n === 'ServiceWorker thread').map(([k]) => Number(k.split('/')[0])),
  );
  for (const pid of swPids) if (processName.get(pid) !== 'Extension Renderer') swPids.delete(pid);
  const browserPids = new Set([...processName].filter(([, n]) => n === 'Browser').map(([pid]) => pid));
  const toplevel = (e: TraceEvent) => e.cat.split(',').includes('toplevel');
  return {
    page: cpuOf(slices.filter((e) => pagePids.has(e.pid) && toplevel(e))),
    contentScript: cpuOf(slices.filter((e) => pagePids.has(e.pid) && ours(e))),
    serviceWorker: cpuOf(slices.filter((e) => swPids.has(e.pid) && toplevel(e))),
    workerStart: cpuOf(
      slices.filter(
        (e) =>
          swPids.has(e.pid) &&
          (e.name === 'V8PerIsolateData::Initialize' ||
            (['v8.compile', 'EvaluateScript'].includes(e.name) && e.args?.data?.url === background)),
      ),
    ),
    browser: cpuOf(
      slices.filter(
        (e) =>
          browserPids.has(e.pid) &&
          (e.cat.split(',').includes('extensions') ||
            (e.name === 'ThreadControllerImpl::RunTask' && /(^|\/)extensions\//.test(e.args?.src_file ?? ''))),
      ),
    ),
  };
}
