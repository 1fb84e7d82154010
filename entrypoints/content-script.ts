/**
 * The panic key, on every page and in every frame (declared in wxt.config.ts, document_start).
 *
 * Path of an exit: this file -> utils/cloak.ts (hide now) -> background.ts -> utils/exit.ts.
 * Kept tiny on purpose (it runs on every page): no polyfill, no framework, raw `chrome`/`browser`.
 */
import { cloakPage } from '@/utils/cloak';
import { PanicKeyDetector } from '@/utils/panic-key';
import { resolveLang, type Lang } from '@/utils/i18n';
import { DEFAULT_DECOY_URL, DEFAULT_TRIGGERS, readPanicSettings, SETTINGS_KEY } from '@/utils/settings-schema';
import type { CloakMessage, Message, PanicAck } from '@/utils/messages';

/** How long the background has to acknowledge before this frame replaces the page itself. */
const ACK_TIMEOUT_MS = 250;

/**
 * Everything the content script does, run once per frame. The build calls it directly (wxt.config.ts
 * `contentScriptWithoutWrapper`), without WXT's start-up wrapper; WXT reads the options below.
 */
export function main(): void {
  const g = globalThis as unknown as { browser?: typeof chrome; chrome?: typeof chrome };
  const api = (g.browser ?? g.chrome)!;
  const detector = new PanicKeyDetector(DEFAULT_TRIGGERS);
  let decoyUrl = DEFAULT_DECOY_URL;
  /** The language of the cover's spoken "Loading". */
  let lang: Lang = resolveLang('auto');
  let exiting = false;

  const applySettings = (raw: unknown) => {
    const s = readPanicSettings(raw);
    detector.triggers = s.triggers;
    decoyUrl = s.decoyUrl;
    lang = resolveLang(s.language);
  };
  try {
    api.storage.local.get(SETTINGS_KEY).then(
      (r) => applySettings(r[SETTINGS_KEY]),
      () => {},
    );
    api.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && changes[SETTINGS_KEY]) applySettings(changes[SETTINGS_KEY].newValue);
    });
  } catch {
    // Orphaned after an update: defaults still protect the page.
  }

  /** Last resort when the background is gone: leave the page by navigation. */
  const replaceWithDecoy = () => {
    try {
      window.top!.location.replace(decoyUrl);
    } catch {
      location.replace(decoyUrl);
    }
  };

  /**
   * The exit begins in this frame (panic keys here, or the background's 'cloak' for every frame,
   * which is how the shortcut, the toolbar and the popup's Exit now reach it): hide the page, and
   * from now on let no "Leave site?" dialog keep it open (the guard below).
   */
  const beginExit = () => {
    if (exiting) return;
    exiting = true;
    cloakPage(document, lang);
  };
  // A "Leave site?" dialog would keep the page open: once an exit started, no page handler runs.
  // Registered here, at document_start, so it is the window's first beforeunload listener:
  // Chromium runs them in the order they were added. Added only when an exit begins (issue #15's
  // idea, to spare ordinary tab closes), it came after the page's own and the dialog showed in
  // every case of tests/e2e/leave-site.spec.ts (popup, keys, shortcut; measured).
  addEventListener('beforeunload', (e) => exiting && e.stopImmediatePropagation(), true);

  const exit = () => {
    beginExit();
    let acked = false;
    const timer = setTimeout(() => acked || replaceWithDecoy(), ACK_TIMEOUT_MS);
    try {
      if (!api.runtime?.id) throw new Error('orphaned');
      api.runtime.sendMessage({ type: 'panic' } satisfies Message).then(
        (r: PanicAck | undefined) => {
          acked = !!r?.ok;
        },
        () => {},
      );
    } catch {
      clearTimeout(timer);
      replaceWithDecoy();
    }
  };

  const onKey = (e: KeyboardEvent) => {
    if (exiting || !detector.handle(e)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    exit();
  };
  // Capture phase on window, registered at document_start: we run before any page listener.
  addEventListener('keydown', onKey, true);
  addEventListener('keyup', onKey, true);

  // Came back through the back/forward cache after a fallback exit: never show the page again.
  addEventListener('pageshow', (e) => {
    if (exiting && e.persisted) replaceWithDecoy();
  });

  try {
    api.runtime.onMessage.addListener((m: CloakMessage) => {
      if (m?.type === 'cloak') beginExit();
    });
  } catch {
    // Orphaned.
  }
}

// No global variable named after the script, and no value for `scripting.executeScript` (it is
// declared in the manifest, never injected).
export default /* @__PURE__ */ defineUnlistedScript({ globalName: false, main });
