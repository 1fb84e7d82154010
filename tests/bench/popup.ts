import type { RawBrowser } from './cdp';
import { attachServiceWorker, openTab } from './cdp';

/**
 * Popup speed: the popup's address, as the toolbar button opens it (`action.getPopup`: `popup.html`
 * with the language and look its first frame needs, utils/popup-url.ts), opened in a fresh tab
 * `runs` times (headless Chromium draws no toolbar popup), each run followed by one of the floor page. "Interactive" is the start of the first animation frame in which the "Exit now" button
 * exists and has the focus (so Enter exits), on the page's clock from navigation start; a probe
 * installed before the page's scripts checks every frame. First contentful paint is reported too.
 * The first run is the cold one (nothing cached); the median and p95 cover all runs. "Hotlines" is
 * the first frame showing the help lines (their data is loaded after the first paint), and the
 * scripts the page requested (CDP Network events) say which bundles the popup needs in all.
 */

export interface PopupSample {
  interactive: number;
  fcp: number;
  /** First frame in which the help lines of the (guessed) country are shown. */
  hotlines: number;
  /** Every script the page loaded, as paths inside the extension ("chunks/popup-xyz.js"). */
  scripts: string[];
}

const PROBE = `(() => {
  window.__qePopup = new Promise((resolve) => {
    const tick = () => {
      const b = document.querySelector('button.exit-now') ?? document.querySelector('button');
      if (b && document.activeElement === b) resolve(performance.now());
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  window.__qeHotlines = new Promise((resolve) => {
    const tick = () => (document.querySelector('.hotlines .card') ? resolve(performance.now()) : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  });
})();`;

/**
 * The popup and the floor page (`floorPage`), opened in turn `runs` times each (popup, floor, popup,
 * floor…), so that both see the same moments of the machine: run one after the other, the two
 * batches differed by up to 20 ms at the median on the same build.
 */
export async function popupSpeed(
  b: RawBrowser,
  runs: number,
  floorPage: string,
): Promise<{ popup: PopupSample[]; floor: PopupSample[] }> {
  const popupUrl = await actionPopupUrl(b);
  const floorUrl = `chrome-extension://${b.extensionId}/${floorPage}`;
  const popup: PopupSample[] = [];
  const floor: PopupSample[] = [];
  for (let i = 0; i < runs; i++) {
    popup.push(await openOnce(b, popupUrl, true));
    floor.push(await openOnce(b, floorUrl, false));
  }
  return { popup, floor };
}

async function openOnce(b: RawBrowser, url: string, isPopup: boolean): Promise<PopupSample> {
  const scripts = new Set<string>();
  let session = '';
  const off = b.cdp.on((e) => {
    const u = (e.params as { request?: { url: string } }).request?.url;
    if (e.sessionId === session && e.method === 'Network.requestWillBeSent' && u?.endsWith('.js'))
      scripts.add(new URL(u).pathname.slice(1));
  });
  const { targetId, sessionId } = await openTab(b.cdp, url, async (s) => {
    session = s;
    await b.cdp.send('Network.enable', {}, s);
    await b.cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: PROBE }, s);
  });
  const sample = await b.cdp.evaluate<Omit<PopupSample, 'scripts'>>(
    sessionId,
    `(async () => {
        const interactive = await Promise.race([window.__qePopup, new Promise((r) => setTimeout(() => r(NaN), 5000))]);
        const fcp = await new Promise((r) => {
          new PerformanceObserver((l) => {
            const e = l.getEntriesByName('first-contentful-paint')[0];
            if (e) r(e.startTime);
          }).observe({ type: 'paint', buffered: true });
          setTimeout(() => r(NaN), 1000);
        });
        const hotlines = ${isPopup} ? await Promise.race([window.__qeHotlines, new Promise((r) => setTimeout(() => r(NaN), 5000))]) : NaN;
        return { interactive, fcp, hotlines };
      })()`,
  );
  off();
  await b.cdp.send('Target.closeTarget', { targetId });
  return { ...sample, scripts: [...scripts].toSorted() };
}

/** The address the toolbar button opens (set by the background at its start; waits for it). */
async function actionPopupUrl(b: RawBrowser): Promise<string> {
  const sw = await attachServiceWorker(b.cdp, b.extensionId!);
  const end = Date.now() + 10_000;
  try {
    for (;;) {
      const url = await b.cdp.evaluate<string>(sw, `chrome.action.getPopup({})`);
      if (url.includes('?')) return url;
      if (Date.now() > end) throw new Error(`The toolbar popup's address carries no settings: ${url}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await b.cdp.send('Target.detachFromTarget', { sessionId: sw });
  }
}
