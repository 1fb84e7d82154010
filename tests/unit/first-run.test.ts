import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { onInstalledOpenWelcome } from '@/utils/first-run';

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
