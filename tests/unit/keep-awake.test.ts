import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  ALARM_PERIOD_MINUTES,
  KEEP_AWAKE_ALARM,
  PING_EVERY_MS,
  register,
  type KeepAwakeApi,
} from '@/features/keep-awake';

const api = () => ({ runtime: { getPlatformInfo: vi.fn(async () => ({})) }, alarms: fakeBrowser.alarms });

describe('keep-awake', () => {
  beforeEach(() => fakeBrowser.reset());

  it('Chromium: pings an extension API every 20 s (inside the 30 s idle timeout) and sets one 30 s alarm', async () => {
    const a = api();
    const every = vi.fn();
    register(a as unknown as KeepAwakeApi, 'chromium', every).hooks!.start!();
    expect(every).toHaveBeenCalledOnce();
    const [ping, ms] = every.mock.calls[0] as [() => void, number];
    expect(ms).toBe(PING_EVERY_MS);
    expect(ms).toBeLessThan(30_000);
    expect(a.runtime.getPlatformInfo).not.toHaveBeenCalled();
    ping();
    expect(a.runtime.getPlatformInfo).toHaveBeenCalledOnce();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.getAll()).toHaveLength(1));
    expect((await fakeBrowser.alarms.get(KEEP_AWAKE_ALARM))?.periodInMinutes).toBe(ALARM_PERIOD_MINUTES);
  });

  it('a woken worker keeps the existing alarm and its schedule', async () => {
    await fakeBrowser.alarms.create(KEEP_AWAKE_ALARM, { when: 12345, periodInMinutes: ALARM_PERIOD_MINUTES });
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    register(api() as unknown as KeepAwakeApi, 'chromium', vi.fn()).hooks!.start!();
    await new Promise((r) => setTimeout(r, 0));
    expect(create).not.toHaveBeenCalled();
    expect((await fakeBrowser.alarms.get(KEEP_AWAKE_ALARM))?.scheduledTime).toBe(12345);
  });

  it('a failing ping is not an error', async () => {
    const a = { ...api(), runtime: { getPlatformInfo: vi.fn(() => Promise.reject(new Error('stopping'))) } };
    const every = vi.fn();
    register(a as unknown as KeepAwakeApi, 'chromium', every).hooks!.start!();
    expect(() => (every.mock.calls[0][0] as () => void)()).not.toThrow();
    await new Promise((r) => setTimeout(r, 0));
  });

  it('Firefox: nothing (its event page is kept by events, not API calls)', async () => {
    const a = api();
    const every = vi.fn();
    register(a as unknown as KeepAwakeApi, 'firefox', every).hooks!.start!();
    await new Promise((r) => setTimeout(r, 0));
    expect(every).not.toHaveBeenCalled();
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });
});
