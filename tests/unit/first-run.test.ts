import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { onInstalledOpenWelcome } from '@/utils/first-run';
import { forgetOwnPageVisit } from '@/utils/own-pages';
import { triggerNames } from '@/utils/practice';

beforeEach(() => fakeBrowser.reset());

function api() {
  const create = vi.fn(async () => ({}) as never);
  return {
    create,
    api: {
      tabs: { create },
      runtime: { getURL: (p: string) => `chrome-extension://id${p}` },
      storage: fakeBrowser.storage,
    } as never,
  };
}

describe('the welcome page on install', () => {
  it('opens once on install, never on update or a second "install" event', async () => {
    const { api: a, create } = api();
    expect(await onInstalledOpenWelcome({ reason: 'update' }, a)).toBe(false);
    expect(await onInstalledOpenWelcome({ reason: 'install' }, a)).toBe(true);
    expect(create).toHaveBeenCalledWith({ url: 'chrome-extension://id/welcome.html', active: true });
    expect(await onInstalledOpenWelcome({ reason: 'install' }, a)).toBe(false);
    expect(create).toHaveBeenCalledTimes(1);
  });
});

describe("the extension's own pages stay out of history", () => {
  it('erases visits to its own pages only', async () => {
    const deleteUrl = vi.fn(async () => {});
    const a = { history: { deleteUrl }, runtime: { getURL: () => 'chrome-extension://id/' } } as never;
    expect(await forgetOwnPageVisit({ url: 'chrome-extension://id/welcome.html' }, a)).toBe(true);
    expect(await forgetOwnPageVisit({ url: 'https://example.com/' }, a)).toBe(false);
    expect(await forgetOwnPageVisit({ url: 'chrome-extension://other/x.html' }, a)).toBe(false);
    expect(deleteUrl).toHaveBeenCalledTimes(1);
  });
});

describe('practice: the keys in words', () => {
  it('names the chosen keys in both languages', () => {
    expect(triggerNames({ doubleEscape: true, tripleShift: true, singleEscape: false }, 'en')).toEqual([
      'Escape twice',
      'Shift three times',
    ]);
    expect(triggerNames({ doubleEscape: true, tripleShift: false, singleEscape: true }, 'es')).toEqual([
      'Escape una vez',
    ]);
    expect(triggerNames({ doubleEscape: false, tripleShift: false, singleEscape: false }, 'en')).toEqual([]);
  });
});
