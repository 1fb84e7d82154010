import { browser } from 'wxt/browser';
import { send } from '@/utils/messages';

/**
 * The popup's "Exit now" (and the notes view's "Close page", its neutral name): asks the background
 * to exit the active page of the popup's own window (`windows.getCurrent()` is the window the
 * toolbar popup belongs to) and closes the popup once the exit has started. Returns false, and
 * leaves the popup open, when the background found no page to exit there (only the browser's or
 * the extension's own pages): the caller tells the user, rather than closing as if it had worked.
 * Its own module: the buttons are painted before the extension API wrapper and the message
 * protocol load, and fetch this right after.
 */
export async function exitNowFromPopup(): Promise<boolean> {
  const win = await browser.windows.getCurrent().catch(() => undefined);
  const answer = await send('exit-now', { windowId: win?.id }).catch(() => undefined);
  if (answer?.ok === false) return false;
  window.close();
  return true;
}
