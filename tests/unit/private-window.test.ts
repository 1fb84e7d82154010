import { describe, expect, it } from 'vitest';
import { openInPrivateWindow } from '@/utils/private-window';

/** Each fake answers `windows.create({ incognito: true })` the way that browser does (measured). */
const answering = (answer: () => Promise<unknown>) => {
  const calls: unknown[] = [];
  return { calls, api: { windows: { create: (d: unknown) => (calls.push(d), answer()) } } };
};

describe('openInPrivateWindow', () => {
  it('asks for an incognito window at the URL', async () => {
    const { calls, api } = answering(async () => ({ id: 3, incognito: true }));
    await openInPrivateWindow('https://help.example/', api);
    expect(calls).toEqual([{ url: 'https://help.example/', incognito: true, focused: true }]);
  });

  it('allowed in private windows (Chromium or Firefox): opened, and the panic key works there', async () => {
    const { api } = answering(async () => ({ id: 3, incognito: true }));
    expect(await openInPrivateWindow('https://help.example/', api)).toEqual({ opened: true, panicKeyWorks: true });
  });

  it('Chromium, not allowed in incognito: opened (resolves null), but the panic key does not run there', async () => {
    const { api } = answering(async () => null);
    expect(await openInPrivateWindow('https://help.example/', api)).toEqual({ opened: true, panicKeyWorks: false });
  });

  it('Firefox without "Run in Private Windows": not opened, not allowed', async () => {
    const { api } = answering(async () => {
      throw new Error('Extension does not have permission for incognito mode');
    });
    expect(await openInPrivateWindow('https://help.example/', api)).toEqual({ opened: false, reason: 'not-allowed' });
  });

  it('any other refusal (such as private browsing disabled by policy): not opened, unavailable', async () => {
    const { api } = answering(async () => {
      throw new Error('Incognito mode is disabled.');
    });
    expect(await openInPrivateWindow('https://help.example/', api)).toEqual({ opened: false, reason: 'unavailable' });
  });
});
