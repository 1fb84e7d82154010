import type { Settings } from './settings-schema';
import { forgetAll } from './session-store';

/**
 * "Forget my numbers and pages at every exit" (`forgetMyEntriesOnExit`, on by default): whoever
 * opens the popup after an exit finds none of the user's own numbers and pages (issue 12). They
 * are in `storage.session` only (utils/session-store.ts); this removes them all.
 *
 * Background, in the exit's `afterExit`. Returns whether it forgot them.
 */
export async function forgetMyEntriesAtExit(
  settings: Pick<Settings, 'forgetMyEntriesOnExit'>,
  forget: () => Promise<void> = forgetAll,
): Promise<boolean> {
  if (!settings.forgetMyEntriesOnExit) return false;
  await forget();
  return true;
}
