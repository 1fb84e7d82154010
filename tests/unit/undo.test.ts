import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  forgetHiddenPage,
  hiddenPageKey,
  onUndoAlarm,
  onUndoSettingChanged,
  readHiddenPage,
  rememberHiddenPage,
  reopenIfPanicOnDecoy,
  UNDO_ALARM,
  UNDO_KEY,
  UNDO_WINDOW_MS,
  type UndoApi,
} from '@/utils/undo';
import { SessionState } from '@/utils/session-state';

const URL_A = 'https://sensitive.example/page?x=1';
const DECOY = 'https://weather.example/today';
const T0 = 1_000_000;
const ON = { undoByPanicAgain: true };
const OFF = { undoByPanicAgain: false };
const plan = (url: string | undefined = URL_A) => ({ windowId: 1, decoyUrl: DECOY, hidden: { url } });
const planOf = (url: string | undefined) => ({ windowId: 1, decoyUrl: DECOY, hidden: { url } });

/** The decoy tab: id 7, active in window 1, redirected to the decoy site's www. host. */
function api(
  decoyTab: { id?: number; url?: string } = { id: 7, url: 'https://www.weather.example/today?r=1' },
  allowedInPrivate = true,
) {
  const tabs = {
    query: vi.fn(async () => [decoyTab] as never),
    reload: vi.fn(async () => {}),
  };
  const windows = { create: vi.fn(async () => ({ id: 3 }) as never) };
  const extension = { isAllowedIncognitoAccess: vi.fn(async () => allowedInPrivate) };
  return {
    api: {
      hiddenPage: new SessionState(hiddenPageKey),
      alarms: fakeBrowser.alarms,
      tabs,
      windows,
      extension,
    } as unknown as UndoApi,
    tabs,
    windows,
  };
}
const stored = async () => (await fakeBrowser.storage.session.get(UNDO_KEY))[UNDO_KEY];
const noErasing = () => vi.fn(async () => {});

beforeEach(() => fakeBrowser.reset());

describe('remembering the hidden page', () => {
  it('option off (the default): nothing is kept, and an older entry is deleted', async () => {
    const { api: a } = api();
    await rememberHiddenPage(plan(), ON, T0, a);
    expect(await stored()).toBeDefined();
    await rememberHiddenPage(plan(), OFF, T0, a);
    expect(await stored()).toBeUndefined();
    expect(await fakeBrowser.alarms.get(UNDO_ALARM)).toBeUndefined();
  });

  it('option on: the page and its decoy tab, in storage.session only, with an alarm at +60 s', async () => {
    const { api: a, tabs } = api();
    await rememberHiddenPage(plan(), ON, T0, a);
    expect(tabs.query).toHaveBeenCalledWith({ windowId: 1, active: true });
    expect(await stored()).toEqual({
      url: URL_A,
      hiddenAt: T0,
      decoyTabId: 7,
      decoySites: ['weather.example'],
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect((await fakeBrowser.alarms.get(UNDO_ALARM))?.scheduledTime).toBe(T0 + UNDO_WINDOW_MS);
  });

  it('keeps both sites when the decoy was redirected to another one', async () => {
    const { api: a } = api({ id: 7, url: 'https://www.bbc.co.uk/weather' });
    await rememberHiddenPage({ ...plan(), decoyUrl: 'https://www.bbc.com/weather' }, ON, T0, a);
    expect(((await stored()) as { decoySites: string[] }).decoySites).toEqual(['bbc.com', 'bbc.co.uk']);
  });

  it('does not remember a page that cannot be reopened safely, and drops an older one', async () => {
    const { api: a } = api();
    await rememberHiddenPage(plan(), ON, T0, a);
    for (const url of ['chrome://settings', 'javascript:alert(1)', 'file:///etc/passwd', undefined, 'not a url']) {
      await rememberHiddenPage(planOf(url), ON, T0, a);
      expect(await stored()).toBeUndefined();
    }
  });

  it('a decoy exited in turn is not remembered (and the older page is dropped)', async () => {
    const { api: a } = api();
    await rememberHiddenPage(plan(), ON, T0, a);
    await rememberHiddenPage(planOf('https://weather.example/tomorrow'), ON, T0, a);
    expect(await stored()).toBeUndefined();
  });

  it('turning the option off forgets the page at once', async () => {
    const { api: a } = api();
    await rememberHiddenPage(plan(), ON, T0, a);
    await onUndoSettingChanged(ON, a);
    expect(await stored()).toBeDefined();
    await onUndoSettingChanged(OFF, a);
    expect(await stored()).toBeUndefined();
  });
});

describe('reading it back', () => {
  it('during the 60 s; after them it is deleted as it is read', async () => {
    const { api: a } = api();
    await rememberHiddenPage(plan(), ON, T0, a);
    expect((await readHiddenPage(T0 + UNDO_WINDOW_MS - 1, a))?.url).toBe(URL_A);
    expect(await readHiddenPage(T0 + UNDO_WINDOW_MS, a)).toBeNull();
    expect(await stored()).toBeUndefined();
  });

  it('an entry from the future (clock turned back) is not trusted', async () => {
    const { api: a } = api();
    await rememberHiddenPage(plan(), ON, T0, a);
    expect(await readHiddenPage(T0 - 1000, a)).toBeNull();
  });

  it('a malformed entry is deleted', async () => {
    const { api: a } = api();
    await fakeBrowser.storage.session.set({ [UNDO_KEY]: { url: 'javascript:alert(1)', hiddenAt: T0, decoyTabId: 7 } });
    expect(await readHiddenPage(T0, a)).toBeNull();
    expect(await stored()).toBeUndefined();
  });

  it('the expiry alarm deletes it; other alarms do not', async () => {
    const { api: a } = api();
    await rememberHiddenPage(plan(), ON, T0, a);
    await onUndoAlarm({ name: 'something-else' }, a);
    expect(await stored()).toBeDefined();
    await onUndoAlarm({ name: UNDO_ALARM }, a);
    expect(await stored()).toBeUndefined();
    await rememberHiddenPage(plan(), ON, T0, a);
    await forgetHiddenPage(a);
    expect(await stored()).toBeUndefined();
  });
});

describe('the panic keys pressed again on the decoy', () => {
  const decoyTab = { id: 7, url: 'https://weather.example/today' };

  it('within 60 s: reopens the page in a private window, shows the decoy again, forgets it; the caller does not exit', async () => {
    const { api: a, tabs, windows } = api();
    await rememberHiddenPage(plan(), ON, T0, a);
    const erasing = noErasing();
    expect(await reopenIfPanicOnDecoy(decoyTab, erasing, T0 + 30_000, a)).toBe(true);
    expect(windows.create).toHaveBeenCalledWith({ url: URL_A, incognito: true, focused: true });
    expect(tabs.reload).toHaveBeenCalledWith(7);
    expect(erasing).not.toHaveBeenCalled();
    expect(await stored()).toBeUndefined();
    // Once only: the next press is an ordinary exit.
    expect(await reopenIfPanicOnDecoy(decoyTab, erasing, T0 + 31_000, a)).toBe(false);
    expect(windows.create).toHaveBeenCalledTimes(1);
  });

  it('never a private window where Quick Exit does not run (its keys would not work there): the erasing tab', async () => {
    const { api: a, windows } = api(undefined, false);
    await rememberHiddenPage(plan(), ON, T0, a);
    const erasing = noErasing();
    expect(await reopenIfPanicOnDecoy({ id: 7, url: 'https://weather.example/today' }, erasing, T0 + 1000, a)).toBe(
      true,
    );
    expect(windows.create).not.toHaveBeenCalled();
    expect(erasing).toHaveBeenCalledWith(URL_A);
  });

  it('private windows unavailable: the erasing ordinary tab instead', async () => {
    const { api: a, windows } = api();
    windows.create.mockRejectedValueOnce(new Error('Incognito mode is disabled'));
    await rememberHiddenPage(plan(), ON, T0, a);
    const erasing = noErasing();
    expect(await reopenIfPanicOnDecoy(decoyTab, erasing, T0 + 1000, a)).toBe(true);
    expect(erasing).toHaveBeenCalledWith(URL_A);
  });

  it('after 60 s, on another tab, with no entry, or with the option off: an ordinary exit', async () => {
    const { api: a, windows } = api();
    const erasing = noErasing();
    expect(await reopenIfPanicOnDecoy(decoyTab, erasing, T0, a)).toBe(false);
    await rememberHiddenPage(plan(), OFF, T0, a);
    expect(await reopenIfPanicOnDecoy(decoyTab, erasing, T0 + 1000, a)).toBe(false);
    await rememberHiddenPage(plan(), ON, T0, a);
    expect(await reopenIfPanicOnDecoy({ id: 8, url: decoyTab.url }, erasing, T0 + 1000, a)).toBe(false);
    expect(await reopenIfPanicOnDecoy(undefined, erasing, T0 + 1000, a)).toBe(false);
    expect(await reopenIfPanicOnDecoy(decoyTab, erasing, T0 + UNDO_WINDOW_MS, a)).toBe(false);
    expect(windows.create).not.toHaveBeenCalled();
    expect(erasing).not.toHaveBeenCalled();
  });

  it('the decoy tab went on to another site: the keys exit that page, and the hidden page is forgotten', async () => {
    const { api: a, windows, tabs } = api();
    await rememberHiddenPage(plan(), ON, T0, a);
    expect(await reopenIfPanicOnDecoy({ id: 7, url: 'https://other.example/' }, noErasing(), T0 + 1000, a)).toBe(false);
    expect(windows.create).not.toHaveBeenCalled();
    expect(tabs.reload).not.toHaveBeenCalled();
    expect(await stored()).toBeUndefined();
  });
});
