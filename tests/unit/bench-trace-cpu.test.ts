import { describe, expect, it } from 'vitest';
import { analyseTrace, type TraceEvent } from '../bench/trace-cpu';

/** The bench's split of a trace's CPU time between the page and the extension (tests/bench/trace-cpu.ts). */
const ID = 'abcdefghijklmnopabcdefghijklmnop';
const SCRIPT = `chrome-extension://${ID}/content-script.js`;
const meta = (pid: number, tid: number, process: string, thread: string): TraceEvent[] => [
  { name: 'process_name', cat: '__metadata', ph: 'M', pid, tid, ts: 0, args: { name: process } },
  { name: 'thread_name', cat: '__metadata', ph: 'M', pid, tid, ts: 0, args: { name: thread } },
];
const slice = (pid: number, tid: number, ts: number, dur: number, tdur: number, name: string, cat: string, args = {}) =>
  ({ name, cat, ph: 'X', pid, tid, ts, dur, tdur, args }) as TraceEvent;

describe('bench trace CPU split', () => {
  const events: TraceEvent[] = [
    ...meta(1, 1, 'Browser', 'CrBrowserMain'),
    ...meta(2, 2, 'Renderer', 'CrRendererMain'),
    ...meta(2, 3, 'Renderer', 'PerfettoTrace'),
    ...meta(3, 4, 'Extension Renderer', 'ServiceWorker thread'),
    // Page renderer: a 10 ms task holding the 2 ms injection (itself holding the script's 1.5 ms).
    slice(2, 2, 1000, 12_000, 10_000, 'ThreadControllerImpl::RunTask', 'toplevel'),
    slice(2, 2, 2000, 2500, 2000, 'ScriptInjection::InjectJs', 'extensions'),
    slice(2, 2, 2100, 2000, 1500, 'EvaluateScript', 'devtools.timeline', { data: { url: SCRIPT } }),
    // A later call into the content script, and a page script that is not ours.
    slice(2, 2, 20_000, 600, 500, 'ThreadControllerImpl::RunTask', 'toplevel'),
    slice(2, 2, 20_100, 400, 300, 'FunctionCall', 'devtools.timeline', { data: { url: SCRIPT } }),
    slice(2, 2, 30_000, 5000, 4000, 'ThreadControllerImpl::RunTask', 'toplevel'),
    slice(2, 2, 30_100, 4000, 3000, 'FunctionCall', 'devtools.timeline', { data: { url: 'https://page/app.js' } }),
    // Tracing's own thread never counts.
    slice(2, 3, 1000, 9000, 9000, 'ThreadControllerImpl::RunTask', 'toplevel'),
    // The worker: two tasks, one with a nested mojo message.
    slice(3, 4, 5000, 3000, 2500, 'ThreadControllerImpl::RunTask', 'toplevel'),
    slice(3, 4, 5100, 1000, 800, 'Receive mojo message', 'toplevel,mojom'),
    // Its start: background.js evaluated (nested in the first task).
    slice(3, 4, 6500, 500, 400, 'EvaluateScript', 'devtools.timeline', {
      data: { url: `chrome-extension://${ID}/background.js` },
    }),
    slice(3, 4, 9000, 1000, 700, 'ThreadControllerImpl::RunTask', 'toplevel'),
    // Browser: the storage backend's task and a content-script match; other work is not ours.
    slice(1, 1, 6000, 400, 300, 'ThreadControllerImpl::RunTask', 'toplevel', {
      src_file: 'extensions/browser/api/storage/storage_frontend.cc',
    }),
    slice(1, 1, 7000, 300, 200, 'ScriptInjectionTracker::ReadyToCommitNavigation', 'extensions'),
    slice(1, 1, 8000, 9000, 8000, 'ThreadControllerImpl::RunTask', 'toplevel', { src_file: 'content/browser/x.cc' }),
  ];

  it('counts each thread’s top-level slices once, by thread time, per process', () => {
    expect(analyseTrace(events, ID)).toEqual({
      page: 14.5,
      contentScript: 2.3,
      serviceWorker: 3.2,
      workerStart: 0.4,
      browser: 0.5,
    });
  });

  it('a trace without the content script has no page and no script time', () => {
    const noScript = events.filter((e) => e.name !== 'ScriptInjection::InjectJs');
    expect(analyseTrace(noScript, ID)).toMatchObject({ page: 0, contentScript: 0 });
  });
});
