import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  MAX_ENTRIES,
  deleteBookmark,
  deleteNumber,
  forgetAll,
  getBookmarks,
  getNumbers,
  saveBookmark,
  saveNumber,
} from '@/utils/session-store';

describe('session store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps numbers and bookmarks in storage.session only', async () => {
    expect(await saveNumber({ label: 'Sister', phone: '+1 555 0100' })).toMatchObject({ ok: true });
    expect(await saveBookmark({ label: 'Shelter', url: 'https://shelter.example/' })).toMatchObject({ ok: true });
    expect(await getNumbers()).toMatchObject([{ label: 'Sister', phone: '+1 555 0100' }]);
    expect(await getBookmarks()).toMatchObject([{ label: 'Shelter', url: 'https://shelter.example/' }]);
    const session = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(session).toSorted()).toEqual(['myBookmarks', 'myNumbers']);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('stores nothing that the checks refuse, and says which field', async () => {
    expect(await saveBookmark({ label: 'x', url: 'javascript:alert(1)' })).toEqual({
      ok: false,
      field: 'url',
      error: 'url-scheme',
    });
    expect(await saveBookmark({ label: '', url: 'https://a.example/' })).toEqual({
      ok: false,
      field: 'label',
      error: 'label-empty',
    });
    expect(await saveNumber({ label: 'x', phone: 'no digits' })).toEqual({
      ok: false,
      field: 'phone',
      error: 'phone-no-digits',
    });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('edits in place and deletes by id', async () => {
    const saved = await saveNumber({ label: 'Aunt', phone: '555 0100' });
    if (!saved.ok) throw new Error('not saved');
    await saveNumber({ label: 'Cousin', phone: '555 0101' });
    await saveNumber({ id: saved.entry.id, label: 'Aunt Rosa', phone: '555 0102' });
    expect((await getNumbers()).map((n) => n.label)).toEqual(['Aunt Rosa', 'Cousin']);
    await deleteNumber(saved.entry.id);
    expect((await getNumbers()).map((n) => n.label)).toEqual(['Cousin']);

    const b = await saveBookmark({ label: 'Library', url: 'example.org' });
    if (!b.ok) throw new Error('not saved');
    expect(b.entry.url).toBe('https://example.org/');
    await deleteBookmark(b.entry.id);
    expect(await getBookmarks()).toEqual([]);
  });

  it('Forget all now empties both lists', async () => {
    await saveNumber({ label: 'A', phone: '1' });
    await saveBookmark({ label: 'B', url: 'https://b.example/' });
    await forgetAll();
    expect(await getNumbers()).toEqual([]);
    expect(await getBookmarks()).toEqual([]);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('ignores anything in storage that would not pass the checks', async () => {
    await fakeBrowser.storage.session.set({
      myBookmarks: [
        { id: '1', label: 'ok', url: 'https://ok.example/' },
        { id: '2', label: 'bad', url: 'javascript:alert(1)' },
        { label: 'no id', url: 'https://x.example/' },
        null,
      ],
      myNumbers: 'not a list',
    });
    expect((await getBookmarks()).map((b) => b.id)).toEqual(['1']);
    expect(await getNumbers()).toEqual([]);
  });

  it(`holds at most ${MAX_ENTRIES} entries of each kind`, async () => {
    for (let i = 0; i < MAX_ENTRIES; i++) await saveNumber({ label: `n${i}`, phone: `555 ${i}` });
    expect(await saveNumber({ label: 'one more', phone: '555' })).toEqual({
      ok: false,
      field: 'list',
      error: 'list-full',
    });
    expect(await getNumbers()).toHaveLength(MAX_ENTRIES);
  });
});
