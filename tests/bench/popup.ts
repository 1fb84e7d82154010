import type { RawBrowser } from './cdp';
import { openTab } from './cdp';

/**
 * Popup speed: `popup.html` opened in a fresh tab `runs` times (headless Chromium draws no toolbar
 * popup). "Interactive" is the start of the first animation frame in which the "Exit now" button
 * exists and has the focus (so Enter exits), on the page's clock from navigation start; a probe
 * installed before the page's scripts checks every frame. First contentful paint is reported too.
 * The first run is the cold one (nothing cached); the median and p95 cover all runs.
 */

export interface PopupSample {
  interactive: number;
  fcp: number;
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
})();`;

export async function popupSpeed(b: RawBrowser, runs = 20): Promise<PopupSample[]> {
  const url = `chrome-extension://${b.extensionId}/popup.html`;
  const samples: PopupSample[] = [];
  for (let i = 0; i < runs; i++) {
    const { targetId, sessionId } = await openTab(b.cdp, url, async (s) => {
      await b.cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: PROBE }, s);
    });
    samples.push(
      await b.cdp.evaluate<PopupSample>(
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
          return { interactive, fcp };
        })()`,
      ),
    );
    await b.cdp.send('Target.closeTarget', { targetId });
  }
  return samples;
}
