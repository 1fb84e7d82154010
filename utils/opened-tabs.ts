import { defineSessionKey, SessionState } from './session-state';

/**
 * Which tab opened which: a help page's chat in a new tab on another site (`window.open`, also
 * with `noopener`), a popup window, a `target=_blank` link. Those tabs are part of the page that
 * opened them: an exit closes them and erases every address they showed (utils/exit.ts
 * `planExit`). Their own site is not made sensitive: only those exact addresses go.
 *
 * Fed from `webNavigation.onCreatedNavigationTarget` only: it fires for every tab or window a
 * page's frame opens (links opened in a new tab, `window.open`, also with `noopener`, popups).
 * `tabs.onCreated`'s `openerTabId` is not used: Chromium also sets it on tabs the page did not
 * open (with it, tests/e2e/exit.spec.ts "ordinary tabs stay" failed: an ordinary tab opened by
 * the test after the sensitive one was closed with it). `tabs.onRemoved` forgets a tab. Kept in memory and mirrored to `storage.session`
 * (memory only) so a service worker woken for an exit still knows it.
 */

export const OPENED_KEY = 'openedTabs';

/** Caps the map so a page that opens tabs in a loop cannot grow it without bound. */
const MAX_ENTRIES = 5000;

/** Opened tab id -> the tab that opened it; stored as an object keyed by the opened tab's id. */
export const openedTabsKey = defineSessionKey<Map<number, number>>({
  key: OPENED_KEY,
  empty: () => new Map(),
  parse: (stored) =>
    new Map(
      Object.entries(typeof stored === 'object' ? (stored as Record<string, unknown>) : {}).flatMap(
        ([child, opener]): [number, number][] =>
          typeof opener === 'number' && Number.isInteger(Number(child)) ? [[Number(child), opener]] : [],
      ),
    ),
  // Stored (older) links first; what was recorded since waking wins.
  merge: (stored, recorded) => new Map([...stored, ...recorded]),
  toStored: (openerOf) => Object.fromEntries(openerOf),
});

export class OpenedTabs {
  private readonly state = new SessionState(openedTabsKey);

  /** Opened tab id -> the tab that opened it. */
  private get openerOf(): Map<number, number> {
    return this.state.value;
  }

  /** Loads what an earlier life of the service worker recorded. Idempotent. */
  load(): Promise<void> {
    return this.state.load();
  }

  /** Records that `openerTabId` opened `tabId`. */
  add(tabId: number, openerTabId: number | undefined): void {
    if (openerTabId === undefined || tabId < 0 || openerTabId < 0 || tabId === openerTabId) return;
    if (this.openerOf.get(tabId) === openerTabId) return;
    this.state.update((openerOf) => {
      openerOf.set(tabId, openerTabId);
      if (openerOf.size > MAX_ENTRIES) openerOf.delete(openerOf.keys().next().value!);
    });
  }

  /** `webNavigation.onCreatedNavigationTarget`. */
  onCreatedNavigationTarget(d: { sourceTabId: number; tabId: number }): void {
    this.add(d.tabId, d.sourceTabId);
  }

  /** `tabs.onReplaced` (prerendering, discarding): the new tab keeps the old one's place. */
  replace(addedTabId: number, removedTabId: number): void {
    this.state.update((openerOf) => {
      const opener = openerOf.get(removedTabId);
      openerOf.delete(removedTabId);
      if (opener !== undefined) openerOf.set(addedTabId, opener);
      for (const [child, o] of openerOf) if (o === removedTabId) openerOf.set(child, addedTabId);
    });
  }

  /**
   * Forgets a closed tab. What it opened stays linked to it (so a chat opened from the exited
   * tab is still found while the exit plans), and is dropped when those tabs close.
   */
  forget(tabId: number): void {
    if (this.openerOf.has(tabId)) this.state.update((openerOf) => void openerOf.delete(tabId));
  }

  /** Every tab opened from `tabIds`, and from those, and so on (never `tabIds` themselves). */
  openedFrom = (tabIds: number[]): number[] => {
    const found = new Set<number>();
    const seen = new Set(tabIds);
    let frontier = [...tabIds];
    while (frontier.length) {
      const next: number[] = [];
      for (const [child, opener] of this.openerOf)
        if (frontier.includes(opener) && !seen.has(child)) {
          seen.add(child);
          found.add(child);
          next.push(child);
        }
      frontier = next;
    }
    return [...found];
  };

  /** Resolves when everything recorded so far is in the session store (or has failed to be). */
  flushed(): Promise<void> {
    return this.state.flushed();
  }
}
