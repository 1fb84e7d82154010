import type { Tabs } from 'webextension-polyfill';
import type { Handlers } from '@/utils/messages';
import type { LiveSettings } from '@/utils/live-settings';
import type { Settings } from '@/utils/settings-schema';

/**
 * The background is a list of features. Each exports `register(ctx)`, which returns the messages
 * it answers and the browser events it listens to; `entrypoints/background.ts` adds one listener
 * per browser event and fans it out to the features in their listed order (see `fanOut`).
 */

/** What every feature gets: the settings, read once and kept current in memory. */
export interface FeatureContext {
  settings: LiveSettings;
}

/** A top-frame or subframe navigation, as `webNavigation` reports it. */
export interface NavigationDetails {
  tabId: number;
  frameId: number;
  url: string;
  transitionQualifiers?: string[];
  /** Chromium: `outermost_frame` for a tab's page, also while it is prerendered (frameId is then not 0). */
  frameType?: string;
  /** Chromium: `prerender` while the frame's page is prerendered and not shown. */
  documentLifecycle?: string;
  /** `onCommitted` only: `manual_subframe` for a frame navigation the user made. */
  transitionType?: string;
}

/** The browser events a feature can listen to, one hook per event. */
export interface Hooks {
  /** Once, synchronously after every listener is registered (a fresh or woken worker). */
  start?(): void;
  onSettingsChanged?(settings: Settings): void;
  onVisited?(item: { url?: string }): void;
  onBeforeNavigate?(details: NavigationDetails): void;
  onCommitted?(details: NavigationDetails): void;
  onHistoryStateUpdated?(details: NavigationDetails): void;
  onReferenceFragmentUpdated?(details: NavigationDetails): void;
  onCreatedNavigationTarget?(details: { sourceTabId: number; tabId: number }): void;
  onTabReplaced?(addedTabId: number, removedTabId: number): void;
  onTabRemoved?(tabId: number): void;
  onCommand?(command: string, tab?: Tabs.Tab): void;
  onActionClicked?(tab: Tabs.Tab): void;
  onAlarm?(alarm: { name: string }): void;
  onInstalled?(details: { reason: string }): void;
  onStartup?(): void;
  onPermissionsAdded?(permissions: { permissions?: string[] }): void;
}

/** What `register` returns. */
export interface Feature {
  /** For logs and tests. */
  name: string;
  handlers?: Handlers;
  hooks?: Hooks;
}

type HookName = keyof Hooks;
type HookArgs<K extends HookName> = Parameters<NonNullable<Hooks[K]>>;

/**
 * One listener's body: calls hook `name` of every feature, in order. A feature that throws
 * (or whose promise rejects) is logged and never keeps the next one from running.
 */
export function fanOut<K extends HookName>(features: readonly Feature[], name: K): (...args: HookArgs<K>) => void {
  const hooks = features.flatMap((f) => {
    const hook = f.hooks?.[name] as ((...args: HookArgs<K>) => unknown) | undefined;
    return hook ? [{ feature: f.name, hook }] : [];
  });
  return (...args) => {
    for (const { feature, hook } of hooks) {
      try {
        const r = hook(...args);
        if (r instanceof Promise) r.catch((e: unknown) => console.error(`${feature}.${name}`, e));
      } catch (e) {
        console.error(`${feature}.${name}`, e);
      }
    }
  };
}
