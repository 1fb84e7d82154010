import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  forgetHiddenPage,
  onUndoAlarm,
  readHiddenPage,
  rememberHiddenPage,
  reopenHiddenPage,
  UNDO_ALARM,
  UNDO_KEY,
  UNDO_WINDOW_MS,
  type UndoApi,
} from '@/utils/undo';

const URL_A = 'https://sensitive.example/page?x=1';
const T0 = 1_000_000;

function api() {
  const tabs = { create: vi.fn(async () => ({}) as never) };
  const windows = { create: vi.fn(async () => null as never) };
  return {
    api: { storage: fakeBrowser.storage, alarms: fakeBrowser.alarms, tabs, windows } as unknown as UndoApi,
    tabs,
    windows,
  };
}
const stored = async () => (await fakeBrowser.storage.session.get(UNDO_KEY))[UNDO_KEY];

beforeEach(() => fakeBrowser.reset());

describe('remembering the hidden page', () => {
  it('keeps it in storage.session only, with an alarm at +60 s', async () => {
    const { api: a } = api();
    await rememberHiddenPage({ url: URL_A, incognito: false }, T0, a);
    expect(await stored()).toEqual({ url: URL_A, hiddenAt: T0, incognito: false });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect((await fakeBrowser.alarms.get(UNDO_ALARM))?.scheduledTime).toBe(T0 + UNDO_WINDOW_MS);
  });

  it('does not remember a page that cannot be reopened safely, and drops an older one', async () => {
    const { api: a } = api();
    await rememberHiddenPage({ url: URL_A }, T0, a);
    for (const url of ['chrome://settings', 'javascript:alert(1)', 'file:///etc/passwd', undefined, 'not a url']) {
      await rememberHiddenPage({ url }, T0, a);
      expect(await stored()).toBeUndefined();
    }
  });
});

describe('reading it back', () => {
  it('offers it during the 60 s', async () => {
    const { api: a } = api();
    await rememberHiddenPage({ url: URL_A }, T0, a);
    expect((await readHiddenPage(T0 + UNDO_WINDOW_MS - 1, a))?.url).toBe(URL_A);
    expect(await stored()).toBeDefined();
  });

  it('after 60 s: not offered, and deleted as it is read', async () => {
    const { api: a } = api();
    await rememberHiddenPage({ url: URL_A }, T0, a);
    expect(await readHiddenPage(T0 + UNDO_WINDOW_MS, a)).toBeNull();
    expect(await stored()).toBeUndefined();
    expect(await fakeBrowser.alarms.get(UNDO_ALARM)).toBeUndefined();
  });

  it('an entry from the future (clock turned back) is not trusted', async () => {
    const { api: a } = api();
    await rememberHiddenPage({ url: URL_A }, T0, a);
    expect(await readHiddenPage(T0 - 1000, a)).toBeNull();
  });

  it('a malformed entry is deleted', async () => {
    const { api: a } = api();
    await fakeBrowser.storage.session.set({ [UNDO_KEY]: { url: 'javascript:alert(1)', hiddenAt: T0 } });
    expect(await readHiddenPage(T0, a)).toBeNull();
    expect(await stored()).toBeUndefined();
  });

  it('the expiry alarm deletes it; other alarms do not', async () => {
    const { api: a } = api();
    await rememberHiddenPage({ url: URL_A }, T0, a);
    await onUndoAlarm({ name: 'something-else' }, a);
    expect(await stored()).toBeDefined();
    await onUndoAlarm({ name: UNDO_ALARM }, a);
    expect(await stored()).toBeUndefined();
  });

  it('"Forget it now" deletes it', async () => {
    const { api: a } = api();
    await rememberHiddenPage({ url: URL_A }, T0, a);
    await forgetHiddenPage(a);
    expect(await stored()).toBeUndefined();
  });
});

describe('reopening', () => {
  it('in a normal tab, then forgets it', async () => {
    const { api: a, tabs, windows } = api();
    await rememberHiddenPage({ url: URL_A }, T0, a);
    expect(await reopenHiddenPage('tab', T0 + 1000, a)).toBe(true);
    expect(tabs.create).toHaveBeenCalledWith({ url: URL_A, active: true });
    expect(windows.create).not.toHaveBeenCalled();
    expect(await stored()).toBeUndefined();
    expect(await reopenHiddenPage('tab', T0 + 2000, a)).toBe(false);
    expect(tabs.create).toHaveBeenCalledTimes(1);
  });

  it('in a private window, then forgets it', async () => {
    const { api: a, tabs, windows } = api();
    await rememberHiddenPage({ url: URL_A }, T0, a);
    expect(await reopenHiddenPage('private', T0 + 1000, a)).toBe(true);
    expect(windows.create).toHaveBeenCalledWith({ url: URL_A, incognito: true });
    expect(tabs.create).not.toHaveBeenCalled();
    expect(await stored()).toBeUndefined();
  });

  it('a page hidden from a private window never goes back into a normal tab', async () => {
    const { api: a, tabs } = api();
    await rememberHiddenPage({ url: URL_A, incognito: true }, T0, a);
    expect(await reopenHiddenPage('tab', T0 + 1000, a)).toBe(false);
    expect(tabs.create).not.toHaveBeenCalled();
    expect(await stored()).toBeDefined();
  });

  it('nothing is opened after the 60 s', async () => {
    const { api: a, tabs, windows } = api();
    await rememberHiddenPage({ url: URL_A }, T0, a);
    expect(await reopenHiddenPage('private', T0 + UNDO_WINDOW_MS + 1, a)).toBe(false);
    expect(tabs.create).not.toHaveBeenCalled();
    expect(windows.create).not.toHaveBeenCalled();
  });

  it('when private windows are disabled, it throws and the page is kept', async () => {
    const { api: a, windows } = api();
    windows.create.mockRejectedValueOnce(new Error('Incognito mode is disabled'));
    await rememberHiddenPage({ url: URL_A }, T0, a);
    await expect(reopenHiddenPage('private', T0 + 1000, a)).rejects.toThrow();
    expect(await stored()).toBeDefined();
  });
});
