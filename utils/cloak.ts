/**
 * Hides a page in the same frame, synchronously, before any message or navigation: the first
 * thing an exit does (docs/DESIGN.md: the overlay is on screen by the next animation frame).
 *
 * Runs in the content script, so: no imports, no framework, as little code as possible.
 *
 * A page must not be able to stop it, nor find out afterwards that it ran (issue #12, part 5):
 * - the page is hidden by a constructed style sheet adopted by the document: no node that a
 *   MutationObserver sees or that the page could remove;
 * - the opaque cover on top has a tag name made of random letters at every call (nothing a page
 *   can predefine as a custom element or look for), its styles and text sit in a closed shadow
 *   root, and it carries no attribute, id or class. A page that removes it anyway is still hidden.
 */

/** `n` random lowercase letters. */
const letters = (n: number) =>
  String.fromCharCode(...crypto.getRandomValues(new Uint8Array(n)).map((b) => 97 + (b % 26)));
const important = (css: string) => css.replace(/;/g, '!important;');

/**
 * Covers the page with an opaque overlay and hides everything else, blanks the title and favicon,
 * pauses and mutes media and leaves fullscreen. Call it once per document (a second call adds a
 * second cover, harmless). Returns a function that lifts the cover and the hiding again (the
 * welcome page's practice exit; the title stays blank).
 */
export function cloakPage(doc: Document = document, lang: 'en' | 'es' | 'fr' = 'en'): () => void {
  const root = doc.documentElement;
  if (!root) return () => {};
  const name = `${letters(6)}-${letters(6)}`;
  // Everything but the cover disappears; `html` keeps an opaque background for the gap.
  const css = important(
    `html>:not(${name}){display:none;}html{background:#fff;}html::before,html::after{content:none;}`,
  );
  let sheet: CSSStyleSheet | undefined;
  let style: HTMLStyleElement | undefined;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    // Where a content script cannot adopt a sheet: an ordinary <style>.
    style = doc.createElement('style');
    style.textContent = css;
    root.append(style);
  }
  const cover = doc.createElement(name);
  const shadow = cover.attachShadow({ mode: 'closed' });
  const inner = doc.createElement('style');
  // `!important` in a shadow tree's :host outranks the page's own `!important` rules.
  inner.textContent = `:host{${important('all:initial;display:block;position:fixed;inset:0;z-index:2147483647;background:#fff;color:#fff;')}}`;
  const text = doc.createElement('div');
  text.setAttribute('role', 'alert');
  // The neutral word a screen reader announces over the cover (GOV.UK's exit does the same).
  text.textContent = lang === 'es' ? 'Cargando' : lang === 'fr' ? 'Chargement' : 'Loading';
  shadow.append(inner, text);
  root.append(cover);
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
    // A hostile page can make any of these throw; the page is already hidden.
  }
  return () => {
    cover.remove();
    style?.remove();
    sheet?.replaceSync('');
  };
}
