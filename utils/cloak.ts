/**
 * Hides a page in the same frame, synchronously, before any message or navigation: the first
 * thing an exit does (docs/DESIGN.md: the overlay is on screen by the next animation frame).
 *
 * Runs in the content script, so: no imports, no framework, as little code as possible.
 */

const CLOAK_TAG = 'qe-cloak';
const important = (css: string) => css.replace(/;/g, '!important;');

/**
 * Covers the page with an opaque overlay and hides everything else, blanks the title and favicon,
 * pauses and mutes media and leaves fullscreen. Safe to call twice. The overlay is announced to
 * screen readers with a neutral word, as GOV.UK's exit does.
 */
export function cloakPage(doc: Document = document): void {
  const root = doc.documentElement;
  if (!root || doc.querySelector(CLOAK_TAG)) return;
  const style = doc.createElement('style');
  // Everything but the overlay disappears; `html` keeps an opaque background for the gap.
  style.textContent = `html>:not(${CLOAK_TAG}){display:none!important}html{background:#fff!important}`;
  const cover = doc.createElement(CLOAK_TAG);
  cover.setAttribute(
    'style',
    important('all:initial;display:block;position:fixed;inset:0;z-index:2147483647;background:#fff;color:#fff;'),
  );
  cover.setAttribute('role', 'alert');
  cover.textContent = 'Loading';
  root.append(style, cover);
  try {
    doc.title = '\u200b';
    for (const link of doc.querySelectorAll('link[rel~="icon"]')) link.remove();
    const blank = doc.createElement('link');
    blank.rel = 'icon';
    blank.href = 'data:,';
    (doc.head ?? root).append(blank);
    for (const m of doc.querySelectorAll<HTMLMediaElement>('video,audio')) {
      m.muted = true;
      m.pause();
    }
    if (doc.fullscreenElement) void doc.exitFullscreen().catch(() => {});
  } catch {
    // A hostile page can make any of these throw; the overlay is already up.
  }
}
