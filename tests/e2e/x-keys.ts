import { execFileSync } from 'node:child_process';

/**
 * Real X key events for the tests that need the browser's own shortcuts (Playwright's keys go to
 * the renderer and never fire a browser command): headed Chromium on the X display of xvfb-run.
 * Two test workers may each have a headed browser on the same display, so the keys go to the one
 * window whose title is given (a page title the test made unique), never to "the last Chromium".
 */
export function xdotool(...args: string[]): string {
  return execFileSync('xdotool', args, { encoding: 'utf8', timeout: 10_000 }).trim();
}

/** Focuses the X window whose title contains `title` (waits until it exists), then presses `keys`. */
export function pressInWindowTitled(title: string, keys: string): void {
  const [window] = xdotool('search', '--sync', '--onlyvisible', '--name', title).split('\n');
  xdotool('windowfocus', '--sync', window!);
  xdotool('key', '--clearmodifiers', keys);
}
