/**
 * `npm run bench`: Quick Exit's speed and cost, measured in real headless Debian Chromium with the
 * built extension, printed as Markdown on stdout (progress goes to stderr) and saved as JSON
 * (`bench-results.json`, git-ignored; `BENCH_OUT` to change). Never fails on a time.
 *
 * Sections: 1–2 exit latency, Quick Exit and GOV.UK "Exit this page" side by side, then the old tab
 * gone in every layout a user meets against the browser's floors in that layout (layouts.ts), also
 * for variant builds with a proposed change (variants.ts); 3 content-script size, the extension's
 * CPU per page load from traces (cpu-per-navigation.ts) and the wall-clock page-load comparison;
 * 4 popup speed and bundle sizes; 5 erase scaling.
 * How each figure is taken is written beside its code (exit-latency.ts, page-load.ts, popup.ts,
 * erase-scaling.ts) and summarised under the tables.
 *
 * Knobs: BENCH_RUNS (side-by-side exit runs per kind, default 20), BENCH_LAYOUT_RUNS (runs per
 * layout, 10), BENCH_VARIANTS (comma-separated variant builds, default `no-keep-awake`; `none` for none),
 * BENCH_NAVS (traced navigations per CPU row, 10), BENCH_LOADS (page loads per browser, 40),
 * BENCH_POPUP_RUNS (20), BENCH_ERASE_WAIT_S (how long to wait for History to finish one erase, 60),
 * BENCH_LAYOUTS (comma-separated layout keys of exit-latency.ts LAYOUTS, all by default),
 * BENCH_SKIP (comma-separated sections to leave out: side-by-side, layouts, cpu, loads, popup, erase),
 * BENCH_IDLE_S (how long the "left alone" rows leave the browser before each exit or load, 60),
 * BENCH_IDLE_RUNS (exits in the layout "left alone", 3), BENCH_IDLE_NAVS (traced loads after being
 * left alone, 3; 0 for none).
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { EXTENSION_DIR } from '../e2e/browser';
import { startServer } from '../e2e/server';
import { launchRaw, type RawBrowser } from './cdp';
import { eraseScaling, type EraseSample } from './erase-scaling';
import {
  exitOnce,
  floorOnce,
  setExtensionSettings,
  IDLE_MS,
  startHangingServer,
  type Decoys,
  type ExitKind,
  type ExitSample,
  type FloorSample,
} from './exit-latency';
import { cpuPerNavigation, type NavCpu } from './cpu-per-navigation';
import { layoutMatrix, layoutTables, type LayoutResults } from './layouts';
import { contentScriptCost, pageLoadOverhead } from './page-load';
import { buildVariants } from './variants';
import { popupSpeed } from './popup';
import { kb, median, ms, p95, ratioInterval, round, summarize } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const LAYOUT_RUNS = Number(process.env.BENCH_LAYOUT_RUNS ?? 10);
const VARIANTS = (process.env.BENCH_VARIANTS ?? 'no-keep-awake').split(',').filter((v) => v && v !== 'none');
const NAVS = Number(process.env.BENCH_NAVS ?? 10);
const LOADS = Number(process.env.BENCH_LOADS ?? 40);
const SKIP = new Set((process.env.BENCH_SKIP ?? '').split(','));
const POPUP_RUNS = Number(process.env.BENCH_POPUP_RUNS ?? 20);
const OUT = process.env.BENCH_OUT ?? 'bench-results.json';
const ERASE_WAIT_S = Number(process.env.BENCH_ERASE_WAIT_S ?? 60);
/** Traced loads after the browser was left alone `BENCH_IDLE_S` (60 s) each; 0 leaves the row out. */
const IDLE_NAVS = Number(process.env.BENCH_IDLE_NAVS ?? 3);

const started = Date.now();
const log = (...args: unknown[]) => console.error(`[bench ${round((Date.now() - started) / 1000, 0)} s]`, ...args);

function machine(chromium: string) {
  const cpu = fs
    .readFileSync('/proc/cpuinfo', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('model name'))
    ?.split(':')[1]
    ?.trim();
  return {
    cpus: os.availableParallelism(),
    cpu: cpu ?? os.cpus()[0]?.model ?? 'unknown',
    memoryGB: round(os.totalmem() / 2 ** 30, 1),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium,
    loadAverage: os.loadavg().map((x) => round(x, 2)),
  };
}

/**
 * A copy of the built extension with one more page, `bench-floor.html`: a module script that adds
 * one focused button, nothing else. Opening it the way the popup is opened gives the floor under
 * "popup interactive" on this machine. The bench's main browser loads this copy (same code, another
 * extension id); the page-load browser loads the build itself.
 */
function extensionWithFloorPage(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qe-bench-ext-'));
  fs.cpSync(EXTENSION_DIR, dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'bench-floor.html'),
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>Floor</title><script type="module" src="/bench-floor.js"></script><body></body></html>',
  );
  fs.writeFileSync(
    path.join(dir, 'bench-floor.js'),
    "const b = document.createElement('button'); b.className = 'exit-now'; b.textContent = 'Exit now'; document.body.append(b); b.focus();",
  );
  process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function bundleSizes(loadedByPopup: string[]) {
  const files: { file: string; raw: number; gzip: number }[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js')) {
        const buf = fs.readFileSync(p);
        files.push({
          file: path.relative(EXTENSION_DIR, p),
          raw: buf.length,
          gzip: zlib.gzipSync(buf, { level: 9 }).length,
        });
      }
    }
  };
  walk(EXTENSION_DIR);
  // The popup's JS: every script and module preload popup.html references.
  const html = fs.readFileSync(path.join(EXTENSION_DIR, 'popup.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  const popup = files.filter((f) => refs.includes(f.file));
  const all = files.filter((f) => loadedByPopup.includes(f.file));
  const sum = (list: typeof files) => ({
    files: list.map((f) => f.file),
    raw: list.reduce((s, f) => s + f.raw, 0),
    gzip: list.reduce((s, f) => s + f.gzip, 0),
  });
  return { files, popup: sum(popup), popupAll: sum(all) };
}

/** Markdown: the extension's CPU per navigation, by process, against the page's own. */
function cpuTable(cpu: NavCpu[]): string[] {
  if (!cpu.length) return [];
  const f = (x: number) => `${round(x, 2)} ms`;
  const met = (ok: boolean) => (ok ? 'met' : '**missed**');
  return [
    "### Cost per page load: the extension's CPU across all its processes (traces)",
    '',
    "| Condition | Page's own CPU (its renderer) | Content script (same renderer) | Service worker (extension process) | ... of which its start (isolate, compile and evaluate background.js) | Browser process, extension work (lower bound) | Extension total / page | ≤ 2 % |",
    '|---|---|---|---|---|---|---|---|',
    ...cpu.map((c) => {
      const cond =
        c.worker === 'stopped'
          ? `Worker stopped before each load (it wakes for the navigation events; what a stopped worker costs), ${c.navigations} loads`
          : c.worker === 'idle'
            ? `Browser left alone ${round((c.idleMs ?? 0) / 1000, 0)} s before each load (real-world; keep-awake's pings meanwhile counted too), ${c.navigations} loads, worker found stopped at ${c.stoppedAtLoads}`
            : `Worker warm, ${c.trackedUrls ? `${c.trackedUrls.toLocaleString('en')} addresses already tracked (20 tabs)` : 'nothing tracked yet'}, ${c.navigations} loads`;
      return `| ${cond} | ${f(c.page - c.contentScript)} | ${f(c.contentScript)} | ${f(c.serviceWorker)} | ${f(c.workerStart)} | ${f(c.browser)} | ${round(c.share * 100, 2)} % | ${met(c.share <= 0.02)} |`;
    }),
    '',
    'How: one Chromium trace (CDP `Tracing`, categories `toplevel,extensions,devtools.timeline`) over the loads of the ' +
      'heavy page, each at a new address (the visit tracker only writes for an address it has not seen). CPU = thread ' +
      'time (`tdur`) of top-level slices, per navigation; the tracing thread is left out. Page: every top-level task of ' +
      "the page's renderer, all threads, less the content script. Content script: `ScriptInjection::InjectJs` (isolated " +
      'world, compile and run) and every call into content-script.js. Service worker: every top-level task of the ' +
      "extension's own process (webNavigation and History listeners, `storage.session` writes, start-up when woken). " +
      "Browser: the browser process's `extensions` trace slices and tasks posted from Chromium's extensions code " +
      '(content-script matching, extension function dispatch, the storage backend); the routing of events to the ' +
      'worker has no trace name of its own, so this column is a lower bound. See tests/bench/cpu-per-navigation.ts.',
    '',
  ];
}

async function main() {
  const server = await startServer();
  const hanging = await startHangingServer();
  const decoys: Decoys = {
    local: `${server.origin('decoy.test')}/decoy`,
    unreachable: `http://unreachable.test:${hanging.port}/decoy`,
  };
  const decoyUrl = decoys.local;
  const b = await launchRaw({ extensionDir: extensionWithFloorPage() });
  const { product } = await b.cdp.send<{ product: string }>('Browser.getVersion');
  log(`${product}, extension ${b.extensionId}`);
  // Each browser's decoy setting, written only when it changes.
  const decoyOf = new Map<RawBrowser, string>();
  const setDecoy = async (x: RawBrowser, url: string) => {
    if (decoyOf.get(x) === url) return;
    await setExtensionSettings(x, { decoyUrl: url });
    decoyOf.set(x, url);
  };
  await setDecoy(b, decoyUrl);

  // 1–2. Exit latency. Interleaved so that both sides share whatever else the machine is doing.
  // Quick Exit also answers Shift×3, so its tripleShift trigger is switched off for each GOV.UK run
  // (the page is then on a non-sensitive origin with only GOV.UK's component listening).
  const exits: ExitSample[] = [];
  const floors: FloorSample[] = [];
  const triggers = (tripleShift: boolean) =>
    setExtensionSettings(b, { triggers: { doubleEscape: true, tripleShift, singleEscape: false } });
  for (let i = 0; i < (SKIP.has('side-by-side') ? 0 : RUNS); i++) {
    await triggers(true);
    for (const kind of ['quick-exit-warm', 'quick-exit-stopped'] as ExitKind[])
      exits.push(await exitOnce(b, server, kind));
    await triggers(false);
    exits.push(await exitOnce(b, server, 'govuk'));
    for (const kind of ['swap', 'navigate'] as const) floors.push(await floorOnce(b, server, kind));
    if (i % 5 === 4) log(`exit runs ${i + 1}/${RUNS}`);
  }
  await triggers(true);

  // 2b. Every layout, against the floors in that layout; variant builds beside the built one.
  let layouts: LayoutResults = { runs: 0, exits: [], floors: [] };
  const builtVariants: string[] = [];
  const skippedVariants: string[] = [];
  if (!SKIP.has('layouts')) {
    const variantBrowsers: { name: string; browser: RawBrowser }[] = [];
    for (const [name, v] of Object.entries(buildVariants(VARIANTS, log))) {
      if ('skipped' in v) {
        skippedVariants.push(`${name} (${v.skipped})`);
        continue;
      }
      variantBrowsers.push({ name, browser: await launchRaw({ extensionDir: v.dir }) });
      builtVariants.push(name);
    }
    log('layouts');
    layouts = await layoutMatrix(b, variantBrowsers, server, decoys, LAYOUT_RUNS, setDecoy, log);
    for (const v of variantBrowsers) await v.browser.close();
    await setDecoy(b, decoyUrl);
  }

  // 4. Popup.
  log('popup');
  const { popup, floor: popupFloor } = await popupSpeed(b, SKIP.has('popup') ? 1 : POPUP_RUNS, 'bench-floor.html');

  // 5. Erase scaling (same browser, last: History keeps working after the calls answer).
  log('erase scaling');
  const erase: EraseSample[] = SKIP.has('erase')
    ? []
    : await eraseScaling(b, server, [100, 1000, 10_000], ERASE_WAIT_S * 1000, log);
  await b.close();
  await hanging.close();

  // 3. Page-load overhead: a second pair of browsers, one without the extension.
  log('page-load overhead');
  const withExt = await launchRaw();
  const without = await launchRaw({ extension: false });
  const control = await launchRaw({ extension: false });
  const loads = await pageLoadOverhead(withExt, without, control, server, SKIP.has('loads') ? 2 : LOADS);
  await control.close();
  // The extension's own CPU per navigation, all its processes, from traces.
  const cpu: NavCpu[] = [];
  if (!SKIP.has('cpu')) {
    log('CPU per navigation (traces)');
    cpu.push(await cpuPerNavigation(withExt, server, { navigations: NAVS, worker: 'warm' }));
    cpu.push(await cpuPerNavigation(withExt, server, { navigations: NAVS, worker: 'warm', seedUrls: 2000 }));
    cpu.push(await cpuPerNavigation(withExt, server, { navigations: Math.max(3, NAVS / 2), worker: 'stopped' }));
    if (IDLE_NAVS > 0)
      cpu.push(await cpuPerNavigation(withExt, server, { navigations: IDLE_NAVS, worker: 'idle', idleMs: IDLE_MS }));
  }
  log('content-script cost (trace)');
  const scriptCost = await contentScriptCost(withExt, server, 10);
  await withExt.close();
  await without.close();
  await server.close();

  const sizes = bundleSizes([...new Set(popup.flatMap((p) => p.scripts))]);
  const cs = sizes.files.find((f) => f.file === 'content-script.js')!;
  const m = machine(product);

  // Summaries.
  const of = (kind: ExitKind, key: 'hiddenFrame' | 'hiddenDom' | 'decoyCommitted' | 'oldPageGone') =>
    exits.filter((e) => e.kind === kind).map((e) => e[key]);
  const exitKeys = ['hiddenFrame', 'hiddenDom', 'decoyCommitted', 'oldPageGone'] as const;
  const kinds = ['quick-exit-warm', 'quick-exit-stopped', 'govuk'] as const;
  const exitSummary = Object.fromEntries(
    kinds.map((k) => [k, Object.fromEntries(exitKeys.map((key) => [key, summarize(of(k, key))]))]),
  ) as Record<ExitKind, Record<(typeof exitKeys)[number], ReturnType<typeof summarize>>>;
  const fallbacks = exits.filter((e) => e.fallback).length;
  const loadWith = median(loads.with.map((s) => s.load));
  const loadWithout = median(loads.without.map((s) => s.load));
  const dclWith = median(loads.with.map((s) => s.dcl));
  const dclWithout = median(loads.without.map((s) => s.dcl));
  const popupInteractive = popup.map((p) => p.interactive);
  const erasePer1000 = erase.map((e) => (e.doneMs / e.visits) * 1000);

  // Markdown.
  const mp = (xs: number[]) => `${round(median(xs))} / ${round(p95(xs))}`;
  const ratio = (a: number[], g: number[]) => `${round(median(a) / median(g), 2)} / ${round(p95(a) / p95(g), 2)}`;
  const met = (ok: boolean) => (ok ? 'met' : '**missed**');
  const w = (key: (typeof exitKeys)[number]) => of('quick-exit-warm', key);
  const s = (key: (typeof exitKeys)[number]) => of('quick-exit-stopped', key);
  const g = (key: (typeof exitKeys)[number]) => of('govuk', key);
  const lines: string[] = [];
  lines.push(
    `### Exit latency (ms from the final Shift keyup, median / p95, ${RUNS} runs each)`,
    '',
    '| | Quick Exit, worker warm | Quick Exit, worker stopped | GOV.UK "Exit this page" | Quick Exit / GOV.UK (warm) | Quick Exit / GOV.UK (stopped) | Target |',
    '|---|---|---|---|---|---|---|',
  );
  const hiddenOk = p95(w('hiddenFrame')) <= 17 && p95(s('hiddenFrame')) <= 17;
  const notLater = (xs: number[]) => median(xs) <= median(g('hiddenFrame')) && p95(xs) <= p95(g('hiddenFrame'));
  const notLaterOk = notLater(w('hiddenFrame')) && notLater(s('hiddenFrame'));
  lines.push(
    `| Content hidden: first frame painted without it | ${mp(w('hiddenFrame'))} | ${mp(s('hiddenFrame'))} | ${mp(g('hiddenFrame'))} | ${ratio(w('hiddenFrame'), g('hiddenFrame'))} | ${ratio(s('hiddenFrame'), g('hiddenFrame'))} | ≤ 17 ms p95: ${met(hiddenOk)}; not later than GOV.UK (median and p95): ${met(notLaterOk)} |`,
    `| Content hidden: DOM changed | ${mp(w('hiddenDom'))} | ${mp(s('hiddenDom'))} | ${mp(g('hiddenDom'))} | ${ratio(w('hiddenDom'), g('hiddenDom'))} | ${ratio(s('hiddenDom'), g('hiddenDom'))} | |`,
    `| Decoy committed | ${mp(w('decoyCommitted'))} | ${mp(s('decoyCommitted'))} | ${mp(g('decoyCommitted'))} | ${ratio(w('decoyCommitted'), g('decoyCommitted'))} | ${ratio(s('decoyCommitted'), g('decoyCommitted'))} | ≤ 100 ms p95 warm: ${met(p95(w('decoyCommitted')) <= 100)}; ≤ 300 ms stopped: ${met(p95(s('decoyCommitted')) <= 300)} |`,
    `| Old page gone (tab closed; GOV.UK: replaced) | ${mp(w('oldPageGone'))} | ${mp(s('oldPageGone'))} | ${mp(g('oldPageGone'))} | ${ratio(w('oldPageGone'), g('oldPageGone'))} | ${ratio(s('oldPageGone'), g('oldPageGone'))} | ≤ 100 ms p95 warm: ${met(p95(w('oldPageGone')) <= 100)}; ≤ 300 ms stopped: ${met(p95(s('oldPageGone')) <= 300)} |`,
    '',
  );
  const fl = (kind: FloorSample['kind'], key: 'decoyCommitted' | 'oldPageGone') =>
    floors.filter((f) => f.kind === kind).map((f) => f[key]);
  lines.push(
    `**Floor**: what the browser alone needs (no key, no content script, no exit logic; same runs, ${RUNS} each, ms median / p95):`,
    '',
    '| | Decoy committed | Old page gone |',
    '|---|---|---|',
    `| A bare tab swap by the extension: \`tabs.create\` (decoy, active) and \`tabs.remove\` (old tab) in one burst, sent to the service worker over CDP | ${mp(fl('swap', 'decoyCommitted'))} | ${mp(fl('swap', 'oldPageGone'))} |`,
    `| Same-tab navigation (\`location.replace\`, what GOV.UK's component does; Back keeps the page) | ${mp(fl('navigate', 'decoyCommitted'))} | ${mp(fl('navigate', 'oldPageGone'))} |`,
    '',
  );
  const goneFirst = kinds.map((k) => exits.filter((e) => e.kind === k && e.goneBeforeFrame).length);
  lines.push(
    'How: Shift×3 sent as real key events over CDP to a fresh tab each run (GOV.UK-styled page; Quick Exit on ' +
      "`sensitive.test`, GOV.UK's component on `service.test` with Quick Exit's Shift×3 trigger switched off for those runs). " +
      "The key time is the final keyup's own `event.timeStamp` (stamped by the browser on receipt), read by a probe " +
      'registered before any page or extension listener. Hidden: the first animation frame whose rAF callback finds the ' +
      'content no longer rendered (page clock). Decoy committed / old tab closed: CDP target events (nothing attached to ' +
      'the new tab), on the Node clock after a ping calibration. Worker stopped: `ServiceWorker.stopAllWorkers` before the keys. ' +
      'The window also holds a blank tab, as a user’s window usually holds other tabs.',
    '',
  );
  if (goneFirst.some((n) => n > 0))
    lines.push(
      `Old page gone before it painted a hidden frame (hidden time = time it went): Quick Exit warm ${goneFirst[0]}, stopped ${goneFirst[1]}, GOV.UK ${goneFirst[2]} run(s).`,
      '',
    );
  if (layouts.runs) lines.push(...layoutTables(layouts, builtVariants));
  if (skippedVariants.length) lines.push(`Variant builds skipped: ${skippedVariants.join('; ')}.`, '');
  if (fallbacks)
    lines.push(
      `Quick Exit's content script fell back to navigating the tab itself (no answer from the worker within 250 ms) in ${fallbacks} run(s).`,
      '',
    );
  const overhead = loadWith / loadWithout - 1;
  const [overheadLo, overheadHi] = ratioInterval(
    loads.with.map((x) => x.load),
    loads.without.map((x) => x.load),
  );
  const pct = (x: number) => `${x >= 0 ? '+' : ''}${round(x * 100, 1)} %`;
  const loadControl = median(loads.control.map((x) => x.load));
  const [controlLo, controlHi] = ratioInterval(
    loads.control.map((x) => x.load),
    loads.without.map((x) => x.load),
  );
  const scriptMs = median(scriptCost.map((c) => c.mainThread));
  const scriptShare = median(scriptCost.map((c) => c.mainThread / c.load));
  const floorInteractive = popupFloor.map((p) => p.interactive);
  const hotlinesShown = popup.map((p) => p.hotlines);
  lines.push(
    ...cpuTable(cpu),
    '### Content script and page-load cost',
    '',
    '| | Value | Target |',
    '|---|---|---|',
    `| content-script.js, minified | ${kb(cs.raw)} | ≤ 4 kB: ${met(cs.raw <= 4000)} |`,
    `| content-script.js, gzip | ${kb(cs.gzip)} | |`,
    `| Content script's main-thread time per page load (trace; median of ${scriptCost.length}; ${Math.max(...scriptCost.map((c) => c.frames))} frame) | ${ms(scriptMs)} = ${round(scriptShare * 100, 2)} % of that load | ≤ 2 %: ${met(scriptShare <= 0.02)} |`,
    `| Heavy page load event, median of ${LOADS}: with / without Quick Exit | ${ms(loadWith)} / ${ms(loadWithout)} (${pct(overhead)}; 95 % interval ${pct(overheadLo)} to ${pct(overheadHi)}) | ≤ 2 %: ${met(overhead <= 0.02)} |`,
    `| Control: a second browser without Quick Exit / the first | ${ms(loadControl)} / ${ms(loadWithout)} (${pct(loadControl / loadWithout - 1)}; 95 % interval ${pct(controlLo)} to ${pct(controlHi)}) | |`,
    `| Heavy page DOMContentLoaded, median: with / without | ${ms(dclWith)} / ${ms(dclWithout)} (${round((dclWith / dclWithout - 1) * 100, 1)} %) | |`,
    '',
    'Overhead: a heavy GOV.UK-styled page loaded in turn in a browser with Quick Exit, one without and a second one without ' +
      '(the control, rotating order), load event from Navigation Timing, ratio of medians, with a bootstrap interval. ' +
      'Where the control differs from its twin by as much as Quick Exit does, the wall clock cannot resolve 2 % on this ' +
      'machine. The trace row measures the content script itself: Chromium trace events `EvaluateScript` and ' +
      "`FunctionCall` of content-script.js during each load. Not in it: the service worker recording the tab's addresses " +
      'at each navigation. (Quick Exit holds no `webRequest` permission: with it, Chromium routes every request of every ' +
      'page through its extension proxy, which cost +15 % here.)',
    '',
    '### Popup',
    '',
    '| | Value | Target |',
    '|---|---|---|',
    `| popup.html to interactive ("Exit now" focused and painted), median / p95 of ${POPUP_RUNS} | ${mp(popupInteractive)} ms | ≤ 100 ms: ${met(p95(popupInteractive) <= 100)} |`,
    `| ... first (cold) open | ${ms(popupInteractive[0])} | |`,
    `| Floor: an extension page with one focused button and nothing else, opened in turn with the popup, median / p95 | ${mp(floorInteractive)} ms | |`,
    `| Popup − floor, median / p95 | ${ms(median(popupInteractive) - median(floorInteractive))} / ${ms(p95(popupInteractive) - p95(floorInteractive))} | p95 ≤ floor + 15 ms: ${met(p95(popupInteractive) - p95(floorInteractive) <= 15)} |`,
    `| First contentful paint, median | ${ms(median(popup.map((p) => p.fcp)))} | |`,
    `| Help lines shown (their data loads after the first paint), median / p95 | ${mp(hotlinesShown)} ms | |`,
    `| Popup JS before the first paint (${sizes.popup.files.join(', ')}), raw / gzip | ${kb(sizes.popup.raw)} / ${kb(sizes.popup.gzip)} | ≤ 30 kB gzip: ${met(sizes.popup.gzip <= 30_000)} |`,
    `| All popup JS, with what loads after the first paint (${sizes.popupAll.files.filter((f) => !sizes.popup.files.includes(f)).join(', ')}), raw / gzip | ${kb(sizes.popupAll.raw)} / ${kb(sizes.popupAll.gzip)} | |`,
    '',
    '| Bundle | Raw | gzip |',
    '|---|---|---|',
    ...sizes.files.map((f) => `| ${f.file} | ${kb(f.raw)} | ${kb(f.gzip)} |`),
    '',
    '### Erase scaling (utils/exit.ts `eraseVisits`, real History)',
    '',
    '| Tracked visits | `deleteUrl` calls answered | Done in History | Done, per 1,000 | Left in History (of a sample) |',
    '|---|---|---|---|---|',
    ...erase.map(
      (e, i) =>
        `| ${e.visits.toLocaleString('en')} | ${ms(e.answeredMs)} | ${Number.isFinite(e.doneMs) ? ms(e.doneMs) : `> ${ERASE_WAIT_S} s`} | ${ms(erasePer1000[i])} | ${Number.isFinite(e.left) ? `${e.left} of ${e.sampled}` : 'n/a'} |`,
    ),
    '',
  );
  const e1000 = erase.find((e) => e.visits === 1000);
  const finished = erasePer1000.filter(Number.isFinite);
  const linear = Math.max(...finished) / Math.min(...finished);
  lines.push(
    `Targets: 1,000 visits < 1 s: ${met(!!e1000 && e1000.doneMs < 1000)}; linear (per-1,000 time of the sizes done varies ${round(linear, 2)}×): ${met(linear < 2)}. Chromium answers each \`history.deleteUrl\` at once and then works through the deletions one by one in History's database; "done" is when a History query queued behind them answers.`,
    '',
    `Machine: ${m.cpus} CPUs (${m.cpu}), ${m.memoryGB} GB, ${m.os}, ${m.chromium} headless, Node ${m.node}; load average at the end ${m.loadAverage.join(' ')}. Total bench time ${round((Date.now() - started) / 1000, 0)} s.`,
  );
  process.stdout.write(lines.join('\n') + '\n');

  fs.writeFileSync(
    OUT,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        commit: (() => {
          try {
            return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
          } catch {
            return null;
          }
        })(),
        machine: m,
        exit: { runs: RUNS, summary: exitSummary, fallbacks, samples: exits, floors },
        layouts: { ...layouts, variants: builtVariants, skippedVariants },
        cpuPerNavigation: cpu,
        contentScript: {
          minified: cs.raw,
          gzip: cs.gzip,
          loads: {
            ...loads,
            medianLoadWith: loadWith,
            medianLoadWithout: loadWithout,
            overhead,
            overheadInterval: [overheadLo, overheadHi],
          },
          trace: scriptCost,
        },
        popup: {
          samples: popup,
          summary: summarize(popupInteractive),
          floor: summarize(floorInteractive),
          js: sizes.popup,
          jsAll: sizes.popupAll,
        },
        bundles: sizes.files,
        erase,
      },
      null,
      2,
    ) + '\n',
  );
  log(`wrote ${OUT}`);
}

// Ctrl+C or a kill: exit through 'exit' so that launchRaw's handlers stop the browsers.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
