import { expect, test } from './fixtures';
import { attachServiceWorker, launchRaw, type RawBrowser } from '../bench/cdp';

/**
 * Chromium stops an extension's service worker after 30 s without events or extension API calls;
 * the next page load, shortcut or exit then pays for starting it again (`npm run bench`, "worker
 * just woken"). features/keep-awake.ts keeps it running. Checked in a browser left alone for 45 s:
 * the worker's target is never destroyed, and a mark left in its global scope before the wait is
 * still there after it (a restarted worker starts with a fresh global scope).
 *
 * A bare CDP browser (tests/bench/cdp.ts), not Playwright's: Playwright stays attached to every
 * service worker, and a worker with a debugger attached is not stopped for being idle. Here the
 * worker is attached only to leave and read the mark, and detached in between. The project's `test`
 * (none of its fixtures used) keeps this test in the same workers as the others: with Playwright's
 * own it needed a worker of its own, ran last and kept the run waiting 45 s with one worker idle.
 */

const IDLE_MS = 45_000;

async function workerTargetId(b: RawBrowser): Promise<string | undefined> {
  const { targetInfos } = await b.cdp.send<{ targetInfos: { targetId: string; type: string; url: string }[] }>(
    'Target.getTargets',
  );
  return targetInfos.find(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${b.extensionId}/`),
  )?.targetId;
}

test('the service worker is still the same running worker after 45 s with nothing happening', async () => {
  test.setTimeout(IDLE_MS + 60_000);
  const b = await launchRaw();
  try {
    const id = await workerTargetId(b);
    expect(id).toBeTruthy();
    const destroyed: string[] = [];
    const off = b.cdp.on((e) => {
      if (e.method === 'Target.targetDestroyed' && e.params.targetId === id) destroyed.push(String(e.params.targetId));
    });
    let sw = await attachServiceWorker(b.cdp, b.extensionId!);
    const mark = `${Date.now()}-${Math.random()}`;
    await b.cdp.evaluate(sw, `globalThis.__idleMark = ${JSON.stringify(mark)}`);
    await b.cdp.send('Target.detachFromTarget', { sessionId: sw });

    await new Promise((r) => setTimeout(r, IDLE_MS));

    off();
    expect(destroyed, 'the worker was stopped while idle').toEqual([]);
    expect(await workerTargetId(b)).toBe(id);
    sw = await attachServiceWorker(b.cdp, b.extensionId!);
    expect(await b.cdp.evaluate(sw, 'globalThis.__idleMark')).toBe(mark);
  } finally {
    await b.close();
  }
});
