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
 * `storage.session` (what a woken worker does) and erases every URL. Afterwards History is searched
 * to check that none is left.
 */

export interface EraseSample {
  visits: number;
  ms: number;
  /** Visits still in History afterwards (should be 0). */
  left: number;
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
): Promise<EraseSample[]> {
  const sw = await attachServiceWorker(b.cdp, b.extensionId!);
  await b.cdp.evaluate(sw, await eraseBundle());
  const samples: EraseSample[] = [];
  for (const n of sizes) {
    const base = `${server.origin('sensitive.test')}/visit-${n}-`;
    const result = await b.cdp.evaluate<EraseSample>(
      sw,
      `(async () => {
        const n = ${n}, base = ${JSON.stringify(base)};
        const urls = Array.from({ length: n }, (_, i) => base + i);
        for (let i = 0; i < n; i += 500) await Promise.all(urls.slice(i, i + 500).map((url) => chrome.history.addUrl({ url })));
        const found = async () => (await chrome.history.search({ text: base, startTime: 0, maxResults: n + 10 })).filter((h) => h.url.startsWith(base)).length;
        const seeded = await found();
        if (seeded !== n) throw new Error('seeded ' + seeded + ' of ' + n);
        // The tracker's list: at most 2,000 URLs per tab, under tab ids no real tab has.
        const { tabVisits: before } = await chrome.storage.session.get('tabVisits');
        const tracked = { ...before };
        for (let i = 0; i < n; i += 2000) tracked[String(900000 + i / 2000)] = urls.slice(i, i + 2000);
        await chrome.storage.session.set({ tabVisits: tracked });

        const t0 = performance.now();
        const { tabVisits } = await chrome.storage.session.get('tabVisits');
        const toErase = Object.entries(tabVisits).filter(([id]) => Number(id) >= 900000).flatMap(([, u]) => u);
        await globalThis.__qeBenchEraseVisits({ tabs: chrome.tabs, history: chrome.history, sessions: chrome.sessions }, toErase);
        const ms = performance.now() - t0;

        await chrome.storage.session.set({ tabVisits: before ?? {} });
        return { visits: n, ms, left: await found() };
      })()`,
    );
    samples.push(result);
  }
  await b.cdp.send('Target.detachFromTarget', { sessionId: sw });
  return samples;
}
