import { describe, expect, it } from 'vitest';
import { RedirectHops } from '@/utils/visit-tracker';

function setup() {
  const added: [number, string | undefined][] = [];
  let now = 1000;
  const hops = new RedirectHops({ add: (tabId, url) => added.push([tabId, url]) }, () => now);
  return { hops, added, at: (t: number) => (now = t) };
}

describe('RedirectHops', () => {
  it('counts the visits History reports right after a redirected commit as that tab’s', () => {
    const { hops, added, at } = setup();
    hops.onCommitted({ tabId: 7, frameId: 0, transitionQualifiers: ['server_redirect'] });
    at(1200);
    hops.onVisited('https://hop.test/x');
    hops.onVisited('https://help.test/b');
    expect(added).toEqual([
      [7, 'https://hop.test/x'],
      [7, 'https://help.test/b'],
    ]);
  });

  it('ignores visits after a commit that was not redirected, in a frame, or too long ago', () => {
    const { hops, added, at } = setup();
    hops.onCommitted({ tabId: 1, frameId: 0, transitionQualifiers: [] });
    hops.onCommitted({ tabId: 2, frameId: 3, transitionQualifiers: ['server_redirect'] });
    hops.onCommitted({ tabId: 3, frameId: 0, transitionQualifiers: ['server_redirect'] });
    at(5000);
    hops.onVisited('https://late.test/');
    expect(added).toEqual([]);
  });

  it('a later ordinary navigation of the tab ends its window', () => {
    const { hops, added } = setup();
    hops.onCommitted({ tabId: 4, frameId: 0, transitionQualifiers: ['server_redirect'] });
    hops.onCommitted({ tabId: 4, frameId: 0, transitionQualifiers: ['from_address_bar'] });
    hops.onVisited('https://other.test/');
    expect(added).toEqual([]);
  });
});
