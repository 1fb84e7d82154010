import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { onInstalledOpenWelcome } from '@/utils/first-run';
import { forgetOwnPageVisit } from '@/utils/own-pages';
import { briefHotlines, telDigits, welcomeCountry, type HotlineEntry } from '@/utils/welcome-hotlines';
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

describe('the welcome page hotlines', () => {
  const data: HotlineEntry[] = [
    { id: 'x-dv', name: 'DV', country: 'XX', phone: '0800 1', topics: ['domestic-violence'], verified: true },
    { id: 'x-dv2', name: 'DV2', country: 'XX', phone: '0800 2', topics: ['domestic-violence'], verified: true },
    {
      id: 'x-t',
      name: 'T',
      country: 'XX',
      phone: '1-800-SAFE',
      phone_display: '1.800.SAFE',
      topics: ['trafficking'],
      verified: false,
    },
    { id: 'x-e', name: 'E', country: 'XX', phone: '112', topics: ['emergency'], verified: true },
    { id: 'y-e', name: 'E', country: 'YY', phone: '999', topics: ['emergency'], verified: true },
  ];
  it('one verified line per topic, emergency first, numbers as given', () => {
    const lines = briefHotlines(data, 'XX');
    expect(lines.map((l) => [l.id, l.display])).toEqual([
      ['x-e', '112'],
      ['x-dv', '0800 1'],
    ]);
  });
  it('dials digits only, keeping a leading +', () => {
    expect(telDigits('+44 (0)800 1')).toBe('+4408001');
    expect(telDigits('1-800-799-7233')).toBe('18007997233');
  });
  it('starts from the setting, else the browser region, else the US', () => {
    expect(welcomeCountry('GB', 'es-MX')).toBe('GB');
    expect(welcomeCountry(null, 'es-MX')).toBe('MX');
    expect(welcomeCountry(null, 'fr-FR')).toBe('US');
    expect(welcomeCountry(null, 'en')).toBe('US');
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

describe('the welcome page hotlines: caveats in the data', () => {
  it('drops a text number flagged unverified, and hours that are not round the clock', () => {
    const [line] = briefHotlines(
      [
        {
          id: 'z',
          name: 'Z',
          country: 'ZZ',
          phone: '1',
          sms: { number: '2', keyword: 'HI' },
          hours: 'Mon-Fri, UNVERIFIED',
          topics: ['trafficking'],
          verified: true,
          unverified_fields: ['sms (secondary only)'],
        },
      ],
      'ZZ',
    );
    expect(line.text).toBeUndefined();
    expect(line.hours).toBeUndefined();
  });
});
