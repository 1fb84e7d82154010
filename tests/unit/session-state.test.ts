import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { lastCleanupKey } from '@/utils/clear-traces';
import { openedTabsKey } from '@/utils/opened-tabs';
import { erasingTabsKey } from '@/utils/private-open';
import { sensitiveSitesKey } from '@/utils/sensitive-sites';
import { bookmarksItem, numbersItem } from '@/utils/session-store';
import { defineSessionKey, SessionState } from '@/utils/session-state';
import { hiddenPageKey } from '@/utils/undo';
import { FRAMES_KEY_PREFIX, VISITS_KEY_PREFIX } from '@/utils/visit-tracker';

/** A list of words, joined with what was stored when the worker wakes. */
const wordsKey = defineSessionKey<string[]>({
  key: 'testWords',
  empty: () => [],
  parse: (stored) => (Array.isArray(stored) ? stored.filter((w): w is string => typeof w === 'string') : []),
  merge: (stored, recorded) => [...new Set([...stored, ...recorded])],
});
/** One entry or none (no key at all), the newest write winning. */
const entryKey = defineSessionKey<{ n: number } | null>({
  key: 'testEntry',
  empty: () => null,
  parse: (stored) => (typeof (stored as { n?: unknown }).n === 'number' ? (stored as { n: number }) : null),
});

const stored = async (key: string) => (await fakeBrowser.storage.session.get(key))[key];
const quiet = () => vi.fn();

describe('SessionState', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('defining a key reads nothing: the store is first read on load', async () => {
    const get = vi.spyOn(fakeBrowser.storage.session, 'get');
    const key = defineSessionKey<string[]>({ key: 'untouched', empty: () => [], parse: () => [] });
    const state = new SessionState(key);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(get).not.toHaveBeenCalled();
    await state.load();
    expect(get).toHaveBeenCalled();
  });

  it('loads once, then reads synchronously what an earlier life stored', async () => {
    await fakeBrowser.storage.session.set({ testWords: ['a', 7, 'b'] });
    const state = new SessionState(wordsKey);
    expect(state.loaded).toBe(false);
    const get = vi.spyOn(fakeBrowser.storage.session, 'get');
    await Promise.all([state.load(), state.load()]);
    await state.load();
    expect(state.loaded).toBe(true);
    expect(state.value).toEqual(['a', 'b']);
    // @wxt-dev/storage reads a key once more when its item is first made: at most two reads, never one per load().
    expect(get.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it('joins what was recorded before the load finished with what was stored, and writes it after the load', async () => {
    await fakeBrowser.storage.session.set({ testWords: ['old'] });
    const state = new SessionState(wordsKey);
    state.set([...state.value, 'new']);
    await state.flushed();
    expect(state.value).toEqual(['old', 'new']);
    expect(await stored('testWords')).toEqual(['old', 'new']);
  });

  it('without a merge, what was recorded since waking wins over what was stored', async () => {
    await fakeBrowser.storage.session.set({ testEntry: { n: 1 } });
    const state = new SessionState(entryKey);
    state.set({ n: 2 });
    await state.load();
    await state.flushed();
    expect(state.value).toEqual({ n: 2 });
    expect(await stored('testEntry')).toEqual({ n: 2 });
  });

  it('a key without merge writes at once; a key with one waits for the stored value first', async () => {
    const waiting: ((r: Record<string, unknown>) => void)[] = [];
    vi.spyOn(fakeBrowser.storage.session, 'get').mockImplementation(
      () => new Promise<Record<string, unknown>>((resolve) => waiting.push(resolve)),
    );
    const set = vi.spyOn(fakeBrowser.storage.session, 'set');
    const single = new SessionState(
      defineSessionKey<number | null>({ key: 'testSingle', empty: () => null, parse: (v) => v as number }),
    );
    single.set(1);
    await single.flushed();
    expect(set).toHaveBeenCalledWith({ testSingle: 1 });

    const joined = new SessionState(
      defineSessionKey<number[]>({
        key: 'testJoined',
        empty: () => [],
        parse: (v) => v as number[],
        merge: (a, b) => [...a, ...b],
      }),
    );
    joined.set([2]);
    const written = joined.flushed();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(set).not.toHaveBeenCalledWith(expect.objectContaining({ testJoined: expect.anything() }));
    for (const resolve of waiting) resolve({ testJoined: [1] });
    await written;
    expect(set).toHaveBeenCalledWith({ testJoined: [1, 2] });
  });

  it('writes every change in order; changes made before a write starts go out in that one write', async () => {
    const state = new SessionState(wordsKey);
    await state.load();
    const set = vi.spyOn(fakeBrowser.storage.session, 'set');
    for (const w of ['a', 'b', 'c']) state.update((words) => void words.push(w));
    await state.flushed();
    expect(set).toHaveBeenCalledTimes(1);
    expect(await stored('testWords')).toEqual(['a', 'b', 'c']);
    state.set(['d']);
    await state.flushed();
    expect(await stored('testWords')).toEqual(['d']);
  });

  it('an empty value that stores as nothing removes the key; so does a stored value that does not parse', async () => {
    const state = new SessionState(entryKey);
    state.set({ n: 3 });
    await state.flushed();
    expect(await stored('testEntry')).toEqual({ n: 3 });
    state.clear();
    await state.flushed();
    expect(await stored('testEntry')).toBeUndefined();

    await fakeBrowser.storage.session.set({ testEntry: 'garbage' });
    const woken = new SessionState(entryKey);
    await woken.load();
    await woken.flushed();
    expect(woken.value).toBeNull();
    expect(await stored('testEntry')).toBeUndefined();
  });

  it('a failed write is logged and kept in lastWriteError; memory keeps the value; the next write clears it', async () => {
    const onWriteError = quiet();
    const state = new SessionState(wordsKey, onWriteError);
    await state.load();
    const quota = new Error('QUOTA_BYTES quota exceeded');
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValueOnce(quota);
    state.set(['a']);
    await expect(state.flushed()).resolves.toBeUndefined();
    expect(onWriteError).toHaveBeenCalledWith(quota);
    expect(state.lastWriteError).toBe(quota);
    expect(state.value).toEqual(['a']);
    state.set(['a', 'b']);
    await state.flushed();
    expect(state.lastWriteError).toBeNull();
    expect(await stored('testWords')).toEqual(['a', 'b']);
  });

  it('by default a failed write goes to console.error', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const state = new SessionState(wordsKey);
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValueOnce(new Error('closed'));
    state.set(['a']);
    await state.flushed();
    expect(error).toHaveBeenCalledWith(expect.stringContaining('testWords'), expect.any(Error));
  });

  it('a failed read leaves memory as it is, and the state still works', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.storage.session, 'get').mockRejectedValue(new Error('no storage'));
    const state = new SessionState(wordsKey);
    state.set(['a']);
    await state.load();
    expect(state.loaded).toBe(true);
    expect(state.value).toEqual(['a']);
  });

  it('reload reads the store again after the writes in flight; a change made meanwhile wins', async () => {
    const state = new SessionState(entryKey);
    state.set({ n: 1 });
    expect(await state.reload()).toEqual({ n: 1 });
    // Another context changes the store.
    await fakeBrowser.storage.session.set({ testEntry: { n: 5 } });
    expect(state.value).toEqual({ n: 1 });
    expect(await state.reload()).toEqual({ n: 5 });
    // A change made while the store is being read (n: 5 still there) is not overwritten by the read.
    vi.spyOn(fakeBrowser.storage.session, 'get').mockImplementationOnce(async () => {
      state.set({ n: 6 });
      return { testEntry: { n: 5 } };
    });
    expect(await state.reload()).toEqual({ n: 6 });
    await state.flushed();
    expect(await stored('testEntry')).toEqual({ n: 6 });
  });

  it('keeps everything in storage.session, nothing in storage.local', async () => {
    const state = new SessionState(wordsKey);
    state.set(['a']);
    await state.flushed();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ testWords: ['a'] });
  });
});

describe('the storage.session keys', () => {
  const root = path.resolve(__dirname, '../..');
  const sourceFiles = (dir: string): string[] =>
    fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
      const rel = path.join(dir, e.name);
      if (e.isDirectory()) return sourceFiles(rel);
      return /\.(ts|tsx)$/.test(e.name) ? [rel] : [];
    });

  it('are all different, and none falls under the visit tracker’s per-tab prefixes', () => {
    const keys = [
      ...[sensitiveSitesKey, openedTabsKey, erasingTabsKey, hiddenPageKey, lastCleanupKey].map((k) => k.key),
      ...[numbersItem, bookmarksItem].map((i) => i.key.replace(/^session:/, '')),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => k.startsWith(VISITS_KEY_PREFIX) || k.startsWith(FRAMES_KEY_PREFIX))).toEqual([]);
  });

  it('are read and written through their owner only: no product code calls storage.session get/set/remove itself', () => {
    const direct = ['entrypoints', 'features', 'utils', 'components']
      .flatMap(sourceFiles)
      .filter((f) => /storage\.session\.(get|set|remove|clear)\(/.test(fs.readFileSync(path.join(root, f), 'utf8')));
    expect(direct).toEqual([]);
  });
});
