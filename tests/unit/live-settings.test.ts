import { describe, expect, it, vi } from 'vitest';
import { LiveSettings } from '@/utils/live-settings';
import { DEFAULT_SETTINGS } from '@/utils/settings-schema';

describe('LiveSettings', () => {
  it('reads storage once, then answers from memory', async () => {
    const read = vi.fn(async () => ({ ...DEFAULT_SETTINGS, decoyUrl: 'https://a.example/' }));
    const live = new LiveSettings(read);
    expect(live.now()).toBeUndefined();
    await Promise.all([live.get(), live.get()]);
    expect((await live.get()).decoyUrl).toBe('https://a.example/');
    expect(live.now()?.decoyUrl).toBe('https://a.example/');
    expect(read).toHaveBeenCalledOnce();
  });

  it('takes a change from the watch, normalised, and a late first read never overwrites it', async () => {
    let finish: (s: typeof DEFAULT_SETTINGS) => void = () => {};
    const live = new LiveSettings(() => new Promise((r) => (finish = r)));
    const first = live.get();
    expect(live.changed({ decoyUrl: 'https://b.example/' }).decoyUrl).toBe('https://b.example/');
    finish({ ...DEFAULT_SETTINGS, decoyUrl: 'https://old.example/' });
    expect((await first).decoyUrl).toBe('https://b.example/');
    expect(live.changed(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('reads again after a failed read', async () => {
    const read = vi.fn().mockRejectedValueOnce(new Error('x')).mockResolvedValue(DEFAULT_SETTINGS);
    const live = new LiveSettings(read);
    await expect(live.get()).rejects.toThrow('x');
    expect(await live.get()).toEqual(DEFAULT_SETTINGS);
  });
});
