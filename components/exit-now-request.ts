import { browser } from 'wxt/browser';
import { send } from '@/utils/messages';

/**
 * The popup's "Exit now" (and the notes view's "Close page", its neutral name): asks the background
 * to exit the active tab of the popup's own window (`windows.getCurrent()` is the window the
 * toolbar popup belongs to), then closes the popup. Its own module: the buttons are painted before
 * the extension API wrapper and the message protocol load, and fetch this right after.
 */
export async function exitNowFromPopup(): Promise<void> {
  const win = await browser.windows.getCurrent().catch(() => undefined);
  await send('exit-now', { windowId: win?.id }).catch(() => {});
  window.close();
}
