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
          // Chromium: also run in srcdoc / blob / data frames whose origin is an http(s) page.
          ...(chromium ? { match_origin_as_fallback: true } : {}),
        },
      ],
      ...(chromium
        ? {}
        : {
            browser_specific_settings: {
              gecko: {
                id: 'quick-exit@quick-exit.invalid',
                strict_min_version: '128.0',
                data_collection_permissions: { required: ['none'] },
              },
            },
          }),
    };
  },
});
