import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { checkLabel, checkPhone, checkWebUrl, type Checked } from './validate';

/**
 * The user's own phone numbers and bookmarks, kept in `storage.session` only: in memory, never
 * written to disk, gone when the browser closes (measured, see docs/DESIGN.md). Never move these to
 * `storage.local`, `localStorage`, IndexedDB or cookies: they name a person's help-seeking.
 *
 * Every write goes through the checks in `validate.ts`, so nothing refused there is ever stored,
 * whatever calls this module.
 */

/** One of the user's own numbers ("My sister", "+1 555 0100"). */
export interface MyNumber {
  id: string;
  label: string;
  phone: string;
}

/** One of the user's own bookmarks: always an http(s) address without credentials. */
export interface MyBookmark {
  id: string;
  label: string;
  url: string;
}

/** At most this many of each: the list lives in memory and in a 380 px popup. */
export const MAX_ENTRIES = 50;

export const numbersItem = storage.defineItem<MyNumber[]>('session:myNumbers', { fallback: [] });
export const bookmarksItem = storage.defineItem<MyBookmark[]>('session:myBookmarks', { fallback: [] });

/** What a save returns: the saved entry, or which field was refused and why. */
export type SaveResult<T> =
  { ok: true; entry: T } | { ok: false; field: 'label' | 'phone' | 'url' | 'list'; error: string };

/**
 * One list of entries (numbers or bookmarks): where it is stored, the entry's field besides the label
 * and that field's check. Reading, saving and deleting are the same for both lists.
 */
function entryList<F extends 'phone' | 'url', T extends { id: string; label: string } & Record<F, string>>(
  item: WxtStorageItem<T[], Record<string, unknown>>,
  field: F,
  check: (value: string) => Checked<string>,
) {
  /** The entries, skipping anything that would not pass the checks today. */
  const get = async (): Promise<T[]> => {
    const list = await item.getValue();
    return (Array.isArray(list) ? list : []).filter(
      (e) => e && typeof e.id === 'string' && checkLabel(e.label).ok && check(e[field]).ok,
    );
  };
  /** Adds an entry, or changes the one with `id`. Nothing is stored if the label or the field is refused. */
  const save = async (input: { id?: string; label: string } & Record<F, string>): Promise<SaveResult<T>> => {
    const label = checkLabel(input.label);
    if (!label.ok) return { ok: false, field: 'label', error: label.error };
    const value = check(input[field]);
    if (!value.ok) return { ok: false, field, error: value.error };
    const entry = { id: input.id ?? crypto.randomUUID(), label: label.value, [field]: value.value } as T;
    const list = await get();
    const at = list.findIndex((e) => e.id === entry.id);
    if (at < 0 && list.length >= MAX_ENTRIES) return { ok: false, field: 'list', error: 'list-full' };
    await item.setValue(at >= 0 ? list.map((e, i) => (i === at ? entry : e)) : [...list, entry]);
    return { ok: true, entry };
  };
  const remove = async (id: string): Promise<void> => {
    await item.setValue((await get()).filter((e) => e.id !== id));
  };
  return { get, save, remove };
}

const numbers = entryList<'phone', MyNumber>(numbersItem, 'phone', checkPhone);
const bookmarks = entryList<'url', MyBookmark>(bookmarksItem, 'url', checkWebUrl);

/** The numbers, skipping anything that would not pass the checks today. */
export const getNumbers = numbers.get;
/** The bookmarks, skipping anything that would not pass the checks today. */
export const getBookmarks = bookmarks.get;
/** Adds a number, or changes the one with `id`. Checks the label and the number first. */
export const saveNumber = numbers.save;
/**
 * Adds a bookmark, or changes the one with `id`. Only http(s) addresses without credentials are
 * stored (see `checkWebUrl`).
 */
export const saveBookmark = bookmarks.save;
export const deleteNumber = numbers.remove;
export const deleteBookmark = bookmarks.remove;

/** "Forget all now": removes every number and bookmark from memory at once. */
export async function forgetAll(): Promise<void> {
  await storage.removeItems([numbersItem, bookmarksItem]);
}
