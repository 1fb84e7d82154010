import { describe, expect, it } from 'vitest';
import type { Tabs } from 'webextension-polyfill';
import { planExit, swapTabForDecoy, type ExitApi } from '@/utils/exit';
import { DEFAULT_SETTINGS } from '@/utils/settings-schema';

const tab = (id: number, windowId: number, url: string, index = 0) => ({ id, windowId, index, url }) as Tabs.Tab;
const settings = { ...DEFAULT_SETTINGS, decoyUrl: 'https://decoy.example/' };

/**
 * A tabs API whose create never answers until told, recording the order of calls. A close that
 * waited for the decoy tab would not be in `calls` until `finishCreate()`.
 */
function slowCreateApi() {
  const calls: string[] = [];
  let finishCreate: () => void = () => {};
  const api: ExitApi = {
    tabs: {
      create: (p) =>
        new Promise<Tabs.Tab>((resolve) => {
          calls.push(`create ${p.url} at ${p.windowId}:${p.index}`);
          finishCreate = () => {
            calls.push('created');
            resolve(tab(99, p.windowId!, p.url!, p.index));
          };
        }),
      remove: async (ids) => {
        calls.push(`remove ${ids}`);
      },
    },
    history: { deleteUrl: async () => {} },
  };
  return { api, calls, finishCreate: () => finishCreate() };
}

describe('swapTabForDecoy: the close goes in the same burst as the create, in every layout', () => {
  const layouts: [string, Tabs.Tab, Tabs.Tab[]][] = [
    ['a tab on its left', tab(1, 10, 'https://help.example/', 1), [tab(2, 10, 'https://news.example/', 0)]],
    [
      'first in its window, a tab on its right',
      tab(1, 10, 'https://help.example/', 0),
      [tab(2, 10, 'https://news.example/', 1)],
    ],
    [
      'the only tab of a second window',
      tab(1, 10, 'https://help.example/', 0),
      [tab(2, 11, 'https://news.example/', 0)],
    ],
    ['the only tab of the only window', tab(1, 10, 'https://help.example/', 0), []],
  ];
  for (const [layout, target, others] of layouts) {
    it(layout, async () => {
      const { api, calls, finishCreate } = slowCreateApi();
      const plan = planExit(target, [target, ...others], settings, () => []);
      const swapped = swapTabForDecoy(api, plan);
      // Both calls are sent before anything is awaited: synchronously, create first.
      expect(calls).toEqual([`create https://decoy.example/ at 10:${target.index}`, 'remove 1']);
      finishCreate();
      expect((await swapped).id).toBe(99);
    });
  }

  it('closes every tab of the plan in that burst (the whole window, too)', () => {
    const { api, calls } = slowCreateApi();
    const target = tab(1, 10, 'https://help.example/a');
    const all = [target, tab(2, 10, 'https://help.example/b', 1)];
    void swapTabForDecoy(
      api,
      planExit(target, all, { ...settings, closeWholeWindow: true }, () => []),
    );
    expect(calls).toEqual(['create https://decoy.example/ at 10:0', 'remove 1,2']);
  });
});
