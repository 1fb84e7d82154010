import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/**
 * A local web server for the tests. Chromium maps every `*.test` host to 127.0.0.1
 * (`--host-resolver-rules`), so one server serves several distinct sites (origins):
 * `sensitive.test`, `harmless.test`, `other.test`, `decoy.test`, and, for the built-in
 * sensitive list, real hotline host names.
 *
 * Routes:
 *   /p/NAME            a page titled `QE-MARK-NAME` (options in the query string, see `pageHtml`)
 *   /redirect?to=URL   302 to URL
 *   /decoy             the decoy ("Weather")
 *   /cookie/NAME       a page that sets a cookie, localStorage and a cacheable response for NAME
 *   /download/NAME     a small file served as an attachment
 *   /search?q=WORDS    a search engine's results page, titled `QE-MARK-search WORDS`; sets a
 *                      session cookie `sid=QE-MARK-HOST-session` (per host) when none was sent
 *   /cookies           echoes the Cookie header the browser sent to this host (as text/plain)
 *   /opener/NAME       the /p/NAME page with buttons that open a chat: #noopener (window.open with
 *                      noopener), #popup (a popup window), #blank (a target=_blank link); `?chat=URL`
 *   /chatframe/NAME    the /p/NAME page embedding a chat widget iframe (#chat) at `?chat=URL`
 *   /nostore/NAME      the /p/NAME page with `cache-control: no-store` (kept out of the HTTP cache)
 *   /blobframe/NAME    a page titled `QE-MARK-NAME` whose iframe (#frame) shows a blob: document with a field
 *   /speculate/NAME    the /p/NAME page whose speculation rules prerender `?to=URL` (same site); once that
 *                      page (or `?wait=NAME`) has reported from its prerender (or after 15 s), it goes there itself
 *                      (or to `?go=URL` instead: the prerender is then never shown)
 *                      (`location.href`), as a click on a link would: no DevTools input needed
 *   /prerendered/NAME  a page titled `QE-MARK-NAME` that reports to /report how it was loaded and shown
 *                      (`document.prerendering`, `activationStart`), then goes on to `?next=URL` if given;
 *                      `?push=1`: while prerendered, it changes its address to `?pushed` (pushState)
 *   /report?…          records a page's report in `reports`; /reported/NAME answers 1 once the page
 *                      NAME has reported from a prerender, else 0
 *   /bench/exit        the exit-latency page of `npm run bench` (`?govuk=1&decoy=URL` adds GOV.UK's
 *                      "Exit this page" component, see `benchExitPageHtml`)
 *   /bench/heavy       a heavy page for the page-load overhead benchmark
 *   /govuk/FILE        govuk-frontend's built files (node_modules/govuk-frontend/dist/govuk)
 */
export interface TestServer {
  port: number;
  /** `http://HOST:PORT` for a host such as `sensitive.test`. */
  origin(host: string): string;
  /** Every request served, as `host/path?query` (e.g. to see that a private window loaded a page). */
  requests: string[];
  /** What the /prerendered/NAME pages reported of themselves, in order. */
  reports: PageReport[];
  close(): Promise<void>;
}

/** A /prerendered/NAME page's report: loaded (maybe as a prerender), then shown to the user. */
export interface PageReport {
  host: string;
  name: string;
  phase: 'loaded' | 'shown';
  /** `document.prerendering` at that moment. */
  prerendering: boolean;
  /** The navigation entry's `activationStart`: above 0 only for a page shown from its prerender. */
  activationStart: number;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** A value as a JavaScript literal inside a <script> element. */
const js = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

/**
 * A test page. Query options:
 *   beforeunload=1  registers a beforeunload prompt (shows "Leave site?" once the page was clicked);
 *                   beforeunload=capture registers it in the capture phase
 *   hostile=1       stops every key event in its own capture listeners and fakes Escape/Shift presses
 *   iframe=URL      embeds URL in an iframe (#frame)
 *   srcdoc=1        embeds an about:srcdoc iframe (#frame) with an input (#field)
 *   observe=1       logs `cloaked` to the console the moment the Quick Exit overlay appears
 *   fightcover=1    tries to stop Quick Exit's cover: holds an element named like the old overlay
 *                   (`qe-cloak`, defined as a custom element that removes itself), defines every new
 *                   custom-element name it sees as one that removes itself, and removes every node
 *                   added to the page (MutationObserver); logs `removed <name>` for each removal
 *   link=URL        a link (#link) to URL
 */
export function pageHtml(name: string, q: URLSearchParams): string {
  const parts = [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>QE-MARK-${esc(name)}</title>`,
    `<link rel="icon" href="/favicon-${esc(name)}.png"></head><body>`,
    `<h1>Help page ${esc(name)}</h1><p>QE-MARK-${esc(name)} body text.</p>`,
    `<label>Field <input id="field"></label> <label>Area <textarea id="area"></textarea></label>`,
    `<div id="editable" contenteditable="true" aria-label="editable">edit me</div>`,
    `<video id="video" muted loop></video>`,
  ];
  if (q.get('link')) parts.push(`<a id="link" href="${esc(q.get('link')!)}">next page</a>`);
  if (q.get('iframe')) parts.push(`<iframe id="frame" title="frame" src="${esc(q.get('iframe')!)}"></iframe>`);
  if (q.get('srcdoc'))
    parts.push(`<iframe id="frame" title="frame" srcdoc="<label>Inner <input id='field'></label>"></iframe>`);
  if (q.get('beforeunload'))
    parts.push(
      `<script>addEventListener('beforeunload', (e) => { e.preventDefault(); e.returnValue = 'stay'; }, ${q.get('beforeunload') === 'capture'});</script>`,
    );
  if (q.get('hostile'))
    parts.push(`<script>
      for (const t of ['keydown', 'keyup', 'keypress'])
        for (const target of [window, document]) target.addEventListener(t, (e) => e.stopImmediatePropagation(), true);
      // Fake panic keys: Quick Exit must ignore untrusted events.
      for (let i = 0; i < 3; i++) {
        dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true }));
        dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true }));
      }
    </script>`);
  if (q.get('fightcover'))
    parts.push(`<qe-cloak>QE-MARK-decoy-cover</qe-cloak><script>
      const selfRemoving = () => class extends HTMLElement { connectedCallback() { this.remove(); } };
      customElements.define('qe-cloak', class extends HTMLElement {});
      const known = new Set([...document.querySelectorAll('*')]);
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes) {
            if (known.has(n)) continue;
            if (n.localName?.includes('-') && !customElements.get(n.localName))
              customElements.define(n.localName, selfRemoving());
            n.remove();
            console.log('removed', n.nodeName.toLowerCase());
          }
      }).observe(document.documentElement, { childList: true, subtree: true });
    </script>`);
  if (q.get('observe'))
    parts.push(`<script>
      new MutationObserver(() => {
        if (getComputedStyle(document.body).display === 'none') console.log('cloaked', getComputedStyle(document.body).display, document.title.length);
      }).observe(document.documentElement, { childList: true });
    </script>`);
  parts.push('</body></html>');
  return parts.join('\n');
}

/**
 * A page that prerenders `to` (speculation rules, same site) and goes there itself once the
 * prerendered page (`?wait=NAME`, else the NAME of `to`'s /prerendered/NAME) has reported from its
 * prerender, or after 15 s without it (then the page is loaded anew, reports `activationStart` 0,
 * and a test that needs the prerender fails). With `?go=URL` it goes there instead, so the
 * prerendered page is never shown.
 */
function speculatePageHtml(name: string, q: URLSearchParams): string {
  const to = q.get('to') ?? '/prerendered/next';
  const toName = q.get('wait') ?? decodeURIComponent(new URL(to, 'http://x').pathname.split('/')[2] ?? '');
  const rules = js({ prerender: [{ source: 'list', urls: [to] }] });
  return pageHtml(name, q).replace(
    '</body>',
    `<script type="speculationrules">${rules}</script>
    <a id="go" href="${esc(to)}">next page</a>
    <script>
      const started = Date.now();
      const poll = async () => {
        const ready = await fetch('/reported/' + encodeURIComponent(${js(toName)}), { cache: 'no-store' })
          .then((r) => r.text(), () => '0');
        if (ready === '1' || Date.now() - started > 15_000) location.href = ${js(q.get('go') ?? to)};
        else setTimeout(poll, 100);
      };
      poll();
    </script></body>`,
  );
}

/**
 * The page a /speculate page prerenders: reports how it was loaded and shown, then goes on to
 * `?next=URL`. With `?push=1` it moves to `?pushed` (pushState) while prerendered.
 */
function prerenderedPageHtml(name: string, q: URLSearchParams): string {
  const next = q.get('next');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>QE-MARK-${esc(name)}</title></head>
<body><h1>Help page ${esc(name)}</h1><p>QE-MARK-${esc(name)} body text.</p>
<script>
  const report = (phase) => {
    const nav = performance.getEntriesByType('navigation')[0];
    const q = new URLSearchParams({ name: ${js(name)}, phase, prerendering: String(document.prerendering),
      activationStart: String(nav ? nav.activationStart : -1) });
    return fetch('/report?' + q, { cache: 'no-store' }).catch(() => {});
  };
  const shown = async () => {
    await report('shown');
    ${next ? `setTimeout(() => { location.href = ${js(next)}; }, 300);` : ''}
  };
  report('loaded');
  if (document.prerendering && ${q.get('push') === '1'}) history.pushState(null, '', location.pathname + '?pushed');
  if (document.prerendering) document.addEventListener('prerenderingchange', shown, { once: true });
  else shown();
</script></body></html>`;
}

export async function startServer(): Promise<TestServer> {
  const requests: string[] = [];
  const reports: PageReport[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const host = (req.headers.host ?? '').split(':')[0];
    requests.push(`${host}${req.url ?? '/'}`);
    const html = (body: string, headers: Record<string, string> = {}) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
      res.end(body);
    };
    const [, kind, name = ''] = url.pathname.split('/');
    switch (kind) {
      case 'p':
        servedPages.set(decodeURIComponent(name), (servedPages.get(decodeURIComponent(name)) ?? 0) + 1);
        return html(pageHtml(decodeURIComponent(name), url.searchParams));
      case 'nostore':
        servedPages.set(decodeURIComponent(name), (servedPages.get(decodeURIComponent(name)) ?? 0) + 1);
        return html(pageHtml(decodeURIComponent(name), url.searchParams), { 'cache-control': 'no-store' });
      case 'redirect':
        res.writeHead(302, { location: url.searchParams.get('to') ?? '/' });
        return res.end();
      case 'decoy':
        return html(
          `<!doctype html><html lang="en"><title>Weather forecast</title><h1>Weather</h1><p>Sunny, 21°</p></html>`,
        );
      case 'cookie':
        return html(
          `<!doctype html><html lang="en"><title>QE-MARK-${esc(name)}</title>
          <link rel="stylesheet" href="/asset/${esc(name)}.css">
          <p>QE-MARK-${esc(name)}</p>
          <script>localStorage.setItem('qe', 'QE-MARK-${esc(name)}-ls');
            indexedDB.open('QE-MARK-${esc(name)}-idb').onupgradeneeded = (e) => e.target.result.createObjectStore('s');
          </script></html>`,
          { 'set-cookie': `qe=QE-MARK-${encodeURIComponent(name)}-cookie; Max-Age=86400; Path=/` },
        );
      case 'asset':
        res.writeHead(200, { 'content-type': 'text/css', 'cache-control': 'max-age=86400' });
        return res.end(`/* QE-MARK-${name} cached asset from ${host} */ body { color: #111; }`);
      case 'blobframe':
        return html(
          `<!doctype html><html lang="en"><title>QE-MARK-${esc(name)}</title><h1>Blob frame ${esc(name)}</h1>
          <script>
            const doc = '<!doctype html><title>inner</title><label>Inner <input id="field"></label>';
            const frame = document.createElement('iframe');
            frame.id = 'frame';
            frame.title = 'blob frame';
            frame.src = URL.createObjectURL(new Blob([doc], { type: 'text/html' }));
            document.body.append(frame);
          </script></html>`,
        );
      case 'bench':
        return html(name === 'heavy' ? benchHeavyPageHtml() : benchExitPageHtml(url.searchParams), {
          'cache-control': 'no-store',
        });
      case 'govuk':
        return serveGovukFile(url.pathname.slice('/govuk/'.length), res);
      case 'search': {
        const q = url.searchParams.get('q') ?? '';
        const hasSession = /(^|;\s*)sid=/.test(req.headers.cookie ?? '');
        return html(
          `<!doctype html><html lang="en"><title>QE-MARK-search ${esc(q)}</title><h1>Results for ${esc(q)}</h1>
          <p><a id="first" href="/p/result">first result</a></p></html>`,
          hasSession ? {} : { 'set-cookie': `sid=QE-MARK-${host}-session; Max-Age=86400; Path=/` },
        );
      }
      case 'cookies':
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
        return res.end(req.headers.cookie ?? '');
      case 'opener': {
        const chat = esc(url.searchParams.get('chat') ?? '/p/chat');
        return html(
          pageHtml(decodeURIComponent(name), url.searchParams).replace(
            '</body>',
            `<button id="noopener" onclick="window.open('${chat}', '_blank', 'noopener')">Chat (new tab)</button>
            <button id="popup" onclick="window.open('${chat}', 'chat', 'popup,width=400,height=400')">Chat (popup)</button>
            <a id="blank" href="${chat}" target="_blank">Chat (link)</a></body>`,
          ),
        );
      }
      case 'chatframe': {
        const chat = esc(url.searchParams.get('chat') ?? '/p/chat');
        return html(
          pageHtml(decodeURIComponent(name), url.searchParams).replace(
            '</body>',
            `<iframe id="chat" title="chat" src="${chat}"></iframe></body>`,
          ),
        );
      }
      case 'speculate':
        return html(speculatePageHtml(decodeURIComponent(name), url.searchParams), { 'cache-control': 'no-store' });
      case 'prerendered':
        return html(prerenderedPageHtml(decodeURIComponent(name), url.searchParams), { 'cache-control': 'no-store' });
      case 'report': {
        const p = url.searchParams;
        reports.push({
          host,
          name: p.get('name') ?? '',
          phase: p.get('phase') === 'shown' ? 'shown' : 'loaded',
          prerendering: p.get('prerendering') === 'true',
          activationStart: Number(p.get('activationStart')),
        });
        res.writeHead(204, { 'cache-control': 'no-store' });
        return res.end();
      }
      case 'reported': {
        const done = reports.some((r) => r.name === decodeURIComponent(name) && r.prerendering);
        res.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
        return res.end(done ? '1' : '0');
      }
      case 'download':
        res.writeHead(200, {
          'content-type': 'application/octet-stream',
          'content-disposition': `attachment; filename="${name}.txt"`,
        });
        return res.end(`QE-MARK-${name} download`);
      default:
        if (url.pathname.startsWith('/favicon')) {
          res.writeHead(404);
          return res.end();
        }
        return html(`<!doctype html><html lang="en"><title>Home ${esc(host)}</title><p>home</p></html>`);
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    reports,
    origin: (host) => `http://${host}:${port}`,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/**
 * How many times each `/p/NAME` page was served, by NAME, across every server this process
 * started: lets a test see that a page loaded in a window the test cannot reach (a private window
 * opened by the extension).
 */
export const servedPages = new Map<string, number>();

/** The govuk-frontend build, served as a site would serve it (cacheable). */
const GOVUK_DIR = path.resolve('node_modules/govuk-frontend/dist/govuk');
const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

function serveGovukFile(rel: string, res: http.ServerResponse): void {
  const file = path.resolve(GOVUK_DIR, decodeURIComponent(rel));
  if (!file.startsWith(GOVUK_DIR + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404);
    res.end();
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': 'max-age=3600',
  });
  fs.createReadStream(file).pipe(res);
}

/** A few screens of GOV.UK-styled body text; `#bench-content` is what an exit must hide. */
function benchBody(paragraphs: number): string {
  const rows: string[] = [];
  for (let i = 0; i < paragraphs; i++)
    rows.push(
      `<h2 class="govuk-heading-m">Section ${i}</h2><p class="govuk-body">If you are in danger, call 999. ` +
        `Paragraph ${i}: advice on housing, money, legal help and safety planning, in plain words.</p>`,
    );
  return `<div id="bench-content">${rows.join('')}</div>`;
}

/**
 * The page the exit-latency benchmark leaves. The same markup and GOV.UK styles either way; with
 * `govuk=1` it also carries GOV.UK Frontend's "Exit this page" component, initialised as its
 * README says (`initAll()` from govuk-frontend.min.js), with its decoy link set to `decoy`.
 */
export function benchExitPageHtml(q: URLSearchParams): string {
  const govuk = q.get('govuk') === '1';
  const decoy = q.get('decoy') ?? '/decoy';
  return `<!doctype html><html lang="en" class="govuk-template"><head><meta charset="utf-8">
<title>Help and advice</title><link rel="stylesheet" href="/govuk/govuk-frontend.min.css"></head>
<body class="govuk-template__body">
<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
<div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">
${
  govuk
    ? `<div class="govuk-exit-this-page" data-module="govuk-exit-this-page"><a href="${esc(decoy)}" role="button" draggable="false" class="govuk-button govuk-button--warning govuk-exit-this-page__button govuk-js-exit-this-page-button" data-module="govuk-button" rel="nofollow noreferrer"><span class="govuk-visually-hidden">Emergency</span> Exit this page</a></div>`
    : ''
}
<h1 class="govuk-heading-xl">Get help</h1>${benchBody(40)}
</main></div>
${
  govuk
    ? `<script type="module" src="/govuk/govuk-frontend.min.js"></script>
<script type="module">import { initAll } from '/govuk/govuk-frontend.min.js'; initAll();</script>`
    : ''
}
</body></html>`;
}

/**
 * A heavy page for the page-load overhead benchmark: GOV.UK's full stylesheet and script (cached
 * after the first load, as on a real site), 600 headed paragraphs, a 300-row table and a script
 * that walks the DOM once loaded.
 */
export function benchHeavyPageHtml(): string {
  const rows: string[] = [];
  for (let i = 0; i < 300; i++)
    rows.push(`<tr class="govuk-table__row"><td>${i}</td><td>Row ${i}</td><td>${i * 7}</td></tr>`);
  return `<!doctype html><html lang="en" class="govuk-template"><head><meta charset="utf-8">
<title>Heavy page</title><link rel="stylesheet" href="/govuk/govuk-frontend.min.css"></head>
<body class="govuk-template__body">
<script>document.body.className += ' js-enabled govuk-frontend-supported';</script>
<main class="govuk-main-wrapper">${benchBody(600)}
<table class="govuk-table"><tbody>${rows.join('')}</tbody></table></main>
<script type="module" src="/govuk/govuk-frontend.min.js"></script>
<script type="module">import { initAll } from '/govuk/govuk-frontend.min.js'; initAll();
let n = 0; for (const el of document.querySelectorAll('*')) n += el.textContent.length; document.title = 'Heavy ' + n;</script>
</body></html>`;
}
