import type { ExitNowAnswer, Message } from '@/utils/messages';

/** The slice of the extension API the request needs. */
export interface ExitNowApi {
  windows: { getCurrent(): Promise<{ id?: number }> };
  runtime: { sendMessage(message: Message): Promise<unknown> };
}

/** The bare extension API: `browser` in Firefox, `chrome` in Chromium (promises in both, MV3). */
function bareApi(): ExitNowApi {
  const g = globalThis as unknown as { browser?: ExitNowApi; chrome?: ExitNowApi };
  return (g.browser ?? g.chrome)!;
}

/**
 * The popup's "Exit now" (and the notes view's "Close page", its neutral name): asks the background
 * to exit the active page of the popup's own window (`windows.getCurrent()` is the window the
 * toolbar popup belongs to) and closes the popup once the exit has started. Returns false, and
 * leaves the popup open, when the background found no page to exit there (only the browser's or
 * the extension's own pages): the caller tells the user, rather than closing as if it had worked.
 * With the bare extension API (no polyfill, as the content script sends its own messages), so the
 * button painted before everything else (components/exit-now-first-paint.ts) works at once.
 */
export async function exitNowFromPopup(api: ExitNowApi = bareApi()): Promise<boolean> {
  const win = await api.windows.getCurrent().catch(() => undefined);
  const message: Message = { type: 'exit-now', windowId: win?.id };
  const answer = (await api.runtime.sendMessage(message).catch(() => undefined)) as ExitNowAnswer | undefined;
  if (answer?.ok === false) return false;
  window.close();
  return true;
}
