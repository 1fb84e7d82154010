import { describe, expect, it } from 'vitest';
import { cloakPage } from '@/utils/cloak';

interface FakeNode {
  tagName: string;
  attrs: Record<string, string>;
  children: FakeNode[];
  textContent: string;
  shadow?: { mode: string; children: FakeNode[] };
  removed: boolean;
}

/**
 * Just enough of a Document for the cloak (no CSSStyleSheet in Node, so the <style> fallback
 * runs); tests/e2e/cover.spec.ts checks the real thing against pages that fight it.
 */
function fakeDocument() {
  const el = (tag: string): FakeNode & Record<string, unknown> => {
    const node: FakeNode & Record<string, unknown> = {
      tagName: tag.toUpperCase(),
      attrs: {},
      children: [],
      textContent: '',
      removed: false,
      rel: '',
      href: '',
      setAttribute(k: string, v: string) {
        node.attrs[k] = v;
      },
      append(...nodes: FakeNode[]) {
        node.children.push(...nodes);
      },
      attachShadow(init: { mode: string }) {
        const shadow = {
          mode: init.mode,
          children: [] as FakeNode[],
          append: (...n: FakeNode[]) => shadow.children.push(...n),
        };
        node.shadow = shadow;
        return shadow;
      },
      remove() {
        node.removed = true;
      },
    };
    return node;
  };
  const root = el('html');
  const head = el('head');
  return {
    documentElement: root,
    head,
    title: 'Help for survivors',
    fullscreenElement: null,
    adoptedStyleSheets: [],
    createElement: el,
    querySelectorAll: () => [],
  };
}

describe('cloakPage', () => {
  it('hides the page under a cover with a random name and a closed shadow root, and blanks title and icon', () => {
    const doc = fakeDocument();
    const lift = cloakPage(doc as unknown as Document);
    const [style, cover] = doc.documentElement.children;
    expect(style.tagName).toBe('STYLE');
    expect(style.textContent).toContain('display:none!important');
    // No fixed marker a page could predefine or look for afterwards.
    expect(cover.tagName).toMatch(/^[A-Z]{6}-[A-Z]{6}$/);
    expect(cover.attrs).toEqual({});
    expect(style.textContent).toContain(cover.tagName.toLowerCase());
    expect(cover.shadow?.mode).toBe('closed');
    // Nothing in the cover names an exit: a screen reader hears "Loading".
    expect(cover.shadow?.children.map((c) => c.textContent)).toContain('Loading');
    expect(doc.title).toBe('\u200b');
    expect(doc.head.children).toHaveLength(1);
    lift();
    expect(cover.removed && style.removed).toBe(true);
  });

  it('names each cover anew, and speaks Spanish to Spanish users', () => {
    const a = fakeDocument();
    const b = fakeDocument();
    cloakPage(a as unknown as Document, 'es');
    cloakPage(b as unknown as Document);
    expect(a.documentElement.children[1].tagName).not.toBe(b.documentElement.children[1].tagName);
    expect(a.documentElement.children[1].shadow?.children.map((c) => c.textContent)).toContain('Cargando');
  });

  it('speaks French to French users', () => {
    const a = fakeDocument();
    cloakPage(a as unknown as Document, 'fr');
    expect(a.documentElement.children[1].shadow?.children.map((c) => c.textContent)).toContain('Chargement');
  });
});
