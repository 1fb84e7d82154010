import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { forgetMyEntriesAtExit } from '@/utils/forget-at-exit';
import { getBookmarks, getNumbers, saveBookmark, saveNumber } from '@/utils/session-store';
import { DEFAULT_SETTINGS, normalizeSettings } from '@/utils/settings-schema';

describe('forget my numbers and pages at every exit', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await saveNumber({ label: 'Sister', phone: '+1 555 0100' });
    await saveBookmark({ label: 'Shelter', url: 'https://shelter.example/' });
  });

  it('is on by default, also for settings stored before it existed', () => {
    expect(DEFAULT_SETTINGS.forgetMyEntriesOnExit).toBe(true);
    expect(normalizeSettings({ discreet: true }).forgetMyEntriesOnExit).toBe(true);
    expect(normalizeSettings({ forgetMyEntriesOnExit: false }).forgetMyEntriesOnExit).toBe(false);
    expect(normalizeSettings({ forgetMyEntriesOnExit: 'no' }).forgetMyEntriesOnExit).toBe(true);
  });

  it('on: every number and page is gone from storage.session after the exit', async () => {
    expect(await forgetMyEntriesAtExit(DEFAULT_SETTINGS)).toBe(true);
    expect(await getNumbers()).toEqual([]);
    expect(await getBookmarks()).toEqual([]);
    expect(await fakeBrowser.storage.session.get(['myNumbers', 'myBookmarks'])).toEqual({});
  });

  it('off: they stay', async () => {
    expect(await forgetMyEntriesAtExit({ forgetMyEntriesOnExit: false })).toBe(false);
    expect(await getNumbers()).toMatchObject([{ label: 'Sister' }]);
    expect(await getBookmarks()).toMatchObject([{ label: 'Shelter' }]);
  });
});
