import path from 'node:path';
import { build } from 'esbuild';
import type { TestServer } from '../e2e/server';
import { attachServiceWorker, type RawBrowser } from './cdp';

/**
 * Erase scaling: how long `eraseVisits` (utils/exit.ts) takes for 100, 1,000 and 10,000 tracked
 * sensitive visits, against the real History backend.
 *
 * The production code has no benchmark hook. Instead the very source of `eraseVisits` is bundled
 * here (esbuild, the bundler WXT already ships) and evaluated in Quick Exit's own service worker,
 * which has the `history` permission. For each size: N distinct URLs are added to History
 * (`history.addUrl`) and to the visit tracker's list in `storage.session` (split over several
 * tabs, as the tracker keeps at most 2,000 per tab); the timed part reads the tracked list back from
 * `storage.session` (what a woken worker does) and erases every URL. Two times: when every
 * `deleteUrl` call has answered, and when History's database has actually done the work (Chromium
 * answers `deleteUrl` at once and then works through the deletions one by one on History's
 * database sequence, 20-30 ms each on the loaded bench machine; a query queued behind them marks
 * the end; we wait at most `waitMs`). Before and after, 200 of
 * the URLs spread evenly are looked up (`history.getVisits`) to check that they were there and are
 * gone.
 */

export interface EraseSample {
  visits: number;
  /** `eraseVisits` resolved: every `history.deleteUrl` call answered. */
  answeredMs: number;
  /** History's database has done every deletion (NaN if not within the wait budget). */
  doneMs: number;
  /** Of a sample of up to 200 of the URLs (spread evenly), how many are still in History (after done). */
  left: number;
  sampled: number;
}

async function eraseBundle(): Promise<string> {
  const root = path.resolve('.');
  const out = await build({
    stdin: {
      contents: `import { eraseVisits } from './utils/exit'; globalThis.__qeBenchEraseVisits = eraseVisits;`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

export async function eraseScaling(
  b: RawBrowser,
  server: TestServer,
  sizes = [100, 1000, 10_000],
  waitMs = 60_000,
  log: (msg: string) => void = () => {},
): Promise<EraseSample[]> {
  const sw = await attachServiceWorker(b.cdp, b.extensionId!);
  await b.cdp.evaluate(sw, await eraseBundle());
  const samples: EraseSample[] = [];
  for (const n of sizes) {
    // A host no exit of the bench has hidden: sites hidden by an exit are erased as visited
    // (utils/traces-background.ts), which would delete the seeded visits before they are timed.
    const base = `${server.origin('erase.test')}/visit-${n}-`;
    const result = await b.cdp.evaluate<EraseSample>(
      sw,
      `(async () => {
        const n = ${n}, base = ${JSON.stringify(base)};
        const urls = Array.from({ length: n }, (_, i) => base + i);
        for (let i = 0; i < n; i += 500) await Promise.all(urls.slice(i, i + 500).map((url) => chrome.history.addUrl({ url })));
        // history.search slows down badly with ten thousand rows (36 s here): check a sample instead.
        const sample = Array.from({ length: Math.min(n, 200) }, (_, i) => urls[Math.floor((i * n) / Math.min(n, 200))]);
        const found = async () => (await Promise.all(sample.map((url) => chrome.history.getVisits({ url })))).filter((v) => v.length > 0).length;
        const seeded = await found();
        if (seeded !== sample.length) throw new Error('seeded ' + seeded + ' of ' + sample.length + ' sampled');
        // The tracker's list: at most 2,000 URLs per tab, under tab ids no real tab has.
        // One storage.session key per tab (utils/visit-tracker.ts: 'tabVisits:<id>').
        const tracked = {};
        for (let i = 0; i < n; i += 2000) tracked['tabVisits:' + (900000 + i / 2000)] = urls.slice(i, i + 2000);
        await chrome.storage.session.set(tracked);

        const t0 = performance.now();
        const stored = await chrome.storage.session.get(Object.keys(tracked));
        const toErase = Object.values(stored).flat();
        await globalThis.__qeBenchEraseVisits({ tabs: chrome.tabs, history: chrome.history, sessions: chrome.sessions }, toErase);
        const answeredMs = performance.now() - t0;
        // deleteUrl answers before History has done the work. A query of the last URL queues
        // behind every deletion on History's database sequence, so its answer marks the end.
        const done = await Promise.race([
          chrome.history.getVisits({ url: urls[n - 1] }).then(() => true),
          new Promise((r) => setTimeout(() => r(false), ${waitMs})),
        ]);
        const doneMs = done ? performance.now() - t0 : null;

        await chrome.storage.session.remove(Object.keys(tracked));
        return { visits: n, answeredMs, doneMs, left: done ? await found() : null, sampled: sample.length };
      })()`,
    );
    // Not done within the wait: JSON has no NaN, the page sent null.
    samples.push({ ...result, doneMs: result.doneMs ?? NaN, left: result.left ?? NaN });
    log(`erased ${n} visits`);
  }
  await b.cdp.send('Target.detachFromTarget', { sessionId: sw });
  return samples;
}
