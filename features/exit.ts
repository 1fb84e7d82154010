import { browser } from 'wxt/browser';
import type { Tabs } from 'webextension-polyfill';
import { activePageTab } from '@/utils/active-page';
import { exitTab, type ExitDeps, type ExitHints, type ExitPlan } from '@/utils/exit';
import type { ExitNowAnswer } from '@/utils/messages';
import { EXIT_COMMAND, NEUTRAL_EXIT_COMMAND } from '@/utils/neutral-names';
import type { Feature, FeatureContext } from './feature';

/**
 * The exit, from every trigger: the page keys (content script, `panic`), the welcome page's
 * practice (`panic`), the popup (`exit-now`), the browser shortcut and the toolbar icon. The work
 * itself is utils/exit.ts; this wires the triggers to it.
 */
export interface ExitWiring {
  visitsOf(tabId: number): Promise<string[]>;
  forgetTab(tabId: number): void;
  /** Waits until the sensitive set is loaded; then `isSensitive` answers for the plan. */
  ready(): Promise<void>;
  isSensitive(url: string): boolean;
  /** The tabs opened from these tabs (utils/opened-tabs.ts), after `ready()`. */
  openedFrom?(tabIds: number[]): number[];
  /** The origins of the frames a tab's pages embedded. */
  framesOf?(tabId: number): Promise<string[]>;
  /**
   * Asked before an exit on the panic keys or the shortcut: true when the keys were used for
   * something else (the hidden undo: features/undo.ts), and the tab must not be exited.
   */
  reopenInstead?(tab: Tabs.Tab | undefined): Promise<boolean>;
  /** Run in order once the tab is swapped; a failure in one never stops the next. */
  afterExit: ((plan: ExitPlan) => Promise<unknown>)[];
}

export function register(
  ctx: FeatureContext,
  wiring: ExitWiring,
  api: ExitDeps['api'] = { tabs: browser.tabs, history: browser.history, sessions: browser.sessions },
  pages: Parameters<typeof activePageTab>[1] = browser,
): Feature {
  const deps: ExitDeps = {
    api,
    visitsOf: wiring.visitsOf,
    forgetTab: wiring.forgetTab,
    // The sensitive set must be loaded before the plan asks which other tabs go too.
    settings: async () => (await wiring.ready(), ctx.settings.get()),
    isSensitive: wiring.isSensitive,
    openedFrom: wiring.openedFrom,
    framesOf: wiring.framesOf,
    afterExit: async (plan) => {
      for (const step of wiring.afterExit) await step(plan).catch(() => {});
    },
  };
  const exit = (tabId: number | undefined, hints?: ExitHints) => {
    if (tabId !== undefined) void exitTab(deps, tabId, hints);
  };
  /**
   * The panic keys and the shortcut: the hidden undo first, when it applies, else an exit. From the
   * page's keys (`fromKeys`), the decoy's address goes along so the exit opens it at once, read
   * from the settings in memory, or from storage when the worker has just woken (a few ms).
   */
  const exitOrReopen = async (tab: Tabs.Tab | undefined, fromKeys: boolean) => {
    if (wiring.reopenInstead && (await wiring.reopenInstead(tab))) return;
    const decoyUrl = fromKeys ? (ctx.settings.now() ?? (await ctx.settings.get())).decoyUrl : undefined;
    exit(tab?.id, fromKeys ? { tab, decoyUrl } : undefined);
  };
  const ack = { ok: true } as const;
  /**
   * Exits the page the user sees in `windowId` (the popup's Exit now; the shortcut where the
   * browser gives no tab). Finds the page first, and says so when there is none (only the
   * browser's or the extension's own pages are open), so the popup can tell the user instead of
   * closing as if something had happened.
   */
  const exitActiveTab = async (windowId?: number): Promise<ExitNowAnswer> => {
    const tab = await activePageTab(windowId, pages).catch(() => undefined);
    if (tab?.id === undefined) return { ok: false };
    exit(tab.id);
    return ack;
  };
  return {
    name: 'exit',
    handlers: {
      // The decoy comes from the background's own settings (in memory), never from the message.
      // Answer at once: the content script falls back to navigating away if we stay silent.
      panic: (_request, sender) => {
        void exitOrReopen(sender.tab, true);
        return ack;
      },
      'exit-now': ({ windowId }) => exitActiveTab(typeof windowId === 'number' ? windowId : undefined),
    },
    hooks: {
      onCommand: (command, tab) => {
        if (command !== EXIT_COMMAND && command !== NEUTRAL_EXIT_COMMAND) return;
        if (tab?.id !== undefined) void exitOrReopen(tab, false);
        else void exitActiveTab();
      },
      onActionClicked: (tab) => exit(tab.id),
    },
  };
}
