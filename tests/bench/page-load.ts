import type { TestServer } from '../e2e/server';
import { openTab, type Cdp, type RawBrowser } from './cdp';

/**
 * Page-load overhead of the content script (and of the background's navigation tracking): a heavy
 * local page (tests/e2e/server.ts `/bench/heavy`: GOV.UK's full CSS and JS, 600 headed paragraphs,
 * a 300-row table) loaded `runs` times in a browser with Quick Exit, in one without, and in a
 * second one without (the control: how far two identical browsers differ on this machine), in a
 * rotating order so that none always goes first, each in a tab that is reused. The time is the
 * page's own Navigation Timing: `loadEventEnd` and `domContentLoadedEventEnd`, from navigation start.
 * One warm-up load each is not counted (it fills the HTTP cache with the GOV.UK files).
 */

export interface LoadSample {
  load: number;
  dcl: number;
}

async function loadOnce(cdp: Cdp, sessionId: string, url: string): Promise<LoadSample> {
  const loaded = cdp.waitFor((e) => e.sessionId === sessionId && e.method === 'Page.loadEventFired', 20_000, 'load');
  await cdp.send('Page.navigate', { url }, sessionId);
  await loaded;
  return cdp.evaluate<LoadSample>(
    sessionId,
    `new Promise((r) => setTimeout(() => { const n = performance.getEntriesByType('navigation')[0]; r({ load: n.loadEventEnd, dcl: n.domContentLoadedEventEnd }); }, 0))`,
  );
}

export async function pageLoadOverhead(
  withExt: RawBrowser,
  without: RawBrowser,
  control: RawBrowser,
  server: TestServer,
  runs = 50,
): Promise<{ with: LoadSample[]; without: LoadSample[]; control: LoadSample[] }> {
  const url = `${server.origin('heavy.test')}/bench/heavy`;
  const browsers = { with: withExt, without, control } as const;
  type Which = keyof typeof browsers;
  const names = Object.keys(browsers) as Which[];
  const tabs = {} as Record<Which, { targetId: string; sessionId: string }>;
  for (const which of names) tabs[which] = await openTab(browsers[which].cdp, url);
  const result: Record<Which, LoadSample[]> = { with: [], without: [], control: [] };
  for (let i = 0; i < runs; i++) {
    // Each browser goes first, second and third equally often.
    const order = names.map((_, k) => names[(i + k) % names.length]);
    if (Math.floor(i / names.length) % 2) order.reverse();
    for (const which of order) result[which].push(await loadOnce(browsers[which].cdp, tabs[which].sessionId, url));
  }
  for (const which of names) await browsers[which].cdp.send('Target.closeTarget', { targetId: tabs[which].targetId });
  return result;
}

/**
 * The content script's own main-thread time on each page load, from a Chromium trace of the
 * heavy page loaded `runs` times in the browser with Quick Exit: the `EvaluateScript` of
 * content-script.js (compiling and running it, in its isolated world) plus every `FunctionCall`
 * into it during the load (its settings callback). Unlike the load-event comparison above, this
 * is not drowned by the page's own run-to-run noise. `load` is the same load's load event, to set
 * the cost against.
 */
export interface ScriptCostSample {
  /** ms of main-thread time in content-script.js, summed over every frame of the page. */
  mainThread: number;
  /** How many frames ran it. */
  frames: number;
  load: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  args?: { data?: { url?: string; frame?: string } };
}

export async function contentScriptCost(b: RawBrowser, server: TestServer, runs = 10): Promise<ScriptCostSample[]> {
  const url = `${server.origin('heavy.test')}/bench/heavy`;
  const script = `chrome-extension://${b.extensionId}/content-script.js`;
  const tab = await openTab(b.cdp, url);
  const samples: ScriptCostSample[] = [];
  for (let i = 0; i < runs; i++) {
    const events: TraceEvent[] = [];
    const off = b.cdp.on((e) => {
      if (e.method === 'Tracing.dataCollected') events.push(...(e.params.value as TraceEvent[]));
    });
    await b.cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
    const { load } = await loadOnce(b.cdp, tab.sessionId, url);
    const complete = b.cdp.waitFor((e) => e.method === 'Tracing.tracingComplete', 20_000, 'the trace');
    await b.cdp.send('Tracing.end');
    await complete;
    off();
    const ours = events.filter(
      (e) => e.ph === 'X' && (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && e.args?.data?.url === script,
    );
    samples.push({
      mainThread: ours.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000,
      frames: new Set(ours.filter((e) => e.name === 'EvaluateScript').map((e) => e.args?.data?.frame)).size,
      load,
    });
  }
  await b.cdp.send('Target.closeTarget', { targetId: tab.targetId });
  return samples;
}
