import path from 'node:path';
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
 * `browser` (the `@wxt-dev/webextension-polyfill` module's `wxt/browser`) as the polyfill's own
 * `module.exports`, taken with `require`. Its `export { default as browser } from
 * 'webextension-polyfill'` made the bundler wrap that CommonJS module in an ES namespace, which
 * copies every own property of the exported object; where the browser has a native `browser`
 * (Chromium 156, Firefox), the polyfill exports it, and reading each namespace's descriptor builds
 * the extension API binding of each namespace at each start of the service worker, used or not
 * (a trace of 3 loads with the worker stopped before each: background.js's evaluation 53 -> 44 ms
 * of thread time). The object is the same either way: the polyfill's `module.exports`.
 */
const POLYFILL_BROWSER = /@wxt-dev\/webextension-polyfill\/dist\/browser\.mjs$/;
const browserWithoutNamespaceCopy = (): Plugin => ({
  name: 'quick-exit:browser-without-namespace-copy',
  transform(_code, id) {
    if (POLYFILL_BROWSER.test(id)) return "export const browser = require('webextension-polyfill');\n";
  },
});

/**
 * The content script without WXT's start-up wrapper. WXT builds an unlisted script from a virtual
 * entry that imports the script's default export (`defineUnlistedScript(...)`), runs the WXT
 * runtime plugins (there are none here) and calls `main()` inside a try/catch whose only extra is a
 * `logger.error("... crashed on startup!")` that does nothing in a production build, then rethrows:
 * ~400 bytes of the 4 kB the content script may weigh. This entry imports the script's exported
 * `main` and calls it, nothing else, so an error still surfaces the same way; the default export
 * stays for WXT to read the options from (the bundle drops it). Only entrypoints/content-script.ts;
 * its manifest entry is declared below, as before.
 */
const CONTENT_SCRIPT_ENTRY = /^\0virtual:wxt-unlisted-script-entrypoint\?(.*\/entrypoints\/content-script\.ts)$/;
const contentScriptWithoutWrapper = (): Plugin => ({
  name: 'quick-exit:content-script-without-wrapper',
  enforce: 'pre',
  load(id) {
    const input = CONTENT_SCRIPT_ENTRY.exec(id)?.[1];
    if (input) return `import { main } from ${JSON.stringify(input)};\nmain();\n`;
  },
});

/**
 * The popup's first paint in two small files: its entry (entrypoints/popup/main.tsx, which paints
 * "Exit now" without the framework) and `first-paint`, everything the entry imports statically
 * (the settings read, the button's words). The rest of the popup (entrypoints/popup/render.tsx,
 * loaded once that frame is painted) with everything it imports statically (preact, the strings,
 * the first screen's components) is one more chunk, `pages-base`. Left to itself the bundler splits
 * that code by which pages share it, into four or five files, each one more request to the browser
 * (`npm run bench`, popup section). The options and welcome pages load the same two chunks (they
 * share most of it). What the popup's components import dynamically is in neither.
 * `graph` is the part of rolldown's `ChunkingContext` used here.
 */
interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}
/** Every module `from` imports statically, directly or not (style sheets left out). */
const staticImports = (graph: ModuleGraph, from: readonly string[]): Set<string> => {
  const found = new Set<string>();
  const stack = [...from];
  while (stack.length) {
    const m = stack.pop()!;
    if (found.has(m) || /\.css($|\?)/.test(m)) continue;
    found.add(m);
    stack.push(...(graph.getModuleInfo(m)?.importedIds ?? []));
  }
  return found;
};
/**
 * The two groups, by module: `entry` is the popup's index.html, `render` its
 * entrypoints/popup/render.tsx. The first-paint group comes first (a higher priority): a group
 * also takes in what its modules import, and the render's modules import the first paint's.
 */
const popupChunks = (entry: string, render: string) => {
  let chunks: { first: Set<string>; base: Set<string> } | null = null;
  const get = (graph: ModuleGraph) => {
    if (!chunks) {
      const first = staticImports(graph, graph.getModuleInfo(entry)?.importedIds ?? []);
      // The entry script stays in the popup's own chunk: it paints the popup, and the other pages
      // load the first-paint chunk too.
      for (const m of first) if (m.endsWith('/entrypoints/popup/main.tsx')) first.delete(m);
      const base = staticImports(graph, [render]);
      for (const m of first) base.delete(m);
      chunks = { first, base };
    }
    return chunks;
  };
  return [
    { priority: 2, name: (id: string, graph: ModuleGraph) => (get(graph).first.has(id) ? 'first-paint' : null) },
    { priority: 1, name: (id: string, graph: ModuleGraph) => (get(graph).base.has(id) ? 'pages-base' : null) },
  ];
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
  vite: (env) => ({
    plugins: [
      pageShell(),
      hotlineChunks(),
      neutralTitles(env.mode),
      browserWithoutNamespaceCopy(),
      contentScriptWithoutWrapper(),
    ],
  }),
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
        codeSplitting: {
          groups: popupChunks(popup.inputPath, path.join(path.dirname(popup.inputPath), 'render.tsx')),
        },
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
