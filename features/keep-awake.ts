import { browser } from 'wxt/browser';
import { detectFlavor, type BrowserFlavor } from '@/utils/clear-traces';
import type { Feature } from './feature';

/**
 * Keeps Chromium's service worker running, so that neither a page load nor an exit pays for
 * starting it. Chromium stops an extension's worker after 30 s without an event or an extension
 * API call, and the next event starts it again: with the worker stopped before each load,
 * `npm run bench` measured 56 ms of worker CPU and 12 ms of browser CPU per page load (19 % of the
 * page's own, against about 1 % warm), and the exited tab gone 220 / 342 ms (median / p95) after the
 * keys against 77 / 129 ms for a bare tab swap.
 *
 * How: since Chrome 110 every extension API call resets the idle timer, so a cheap call
 * (`runtime.getPlatformInfo`, answered by the browser from memory) every 20 s keeps the worker
 * running. If the browser stops it anyway (memory pressure, an update), a repeating alarm
 * (every 30 s, Chromium's minimum since Chrome 120) starts it again within 30 s, and its start
 * sets the interval up again. tests/e2e/keep-awake.spec.ts leaves the browser alone for 45 s.
 *
 * Cost, honestly: the worker's memory stays in use (a running V8 isolate with Quick Exit's
 * background code, a few MB) where a stopped worker frees it; and three tiny tasks a minute
 * (the ping's call and answer, the alarm's event), a fraction of a millisecond of CPU each.
 * Nothing leaves the machine; nothing is stored.
 *
 * Firefox: not used. Its MV3 background is an event page whose idle timer (30 s,
 * `extensions.background.idle.timeout`) is reset by the events delivered to it, not by API calls
 * (bugzilla.mozilla.org 1771203), so the ping would not keep it; a 30 s alarm would race the
 * timeout and mostly wake a suspended page twice a minute instead.
 */

/** The repeating alarm that starts the worker again if the browser stopped it. */
export const KEEP_AWAKE_ALARM = 'keep-awake';
/** Well inside Chromium's 30 s idle timeout, with room for a busy machine's late timers. */
export const PING_EVERY_MS = 20_000;
/** Chromium's minimum period since Chrome 120. */
export const ALARM_PERIOD_MINUTES = 0.5;

export interface KeepAwakeApi {
  runtime: { getPlatformInfo(): Promise<unknown> };
  alarms: {
    get(name: string): Promise<unknown>;
    create(name: string, info: { periodInMinutes: number; delayInMinutes?: number }): Promise<void> | void;
  };
}

export function register(
  api: KeepAwakeApi = browser as unknown as KeepAwakeApi,
  flavor: BrowserFlavor = detectFlavor(browser.runtime),
  every: (run: () => void, ms: number) => unknown = setInterval,
): Feature {
  return {
    name: 'keep-awake',
    hooks: {
      start: () => {
        if (flavor !== 'chromium') return;
        every(() => void api.runtime.getPlatformInfo().catch(() => {}), PING_EVERY_MS);
        // Created once; an existing alarm keeps its schedule (re-creating it would reset it).
        void api.alarms
          .get(KEEP_AWAKE_ALARM)
          .then((existing) =>
            existing
              ? undefined
              : api.alarms.create(KEEP_AWAKE_ALARM, {
                  delayInMinutes: ALARM_PERIOD_MINUTES,
                  periodInMinutes: ALARM_PERIOD_MINUTES,
                }),
          )
          .catch(() => {});
      },
      // The alarm's only work is to start a stopped worker: its event does that, and start() runs.
    },
  };
}
