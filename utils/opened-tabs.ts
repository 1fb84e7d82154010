import type { SessionArea } from './visit-tracker';

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

export class OpenedTabs {
  /** Opened tab id -> the tab that opened it. */
  private openerOf = new Map<number, number>();
  private loaded: Promise<void> | null = null;
  private saving: Promise<void> = Promise.resolve();

  constructor(private area: SessionArea) {}

  /** Loads what an earlier life of the service worker recorded. Idempotent. */
  load(): Promise<void> {
    this.loaded ??= this.area.get(OPENED_KEY).then(
      (r) => {
        const stored = r[OPENED_KEY];
        if (!stored || typeof stored !== 'object') return;
        for (const [child, opener] of Object.entries(stored as Record<string, unknown>))
          if (typeof opener === 'number' && !this.openerOf.has(Number(child))) this.openerOf.set(Number(child), opener);
      },
      () => {},
    );
    return this.loaded;
  }

  /** Records that `openerTabId` opened `tabId`. */
  add(tabId: number, openerTabId: number | undefined): void {
    if (openerTabId === undefined || tabId < 0 || openerTabId < 0 || tabId === openerTabId) return;
    if (this.openerOf.get(tabId) === openerTabId) return;
    this.openerOf.set(tabId, openerTabId);
    if (this.openerOf.size > MAX_ENTRIES) this.openerOf.delete(this.openerOf.keys().next().value!);
    this.persist();
  }

  /** `webNavigation.onCreatedNavigationTarget`. */
  onCreatedNavigationTarget(d: { sourceTabId: number; tabId: number }): void {
    this.add(d.tabId, d.sourceTabId);
  }

  /** `tabs.onReplaced` (prerendering, discarding): the new tab keeps the old one's place. */
  replace(addedTabId: number, removedTabId: number): void {
    const opener = this.openerOf.get(removedTabId);
    this.openerOf.delete(removedTabId);
    if (opener !== undefined) this.openerOf.set(addedTabId, opener);
    for (const [child, o] of this.openerOf) if (o === removedTabId) this.openerOf.set(child, addedTabId);
    this.persist();
  }

  /**
   * Forgets a closed tab. What it opened stays linked to it (so a chat opened from the exited
   * tab is still found while the exit plans), and is dropped when those tabs close.
   */
  forget(tabId: number): void {
    if (this.openerOf.delete(tabId)) this.persist();
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

  private persist(): void {
    this.saving = this.saving
      .then(() => this.load())
      .then(() => this.area.set({ [OPENED_KEY]: Object.fromEntries(this.openerOf) }))
      .catch(() => {});
  }

  /** Resolves when everything recorded so far is in the session store. */
  flushed(): Promise<void> {
    return this.saving;
  }
}
