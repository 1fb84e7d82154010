import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { hotlineChunks } from './utils/hotline-split';
import {
  EXIT_COMMAND,
  iconPaths,
  NEUTRAL_EXIT_COMMAND,
  NEUTRAL_GECKO_ID,
  NEUTRAL_MESSAGES,
  NEUTRAL_SHORT_NAME,
  neutralTitleHtml,
} from './utils/neutral-names';

/**
 * Quick Exit's build. One config for Chrome MV3 and Firefox MV3 (`wxt build -b firefox --mv3`).
 *
 * The content script is an unlisted script (`entrypoints/content-script.ts`) that we declare in the
 * manifest ourselves: WXT's own content-script wrapper pulls in `ContentScriptContext` and the
 * browser polyfill (~16 kB), while ours must stay under 4 kB because it runs on every page.
 *
 * `QE_OUTDIR` lets parallel checkouts build to their own folder; CI uses the default `.output`.
 *
 * The discreet build (`npm run build:discreet` = `wxt build --mode discreet`, into
 * `.output/chrome-mv3-discreet`) is for advocates who install it on someone else's computer: its
 * name, description, tooltip, shortcut description and icons are those of a plain notes tool
 * (utils/neutral-names.ts), so the extensions list and the toolbar give nothing away. Its zips are
 * named `notes-*.zip`. The pages inside are the same.
 */
const DISCREET = 'discreet';

/**
 * The popup's first paint in two files: its entry (index.html's module) and one chunk with
 * everything it imports statically (preact, the strings, the first screen's components). Left to itself the bundler
 * splits that code by which pages share it, into four or five files, each one more request to the
 * browser before the first paint (`npm run bench`, popup section). The options and welcome pages
 * load the same chunk (they share most of it). What the popup imports dynamically is not in it.
 * `graph` is the part of rolldown's `ChunkingContext` used here.
 */
interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}
const popupFirstPaintChunk = (entry: string) => {
  let chunk: Set<string> | null = null;
  return (id: string, graph: ModuleGraph): string | null => {
    if (!chunk) {
      chunk = new Set();
      const seen = new Set<string>();
      const stack = [...(graph.getModuleInfo(entry)?.importedIds ?? [])];
      while (stack.length) {
        const m = stack.pop()!;
        // The pages' style sheets stay their own.
        if (seen.has(m) || /\.css($|\?)/.test(m)) continue;
        seen.add(m);
        stack.push(...(graph.getModuleInfo(m)?.importedIds ?? []));
        // The entry script stays in the popup's own chunk: it renders the popup, and the other
        // pages load this chunk too.
        if (!m.endsWith('/entrypoints/popup/main.tsx')) chunk.add(m);
      }
    }
    return chunk.has(id) ? 'pages-base' : null;
  };
};

/**
 * What every page (popup, options, welcome) has around its own lines: the charset and viewport, the
 * page's style.css, the `#app` root and its main.tsx. Each entrypoints/<page>/index.html holds only
 * what is its own (its `<title>` and WXT's `manifest.*` meta tags, which WXT reads from the file);
 * the rest is added here, before Vite reads the page's scripts and styles (and before WXT points
 * them at its dev server in `npm run dev`).
 */
const PAGE_HEAD = [
  '<meta charset="utf-8" />',
  '<meta name="viewport" content="width=device-width, initial-scale=1" />',
];
const PAGE_STYLE = '<link rel="stylesheet" href="./style.css" />';
const PAGE_BODY = '<body>\n    <div id="app"></div>\n    <script type="module" src="./main.tsx"></script>\n  </body>';
const pageShell = (): Plugin => ({
  name: 'quick-exit:page-shell',
  enforce: 'pre',
  transform(html, id) {
    if (!/\/entrypoints\/[^/]+\/index\.html$/.test(id)) return null;
    const head = PAGE_HEAD.map((line) => `\n    ${line}`).join('');
    return {
      code: html
        .replace(/<head>/i, `<head>${head}`)
        .replace(/<\/head>/i, `  ${PAGE_STYLE}\n  </head>`)
        .replace(/<\/html>/i, `  ${PAGE_BODY}\n</html>`),
      map: null,
    };
  },
});

/**
 * The discreet build's pages carry neutral static titles ("Notes", "Notes settings"): the HTML is
 * rewritten as Vite builds it (utils/neutral-names.ts). The pages set their own titles at run time.
 */
const neutralTitles = (mode: string): Plugin => ({
  name: 'quick-exit:neutral-titles',
  transformIndexHtml: {
    order: 'pre',
    handler: (html, ctx) => (mode === DISCREET ? neutralTitleHtml(html, ctx.filename ?? ctx.path) : html),
  },
});

export default defineConfig({
  outDir: process.env.QE_OUTDIR ?? '.output',
  // `npm run dev` / `npm run dev:firefox`: Debian's Chromium or Firefox ESR, in a fresh profile,
  // with the extension loaded (its first run opens the welcome page). Needs a display (or xvfb-run).
  webExt: {
    binaries: { chrome: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' },
    // Chromium refuses to start its sandbox as root (containers, CI images).
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  },
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: (env) => ({ plugins: [pageShell(), hotlineChunks(), neutralTitles(env.mode)] }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      // Only the build of the HTML pages (the background and content script are single files).
      const popup = entrypoints.find((e) => e.name === 'popup');
      if (!popup) return;

      config.build ??= {};
      // Chrome and Firefox know <link rel="modulepreload">: Vite's polyfill for it is one more file.
      config.build.modulePreload = { polyfill: false };
      config.build.rolldownOptions ??= {};
      config.build.rolldownOptions.output = {
        ...config.build.rolldownOptions.output,
        codeSplitting: { groups: [{ name: popupFirstPaintChunk(popup.inputPath) }] },
      };
    },
    'config:resolved': (wxt) => {
      if (wxt.config.mode !== DISCREET) return;
      wxt.config.zip.artifactTemplate = 'notes-{{version}}-{{browser}}.zip';
      wxt.config.zip.sourcesTemplate = 'notes-{{version}}-sources.zip';
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      // WXT takes the popup's <title> as the tooltip; the tooltip must come from _locales (neutral
      // in the discreet build). Runtime discreet mode overrides it with action.setTitle.
      if (manifest.action) manifest.action.default_title = '__MSG_actionTitle__';
    },
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.mode !== DISCREET) return;
      // Neutral manifest strings instead of public/_locales, and no product icon in the package.
      const keep = files.filter((f) => !/^_locales\/|^icon\/\d+\.png$/.test(f.relativeDest));
      files.splice(0, files.length, ...keep);
      for (const [lang, messages] of Object.entries(NEUTRAL_MESSAGES)) {
        const json = Object.fromEntries(Object.entries(messages).map(([k, message]) => [k, { message }]));
        files.push({ relativeDest: `_locales/${lang}/messages.json`, contents: JSON.stringify(json, null, 2) });
      }
    },
  },
  manifest: ({ browser, mode }) => {
    const chromium = browser !== 'firefox';
    const discreet = mode === DISCREET;
    const icons = iconPaths(discreet);
    return {
      name: '__MSG_extName__',
      short_name: discreet ? NEUTRAL_SHORT_NAME : 'Quick Exit',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      // Each one is used (grep the API name); README's permission table says the same in words.
      // No `unlimitedStorage`: nothing is kept in storage.local but the settings (a few hundred
      // bytes), and storage.session's quota does not depend on it.
      permissions: [
        // The address of every tab (which tabs an exit closes, chrome:// pages included) and
        // creating the decoy tab: utils/exit.ts, utils/active-page.ts.
        'tabs',
        // Settings (storage.local); the session's visits, sites and lists (storage.session).
        'storage',
        // Erasing the exited visits: utils/exit.ts, utils/clear-traces.ts, utils/private-open.ts.
        'history',
        // Forgetting the closed tab in Recently closed: utils/exit.ts forgetRecentlyClosed.
        'sessions',
        // Every address a tab showed (redirects, pushState): utils/visit-tracker.ts.
        'webNavigation',
        // Cookies, storage and cache of a hidden site: utils/clear-traces.ts.
        'browsingData',
        // Forgets the page an exit hid after 60 s even if the service worker was stopped (utils/undo.ts);
        // starts the worker again if Chromium stopped it anyway (features/keep-awake.ts).
        'alarms',
      ],
      // Asked for only when the user chooses to clear a site's downloads (Clear traces).
      optional_permissions: ['downloads'],
      // The content script on every page and frame (the panic keys, the cover).
      host_permissions: ['<all_urls>'],
      icons,
      action: { default_title: '__MSG_actionTitle__', default_icon: icons },
      commands: {
        [discreet ? NEUTRAL_EXIT_COMMAND : EXIT_COMMAND]: {
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
                id: discreet ? NEUTRAL_GECKO_ID : 'quick-exit@quick-exit.invalid',
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
