import http from 'node:http';
import type { AddressInfo } from 'node:net';

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
 *   /nostore/NAME      the /p/NAME page with `cache-control: no-store` (kept out of the HTTP cache)
 *   /blobframe/NAME    a page titled `QE-MARK-NAME` whose iframe (#frame) shows a blob: document with a field
 */
export interface TestServer {
  port: number;
  /** `http://HOST:PORT` for a host such as `sensitive.test`. */
  origin(host: string): string;
  /** Every request served, as `host/path?query` (e.g. to see that a private window loaded a page). */
  requests: string[];
  close(): Promise<void>;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A test page. Query options:
 *   beforeunload=1  registers a beforeunload prompt (shows "Leave site?" once the page was clicked)
 *   hostile=1       stops every key event in its own capture listeners and fakes Escape/Shift presses
 *   iframe=URL      embeds URL in an iframe (#frame)
 *   srcdoc=1        embeds an about:srcdoc iframe (#frame) with an input (#field)
 *   observe=1       logs `cloaked` to the console the moment the Quick Exit overlay appears
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
  if (q.get('iframe')) parts.push(`<iframe id="frame" title="frame" src="${esc(q.get('iframe')!)}"></iframe>`);
  if (q.get('srcdoc'))
    parts.push(`<iframe id="frame" title="frame" srcdoc="<label>Inner <input id='field'></label>"></iframe>`);
  if (q.get('beforeunload'))
    parts.push(
      `<script>addEventListener('beforeunload', (e) => { e.preventDefault(); e.returnValue = 'stay'; });</script>`,
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
  if (q.get('observe'))
    parts.push(`<script>
      new MutationObserver(() => {
        if (document.querySelector('qe-cloak')) console.log('cloaked', getComputedStyle(document.body).display, document.title.length);
      }).observe(document.documentElement, { childList: true });
    </script>`);
  parts.push('</body></html>');
  return parts.join('\n');
}

export async function startServer(): Promise<TestServer> {
  const requests: string[] = [];
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
