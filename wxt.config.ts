import { defineConfig } from 'wxt';

/**
 * Quick Exit's build. One config for Chrome MV3 and Firefox MV3 (`wxt build -b firefox --mv3`).
 *
 * The content script is an unlisted script (`entrypoints/content-script.ts`) that we declare in the
 * manifest ourselves: WXT's own content-script wrapper pulls in `ContentScriptContext` and the
 * browser polyfill (~16 kB), while ours must stay under 4 kB because it runs on every page.
 *
 * `QE_OUTDIR` lets parallel checkouts build to their own folder; CI uses the default `.output`.
 */
export default defineConfig({
  outDir: process.env.QE_OUTDIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => {
    const chromium = browser !== 'firefox';
    return {
      name: '__MSG_extName__',
      short_name: 'Quick Exit',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      permissions: [
        'tabs',
        'storage',
        'history',
        'sessions',
        'webNavigation',
        'webRequest',
        'browsingData',
        'unlimitedStorage',
      ],
      optional_permissions: ['downloads'],
      host_permissions: ['<all_urls>'],
      action: { default_title: '__MSG_actionTitle__' },
      commands: {
        'quick-exit': {
          suggested_key: { default: 'Alt+Shift+Q' },
          description: '__MSG_commandExit__',
        },
      },
      content_scripts: [
        {
          matches: ['<all_urls>'],
          js: ['content-script.js'],
          run_at: 'document_start',
          all_frames: true,
          match_about_blank: true,
          // Also run in blob: / data: / srcdoc frames made by an http(s) page (Chromium; Firefox
          // since 128, where blob: frames get content scripts only with this key).
          match_origin_as_fallback: true,
        },
      ],
      ...(chromium
        ? {}
        : {
            // Firefox only (Chrome warns about unknown keys). 140 is the first Firefox that knows
            // `data_collection_permissions` (AMO requires it) and covers every API used: MV3 (109),
            // storage.session (115), sessions.forgetClosedTab/forgetClosedWindow, action,
            // browsingData with hostnames. Firefox for Android knows the key from 142; Quick Exit does
            // not run there (no history, sessions or commands API on Android), so do not mark it
            // Android-compatible on AMO; the Android minimum only keeps the manifest consistent.
            browser_specific_settings: {
              gecko: {
                id: 'quick-exit@quick-exit.invalid',
                strict_min_version: '140.0',
                // It makes no network request and sends nothing anywhere.
                data_collection_permissions: { required: ['none'] },
              },
              gecko_android: { strict_min_version: '142.0' },
            },
          }),
    };
  },
});
