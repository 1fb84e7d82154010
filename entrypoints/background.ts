/**
 * Wiring only: the features, then one listener per browser event, fanning out to them in the
 * order listed. Every listener is registered synchronously at the top of main(), so a service
 * worker woken by a panic message or a shortcut finds it in place. See docs/ARCHITECTURE.md.
 */
import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import { fanOut, type Feature, type FeatureContext } from '@/features/feature';
import * as erasingTabs from '@/features/erasing-tabs';
import * as exit from '@/features/exit';
import * as firstRun from '@/features/first-run';
import * as keepAwake from '@/features/keep-awake';
import * as ownPages from '@/features/own-pages';
import * as toolbarLook from '@/features/toolbar-look';
import * as traces from '@/features/traces';
import * as undo from '@/features/undo';
import * as visitTracking from '@/features/visit-tracking';
import { LiveSettings } from '@/utils/live-settings';
import { dispatch, mergeHandlers } from '@/utils/messages';
import { forgetMyEntriesAtExit } from '@/utils/forget-at-exit';
import { ErasingTabs } from '@/utils/private-open';
import { getSettings, settingsItem } from '@/utils/settings';

export default defineBackground(() => {
  const ctx: FeatureContext = { settings: new LiveSettings(getSettings) };
  // Read first: a worker woken by the panic keys needs the decoy's address before anything else.
  void ctx.settings.get().catch(() => {});

  const visits = visitTracking.register();
  const cleaner = traces.register(ctx, visits.visitsOf);
  const erasing = new ErasingTabs();
  const hidden = undo.register(ctx, (url) => erasing.open(url));
  const features: Feature[] = [
    visits,
    cleaner,
    hidden,
    exit.register(ctx, {
      visitsOf: visits.visitsOf,
      forgetTab: (id) => visits.tracker.forget(id),
      ready: () => Promise.all([cleaner.cleaner.ready(), visits.opened.load()]).then(() => {}),
      isSensitive: cleaner.cleaner.isSensitive,
      openedFrom: (ids) => visits.opened.openedFrom(ids),
      framesOf: visits.framesOf,
      reopenInstead: hidden.reopenIfOnDecoy,
      // Undo (only while its option is on), forgetting the user's numbers and pages (option, on by
      // default), then the clean-up; a failure in one never stops the next.
      afterExit: [
        hidden.afterExit,
        async () => forgetMyEntriesAtExit(await ctx.settings.get()),
        (plan) => cleaner.cleaner.afterExit(plan),
      ],
    }),
    erasingTabs.register(visits.tracker, erasing),
    toolbarLook.register(ctx),
    firstRun.register(),
    ownPages.register(),
    keepAwake.register(),
  ];

  const handlers = mergeHandlers(features.map((f) => f.handlers ?? {}));
  const own = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    dispatch(handlers, message, sender, own),
  );
  const onSettingsChanged = fanOut(features, 'onSettingsChanged');
  settingsItem.watch((value) => onSettingsChanged(ctx.settings.changed(value)));
  browser.history.onVisited.addListener(fanOut(features, 'onVisited'));
  browser.webNavigation.onBeforeNavigate.addListener(fanOut(features, 'onBeforeNavigate'));
  browser.webNavigation.onCommitted.addListener(fanOut(features, 'onCommitted'));
  browser.webNavigation.onHistoryStateUpdated.addListener(fanOut(features, 'onHistoryStateUpdated'));
  browser.webNavigation.onReferenceFragmentUpdated.addListener(fanOut(features, 'onReferenceFragmentUpdated'));
  browser.webNavigation.onCreatedNavigationTarget.addListener(fanOut(features, 'onCreatedNavigationTarget'));
  browser.tabs.onReplaced.addListener(fanOut(features, 'onTabReplaced'));
  browser.tabs.onRemoved.addListener(fanOut(features, 'onTabRemoved'));
  browser.commands.onCommand.addListener(fanOut(features, 'onCommand'));
  browser.action.onClicked.addListener(fanOut(features, 'onActionClicked'));
  browser.alarms.onAlarm.addListener(fanOut(features, 'onAlarm'));
  browser.runtime.onInstalled.addListener(fanOut(features, 'onInstalled'));
  browser.runtime.onStartup.addListener(fanOut(features, 'onStartup'));
  browser.permissions.onAdded.addListener(fanOut(features, 'onPermissionsAdded'));

  fanOut(features, 'start')();
});
