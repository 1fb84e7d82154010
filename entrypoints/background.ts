/**
 * Wiring only: listeners -> utils/*. Every listener is registered synchronously at the top of
 * main(), so a service worker woken by a panic message or a shortcut finds it in place.
 */
import { browser } from 'wxt/browser';
import type { Runtime, Tabs } from 'webextension-polyfill';
import { applyToolbarLook } from '@/utils/discreet';
import { exitTab, type ExitDeps, type ExitHints } from '@/utils/exit';
import { onInstalledOpenWelcome } from '@/utils/first-run';
import { resolveLang } from '@/utils/i18n';
import { forgetOwnPageVisit } from '@/utils/own-pages';
import { isMessage, type PanicAck } from '@/utils/messages';
import { EXIT_COMMAND, NEUTRAL_EXIT_COMMAND } from '@/utils/neutral-names';
import { SensitiveSites } from '@/utils/sensitive-sites';
import { getSettings, settingsItem } from '@/utils/settings';
import { TraceCleaner } from '@/utils/trace-cleaner';
import { detectFlavor, type TracesApi } from '@/utils/traces';
import { onUndoAlarm, onUndoSettingChanged, rememberHiddenPage, reopenIfPanicOnDecoy } from '@/utils/undo';
import { forgetMyEntriesAtExit } from '@/utils/forget-at-exit';
import { RedirectHops, VisitTracker } from '@/utils/visit-tracker';
import { ErasingTabs } from '@/utils/private-open';
import { activePageTab } from '@/utils/active-page';

export default defineBackground(() => {
  const tracker = new VisitTracker(browser.storage.session);
  void tracker.load();
  const erasing = new ErasingTabs(browser.storage.session);

  const visitsOf = async (id: number) => (await tracker.load(), tracker.urlsOf(id));
  const traces = new TraceCleaner({
    api: browser as unknown as TracesApi,
    session: browser.storage.session,
    sensitive: new SensitiveSites(browser.storage.session),
    settings: getSettings,
    flavor: detectFlavor(browser.runtime),
    tabIds: async () => (await browser.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id])),
    visitsOf,
  });
  void traces.ready();

  const deps: ExitDeps = {
    api: { tabs: browser.tabs, history: browser.history, sessions: browser.sessions },
    visitsOf,
    forgetTab: (id) => tracker.forget(id),
    // The sensitive set must be loaded before the plan asks which other tabs go too.
    settings: async () => (await traces.ready(), getSettings()),
    isSensitive: traces.isSensitive,
    afterExit: async (plan) => {
      // Undo by the panic keys on the decoy (option, memory only, 60 s: utils/undo.ts) and "forget
      // my numbers and pages" (utils/forget-at-exit.ts). A failure in any step never stops the
      // exit's second erase pass.
      const s = await getSettings();
      await rememberHiddenPage(plan, s).catch(() => {});
      await forgetMyEntriesAtExit(s).catch(() => {});
      await traces.afterExit(plan).catch(() => {});
    },
  };
  const exit = (tabId: number | undefined, hints?: ExitHints) =>
    tabId !== undefined && void exitTab(deps, tabId, hints);
  const exitActiveTab = async (windowId?: number) => exit((await activePageTab(windowId))?.id);
  // The panic keys (or the shortcut) on the decoy within 60 s of an exit reopen the hidden page
  // instead, when the user turned that on (utils/undo.ts); otherwise an ordinary exit.
  const exitOrUndo = async (tab: Tabs.Tab | undefined, hints?: ExitHints) => {
    const reopened = await reopenIfPanicOnDecoy(tab, (url) => erasing.open(url)).catch(() => false);
    if (!reopened) exit(tab?.id, hints);
  };

  // Triggers: page keys (content script), the browser shortcut, the popup, the toolbar icon.
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || !isMessage(message)) return;
    if (message.type === 'panic') {
      void exitOrUndo(sender.tab, { tab: sender.tab, decoyUrl: message.decoyUrl });
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
    // Sensitive sites and reports go only to the extension's own pages, never to a content script.
    if (sender.url?.startsWith(browser.runtime.getURL('/'))) return traces.handle(message);
  });
  // Sensitive sites never stay in history (settings.eraseSensitiveAsVisited).
  browser.history.onVisited.addListener((item) => void traces.onVisited(item.url));
  browser.permissions.onAdded.addListener((p) => void traces.onPermissionsAdded(p.permissions));
  browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => {
    if (command !== EXIT_COMMAND && command !== NEUTRAL_EXIT_COMMAND) return;
    if (tab?.id !== undefined) void exitOrUndo(tab);
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

  // Discreet mode: a neutral toolbar icon and tooltip, applied again at every start (Chrome forgets them).
  const syncLook = async () => {
    const s = await getSettings();
    await applyToolbarLook(s.discreet, resolveLang(s.language));
  };
  void syncLook();
  settingsItem.watch(() => void syncLook());
  browser.runtime.onStartup.addListener(() => void syncLook());

  browser.alarms.onAlarm.addListener((alarm) => void onUndoAlarm(alarm));
  settingsItem.watch((s) => void onUndoSettingChanged(s));
  browser.runtime.onInstalled.addListener((details) => void onInstalledOpenWelcome(details));
  browser.history.onVisited.addListener((visit) => void forgetOwnPageVisit(visit));

  // Every URL each tab shows, so an exit can erase all of them (see utils/visit-tracker.ts). Server
  // redirects: the first address comes with onBeforeNavigate, the last with onCommitted, the hops
  // between them from History right after (RedirectHops; no webRequest).
  const top = (d: { tabId: number; frameId: number; url: string }) => d.frameId === 0 && tracker.add(d.tabId, d.url);
  const hops = new RedirectHops(tracker);
  browser.webNavigation.onBeforeNavigate.addListener(top);
  browser.webNavigation.onCommitted.addListener((d) => {
    top(d);
    hops.onCommitted(d);
  });
  browser.webNavigation.onHistoryStateUpdated.addListener(top);
  browser.webNavigation.onReferenceFragmentUpdated.addListener(top);
  browser.history.onVisited.addListener((item) => hops.onVisited(item.url));
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
