import { describe, expect, it } from 'vitest';
import { cloakPage } from '@/utils/cloak';

/** Just enough of a Document for the cloak (the e2e exit spec checks it in a real page). */
function fakeDocument() {
  const el = (tag: string) => {
    const node = {
      tagName: tag.toUpperCase(),
      attrs: {} as Record<string, string>,
      children: [] as unknown[],
      textContent: '',
      rel: '',
      href: '',
      setAttribute(k: string, v: string) {
        node.attrs[k] = v;
      },
      append(...nodes: unknown[]) {
        node.children.push(...nodes);
      },
      remove() {},
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
    createElement: el,
    querySelector: (sel: string) =>
      root.children.find((c) => (c as { tagName: string }).tagName === sel.toUpperCase()) ?? null,
    querySelectorAll: () => [],
  };
}

describe('cloakPage', () => {
  it('covers the page, blanks the title and the icon, and does it once', () => {
    const doc = fakeDocument();
    cloakPage(doc as unknown as Document);
    const [style, cover] = doc.documentElement.children as {
      tagName: string;
      textContent: string;
      attrs: Record<string, string>;
    }[];
    expect(style.tagName).toBe('STYLE');
    expect(style.textContent).toContain('display:none!important');
    expect(cover.tagName).toBe('QE-CLOAK');
    expect(cover.attrs.style).toContain('z-index:2147483647!important');
    // Nothing in the cover names an exit.
    expect(cover.textContent).toBe('Loading');
    expect(doc.title).toBe('\u200b');
    expect(doc.head.children).toHaveLength(1);
    cloakPage(doc as unknown as Document);
    expect(doc.documentElement.children).toHaveLength(2);
  });
});
