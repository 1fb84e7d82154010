import type { TestServer } from '../e2e/server';
import type { RawBrowser } from './cdp';
import {
  exitOnce,
  floorOnce,
  LAYOUTS,
  type Decoys,
  type ExitSample,
  type FloorKind,
  type FloorSample,
  type Layout,
} from './exit-latency';
import { median, p95, round } from './stats';

/**
 * The exit in every layout a user meets (exit-latency.ts LAYOUTS), each against the browser's own
 * floors in the same layout: a bare tab swap by the extension (create and close in one burst, and
 * close after the create answered), and a same-tab navigation (GOV.UK's way) on the same page.
 * With variant builds (variants.ts), the same exits in each variant's own browser, and its bare
 * swap where the content script matters (its `beforeunload` guard runs in every close).
 * All interleaved: each run goes through every layout and every browser in turn.
 */
export interface LayoutResults {
  runs: number;
  exits: ExitSample[];
  floors: FloorSample[];
}

/** Same-tab navigation to a decoy that never answers never leaves the page: a few runs show it. */
const UNREACHABLE_NAVIGATE_RUNS = 3;
/** Each run of the `worker-idle` layout waits a minute: fewer of them (`BENCH_IDLE_RUNS`, default 3). */
const IDLE_RUNS = Number(process.env.BENCH_IDLE_RUNS ?? 3);

export async function layoutMatrix(
  main: RawBrowser,
  variants: { name: string; browser: RawBrowser }[],
  server: TestServer,
  decoys: Decoys,
  runs: number,
  setDecoy: (b: RawBrowser, url: string) => Promise<void>,
  log: (msg: string) => void,
): Promise<LayoutResults> {
  const exits: ExitSample[] = [];
  const floors: FloorSample[] = [];
  // One run that could not be measured (a probe that missed a key on a loaded machine) is logged
  // and left out, rather than losing the whole bench.
  const attempt = async <T>(run: () => Promise<T>, into: T[]) => {
    try {
      into.push(await run());
    } catch (e) {
      log(`run left out: ${(e as Error).message}`);
    }
  };
  const decoyOf = (l: Layout) => (l.decoy === 'unreachable' ? decoys.unreachable : decoys.local);
  for (let i = 0; i < runs; i++) {
    for (const l of layoutsToRun()) {
      if (l.idleMs && i >= IDLE_RUNS) continue;
      const opts = { layout: l, decoys };
      await setDecoy(main, decoyOf(l));
      await attempt(() => exitOnce(main, server, 'quick-exit-warm', opts), exits);
      const kinds: FloorKind[] = ['swap'];
      if (l.position !== 'after') kinds.push('swap-await');
      if (l.decoy === 'local' || i < UNREACHABLE_NAVIGATE_RUNS) kinds.push('navigate');
      for (const kind of kinds) await attempt(() => floorOnce(main, server, kind, opts), floors);
      for (const v of variants) {
        await setDecoy(v.browser, decoyOf(l));
        await attempt(() => exitOnce(v.browser, server, 'quick-exit-warm', { ...opts, build: v.name }), exits);
        if (l.key === 'after' || l.key === 'page-beforeunload' || l.key === 'first')
          await attempt(() => floorOnce(v.browser, server, 'swap', { ...opts, build: v.name }), floors);
      }
    }
    log(`layout runs ${i + 1}/${runs}`);
  }
  return { runs, exits, floors };
}

/** `BENCH_LAYOUTS` (comma-separated keys of LAYOUTS) runs only those; all by default. */
function layoutsToRun(): Layout[] {
  const keys = (process.env.BENCH_LAYOUTS ?? '').split(',').filter(Boolean);
  return keys.length ? LAYOUTS.filter((l) => keys.includes(l.key)) : LAYOUTS;
}

const mp = (xs: number[]) => {
  const ok = xs.filter(Number.isFinite);
  if (!ok.length) return xs.length ? 'never' : '–';
  const never = xs.length - ok.length;
  return `${round(median(ok))} / ${round(p95(ok))}${never ? ` (${never} of ${xs.length} never)` : ''}`;
};

/** Markdown: one row per layout. */
export function layoutTables(r: LayoutResults, variantNames: string[]): string[] {
  const met = (ok: boolean) => (ok ? 'met' : '**missed**');
  const exitGone = (l: string, build = 'as-built') =>
    r.exits.filter((e) => e.layout === l && e.build === build).map((e) => e.oldPageGone);
  const floorGone = (l: string, kind: FloorKind, build = 'as-built') =>
    r.floors.filter((f) => f.layout === l && f.kind === kind && f.build === build).map((f) => f.oldPageGone);
  const failures = (l: string, build = 'as-built') => {
    const xs = r.exits.filter((e) => e.layout === l && e.build === build);
    const parts = [
      ['decoy lost', xs.filter((e) => e.decoyLost).length],
      ['"Leave site?" shown', xs.filter((e) => e.dialog).length],
      ['fallback navigation', xs.filter((e) => e.fallback).length],
      [
        'worker stopped at the keys (idle layout)',
        xs.filter((e) => e.layout === 'worker-idle' && !e.workerRunning).length,
      ],
    ] as const;
    return (
      parts
        .filter(([, n]) => n > 0)
        .map(([what, n]) => `${what} ×${n}`)
        .join(', ') || 'none'
    );
  };
  const lines = [
    `### Old tab gone, by layout (ms from the final Shift keyup; floors from the command; median / p95, ${r.runs} runs each)`,
    '',
    '| Layout | Quick Exit | Bare swap (create + close in one burst) | Swap, close after create answered | Same-tab navigation, same page (GOV.UK) | Quick Exit − bare swap, p95 | Quick Exit / navigation, median · p95 | ≤ floor + 15 ms p95 | ≤ 1.2× navigation | Failed exits |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const l of layoutsToRun()) {
    const q = exitGone(l.key).filter(Number.isFinite);
    const swap = floorGone(l.key, 'swap').filter(Number.isFinite);
    const nav = floorGone(l.key, 'navigate');
    const navOk = nav.filter(Number.isFinite);
    const dp95 = p95(q) - p95(swap);
    const navRatio = navOk.length ? [median(q) / median(navOk), p95(q) / p95(navOk)] : null;
    lines.push(
      `| ${l.label} | ${mp(exitGone(l.key))} | ${mp(floorGone(l.key, 'swap'))} | ${mp(floorGone(l.key, 'swap-await'))} | ${mp(nav)} | ${round(dp95)} | ${navRatio ? `${round(navRatio[0], 2)} · ${round(navRatio[1], 2)}` : 'navigation never left the page'} | ${met(dp95 <= 15)} | ${navRatio ? met(navRatio[0] <= 1.2 && navRatio[1] <= 1.2) : 'met (the page stays)'} | ${failures(l.key)} |`,
    );
  }
  lines.push('');
  // Where Quick Exit's time over the floor goes: on the way to the browser (keys, content script,
  // message, worker: up to the decoy's tab created), or after it (the close, and the page's own
  // renderer answering its `beforeunload`), each against the bare swap's same two parts.
  const parts = <T extends { layout: string; build: string; decoyCreated: number; oldPageGone: number }>(
    xs: T[],
    l: string,
  ) => {
    const ok = xs.filter((x) => x.layout === l && x.build === 'as-built' && Number.isFinite(x.decoyCreated));
    return { toBrowser: ok.map((x) => x.decoyCreated), after: ok.map((x) => x.oldPageGone - x.decoyCreated) };
  };
  lines.push(
    '**Where the time goes** (same runs; as built): to the browser = key (Quick Exit) or command (bare swap) to the decoy tab created; after = decoy tab created to the old tab gone. Median / p95 ms:',
    '',
    '| Layout | Quick Exit, to the browser | Bare swap, to the browser | Quick Exit, after | Bare swap, after | Difference to the browser, median | Difference after, median |',
    '|---|---|---|---|---|---|---|',
  );
  for (const l of layoutsToRun()) {
    const q = parts(r.exits, l.key);
    const f = parts(
      r.floors.filter((x) => x.kind === 'swap'),
      l.key,
    );
    const dm = (a: number[], b: number[]) => (a.length && b.length ? round(median(a) - median(b)) : '–');
    lines.push(
      `| ${l.label} | ${mp(q.toBrowser)} | ${mp(f.toBrowser)} | ${mp(q.after)} | ${mp(f.after)} | ${dm(q.toBrowser, f.toBrowser)} | ${dm(q.after, f.after)} |`,
    );
  }
  lines.push('');
  for (const v of variantNames) {
    lines.push(
      `**Variant build \`${v}\`** (variants.ts; same runs, its own browser), old tab gone, median / p95:`,
      '',
      "| Layout | Quick Exit as built | Quick Exit, variant | Bare swap in the variant's browser | Variant − as-built floor (bare swap), p95 | Variant / navigation, median · p95 | Failed exits (variant) |",
      '|---|---|---|---|---|---|---|',
    );
    for (const l of layoutsToRun()) {
      const q = exitGone(l.key, v).filter(Number.isFinite);
      const swap = floorGone(l.key, 'swap').filter(Number.isFinite);
      const navOk = floorGone(l.key, 'navigate').filter(Number.isFinite);
      lines.push(
        `| ${l.label} | ${mp(exitGone(l.key))} | ${mp(exitGone(l.key, v))} | ${mp(floorGone(l.key, 'swap', v))} | ${round(p95(q) - p95(swap))} | ${navOk.length ? `${round(median(q) / median(navOk), 2)} · ${round(p95(q) / p95(navOk), 2)}` : '–'} | ${failures(l.key, v)} |`,
      );
    }
    lines.push('');
  }
  lines.push(
    'How: as the side-by-side table, in the layouts of exit-latency.ts `LAYOUTS`: the bench page is moved by the ' +
      'extension (`tabs.move`, `windows.create({ tabId })`) before the keys. "Never": not gone within 2.5 s (a ' +
      'same-tab navigation to a host that never answers keeps the old page). The bare swap is sent to the service ' +
      'worker over CDP: `tabs.create({ windowId, index, url, active: true })` and `tabs.remove(old)` in one burst ' +
      '(the create reaches Chromium first, so the decoy keeps the window open), or the remove once the create ' +
      'answered. "Decoy lost": the decoy tab closed again with its window. "Leave site?": a dialog held the old page. ' +
      '"Left alone 60 s": nothing attached to the worker and no event for `BENCH_IDLE_S` before the keys, ' +
      `${IDLE_RUNS} runs (\`BENCH_IDLE_RUNS\`); Chromium stops an idle worker after 30 s unless features/keep-awake.ts ` +
      'keeps it ("worker stopped at the keys" counts the runs where it was stopped; the variant `no-keep-awake` is the build without it).',
    '',
  );
  return lines;
}
