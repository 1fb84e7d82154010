import { useEffect, useState } from 'preact/hooks';
import type { browser } from 'wxt/browser';
import { EXIT_COMMAND, NEUTRAL_EXIT_COMMAND } from '@/utils/neutral-names';

/** A command as `commands.getAll()` gives it. */
interface Command {
  name?: string;
  shortcut?: string;
}

/**
 * The exit command's shortcut as the browser really has it, or null when none is set (Chrome
 * leaves it empty when another extension already holds the key; the user may have removed it).
 */
export function exitShortcutOf(commands: readonly Command[]): string | null {
  const exit = commands.find((c) => c.name === EXIT_COMMAND || c.name === NEUTRAL_EXIT_COMMAND);
  return exit?.shortcut?.trim() || null;
}

/**
 * The exit shortcut the browser really has (`commands.getAll()`), read once when the page opens:
 * `undefined` while reading, `null` when none is set. Never a hard-coded key. The extension API
 * wrapper is loaded for it after the first paint (the popup paints "Exit now" without it).
 */
export function useExitShortcut(api?: Pick<typeof browser, 'commands'>): string | null | undefined {
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void (api ? Promise.resolve(api) : import('wxt/browser').then((m) => m.browser))
      .then((a) => a.commands.getAll())
      .then((all) => live && setShortcut(exitShortcutOf(all)))
      .catch(() => live && setShortcut(null));
    return () => {
      live = false;
    };
  }, []);
  return shortcut;
}
