/**
 * Wiring only: listeners -> utils/*. Every listener is registered synchronously at the top of
 * main(), so a service worker woken by a panic message or a shortcut finds it in place.
 */
import { browser } from 'wxt/browser';
import type { Runtime, Tabs } from 'webextension-polyfill';
import { exitTab, type ExitDeps } from '@/utils/exit';
import { isMessage, type PanicAck } from '@/utils/messages';
import { getSettings, settingsItem } from '@/utils/settings';
import { VisitTracker } from '@/utils/visit-tracker';
import { ErasingTabs } from '@/utils/private-open';
import { activePageTab } from '@/utils/active-page';

export default defineBackground(() => {
  const tracker = new VisitTracker(browser.storage.session);
  void tracker.load();
  const erasing = new ErasingTabs(browser.storage.session);

  const deps: ExitDeps = {
    api: { tabs: browser.tabs, history: browser.history, sessions: browser.sessions },
    visitsOf: async (id) => (await tracker.load(), tracker.urlsOf(id)),
    forgetTab: (id) => tracker.forget(id),
    settings: getSettings,
  };
  const exit = (tabId: number | undefined) => tabId !== undefined && void exitTab(deps, tabId);
  const exitActiveTab = async (windowId?: number) => exit((await activePageTab(windowId))?.id);

  // Triggers: page keys (content script), the browser shortcut, the popup, the toolbar icon.
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || !isMessage(message)) return;
    if (message.type === 'panic') {
      exit(sender.tab?.id);
      // Answer at once: the content script falls back to navigating away if we stay silent.
      return Promise.resolve<PanicAck>({ ok: true });
    }
    // Only the extension's own pages (the popup) may open a page, never a content script.
    if (message.type === 'open-erased' && sender.url?.startsWith(browser.runtime.getURL('/'))) {
      return erasing.open(message.url).then((tabId) => ({ ok: tabId !== null }));
    }
    if (message.type === 'exit-now') {
      void exitActiveTab(message.windowId);
      return Promise.resolve<PanicAck>({ ok: true });
    }
  });
  browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => {
    if (command !== 'quick-exit') return;
    if (tab?.id !== undefined) exit(tab.id);
    else void exitActiveTab();
  });
  browser.action.onClicked.addListener((tab) => exit(tab.id));

  // One-click toolbar exit: with no popup set, a click fires action.onClicked.
  const syncToolbar = async () => {
    const s = await getSettings();
    await browser.action.setPopup({ popup: s.oneClickToolbar ? '' : browser.runtime.getURL('/popup.html') });
  };
  void syncToolbar();
  settingsItem.watch(() => void syncToolbar());

  // Every URL each tab shows, so an exit can erase all of them (see utils/visit-tracker.ts).
  const top = (d: { tabId: number; frameId: number; url: string }) => d.frameId === 0 && tracker.add(d.tabId, d.url);
  browser.webNavigation.onBeforeNavigate.addListener(top);
  browser.webNavigation.onCommitted.addListener(top);
  browser.webNavigation.onHistoryStateUpdated.addListener(top);
  browser.webNavigation.onReferenceFragmentUpdated.addListener(top);
  browser.webRequest.onBeforeRedirect.addListener(
    (d) => {
      tracker.add(d.tabId, d.url);
      tracker.add(d.tabId, d.redirectUrl);
    },
    { urls: ['<all_urls>'], types: ['main_frame'] },
  );
  browser.tabs.onReplaced.addListener((added, removed) => tracker.replace(added, removed));
  // Bookmarks opened in an ordinary tab when private windows are off: erase its visits as they happen.
  browser.history.onVisited.addListener(
    (item) => void tracker.load().then(() => erasing.erase(item.url, (id) => tracker.urlsOf(id))),
  );
  browser.tabs.onRemoved.addListener((tabId) => {
    void erasing.closed(tabId, tracker.urlsOf(tabId));
    // Keep a closed tab's visits a little, in case an exit is planning with them right now.
    setTimeout(() => tracker.forget(tabId), 10_000);
  });
});
