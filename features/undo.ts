import type { ExitPlan } from '@/utils/exit';
import { onUndoAlarm, rememberHiddenPage } from '@/utils/undo';
import type { Feature } from './feature';

/** "Reopen the page I just hid", for 60 s, memory only (utils/undo.ts). */
export interface Undo extends Feature {
  /** An exit's `afterExit` step: remember the page it hid. */
  afterExit(plan: ExitPlan): Promise<void>;
}

export function register(): Undo {
  return {
    name: 'undo',
    afterExit: (plan) => rememberHiddenPage(plan.hidden),
    hooks: { onAlarm: (alarm) => void onUndoAlarm(alarm) },
  };
}
