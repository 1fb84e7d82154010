import type { ExitPlan } from '@/utils/exit';
import type { Settings } from '@/utils/settings-schema';
import { onUndoAlarm, onUndoSettingChanged, rememberHiddenPage, reopenIfPanicOnDecoy } from '@/utils/undo';
import type { Feature, FeatureContext } from './feature';

/**
 * Undo, hidden (an option, off by default; utils/undo.ts): the panic keys pressed again on the
 * decoy within 60 s reopen the page the exit hid. Memory only.
 */
export interface Undo extends Feature {
  /** An exit's `afterExit` step: remember the page it hid (only while the option is on). */
  afterExit(plan: ExitPlan): Promise<void>;
  /**
   * Before an exit on the panic keys or the shortcut: true when `tab` is the decoy of a recent exit
   * and the hidden page was reopened instead (the caller must then not exit the tab).
   */
  reopenIfOnDecoy(tab: { id?: number; url?: string } | undefined): Promise<boolean>;
}

/** @param openErasing opens a page in an ordinary tab whose visits are erased as they happen. */
export function register(ctx: FeatureContext, openErasing: (url: string) => Promise<unknown>): Undo {
  return {
    name: 'undo',
    afterExit: async (plan) => rememberHiddenPage(plan, await ctx.settings.get()),
    reopenIfOnDecoy: async (tab) => {
      // Off by default: then nothing is read and the exit starts at once.
      const settings = ctx.settings.now() ?? (await ctx.settings.get());
      if (!settings.undoByPanicAgain) return false;
      return reopenIfPanicOnDecoy(tab, openErasing).catch(() => false);
    },
    hooks: {
      onAlarm: (alarm) => void onUndoAlarm(alarm),
      onSettingsChanged: (settings: Settings) => void onUndoSettingChanged(settings),
    },
  };
}
