import { describe, expect, it } from 'vitest';
import type { Tabs } from 'webextension-polyfill';
import { planExit, swapTabForDecoy, type ExitApi } from '@/utils/exit';
import { DEFAULT_SETTINGS } from '@/utils/settings-schema';

const tab = (id: number, windowId: number, url: string, index = 0) => ({ id, windowId, index, url }) as Tabs.Tab;
const settings = { ...DEFAULT_SETTINGS, decoyUrl: 'https://decoy.example/' };

describe('planExit: does the window keep a tab?', () => {
  it('yes when another tab of the window stays open', () => {
    const target = tab(1, 10, 'https://help.example/');
    const plan = planExit(target, [target, tab(2, 10, 'https://news.example/', 1)], settings, () => []);
    expect(plan.windowKeepsTabs).toBe(true);
  });
  it('no when the tab is the window’s only one (tabs of other windows do not count)', () => {
    const target = tab(1, 10, 'https://help.example/');
    const plan = planExit(target, [target, tab(2, 11, 'https://news.example/')], settings, () => []);
    expect(plan.windowKeepsTabs).toBe(false);
  });
  it('no when every other tab of the window is closed with it', () => {
    const target = tab(1, 10, 'https://help.example/a');
    const all = [target, tab(2, 10, 'https://help.example/b', 1)];
    expect(planExit(target, all, { ...settings, closeSameSiteTabs: true }, () => []).windowKeepsTabs).toBe(false);
    expect(planExit(target, all, { ...settings, closeWholeWindow: true }, () => []).windowKeepsTabs).toBe(false);
  });
});

/** A tabs API whose create resolves only when told, recording the order of calls. */
function slowCreateApi() {
  const calls: string[] = [];
  let finishCreate: () => void = () => {};
  const api: ExitApi = {
    tabs: {
      create: (p) =>
        new Promise<Tabs.Tab>((resolve) => {
          calls.push(`create ${p.url}`);
          finishCreate = () => {
            calls.push('created');
            resolve(tab(99, p.windowId!, p.url!));
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

describe('swapTabForDecoy', () => {
  const plan = (windowKeepsTabs: boolean) => {
    const target = tab(1, 10, 'https://help.example/');
    return { ...planExit(target, [target], settings, () => []), windowKeepsTabs };
  };
  const tick = () => new Promise((r) => setTimeout(r, 0));

  it('closes the old tab without waiting for the decoy when the window keeps another tab', async () => {
    const { api, calls, finishCreate } = slowCreateApi();
    const swapped = swapTabForDecoy(api, plan(true));
    await tick();
    expect(calls).toEqual(['create https://decoy.example/', 'remove 1']);
    finishCreate();
    expect((await swapped).id).toBe(99);
  });

  it('waits for the decoy first when closing the old tab would close the window', async () => {
    const { api, calls, finishCreate } = slowCreateApi();
    const swapped = swapTabForDecoy(api, plan(false));
    await tick();
    expect(calls).toEqual(['create https://decoy.example/']);
    finishCreate();
    await swapped;
    expect(calls).toEqual(['create https://decoy.example/', 'created', 'remove 1']);
  });
});
