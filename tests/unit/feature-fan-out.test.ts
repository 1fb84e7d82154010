import { describe, expect, it, vi } from 'vitest';
import { fanOut, type Feature } from '@/features/feature';

describe('fanOut', () => {
  it('calls each feature’s hook in the listed order, with the event’s arguments', () => {
    const calls: string[] = [];
    const features: Feature[] = [
      { name: 'a', hooks: { onTabRemoved: (id) => void calls.push(`a${id}`) } },
      { name: 'b' },
      { name: 'c', hooks: { onTabRemoved: (id) => void calls.push(`c${id}`) } },
    ];
    fanOut(features, 'onTabRemoved')(5);
    expect(calls).toEqual(['a5', 'c5']);
  });

  it('a feature that throws or rejects is logged and never stops the next one', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const last = vi.fn();
    const features: Feature[] = [
      {
        name: 'throws',
        hooks: {
          onStartup: () => {
            throw new Error('sync');
          },
        },
      },
      { name: 'rejects', hooks: { onStartup: () => Promise.reject(new Error('async')) } },
      { name: 'last', hooks: { onStartup: last } },
    ];
    fanOut(features, 'onStartup')();
    await Promise.resolve();
    expect(last).toHaveBeenCalledOnce();
    expect(log).toHaveBeenCalledTimes(2);
    log.mockRestore();
  });
});
