import { storage } from 'wxt/utils/storage';
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

/** The numbers, skipping anything that would not pass the checks today. */
export async function getNumbers(): Promise<MyNumber[]> {
  const list = await numbersItem.getValue();
  return (Array.isArray(list) ? list : []).filter(
    (n) => n && typeof n.id === 'string' && checkLabel(n.label).ok && checkPhone(n.phone).ok,
  );
}

/** The bookmarks, skipping anything that would not pass the checks today. */
export async function getBookmarks(): Promise<MyBookmark[]> {
  const list = await bookmarksItem.getValue();
  return (Array.isArray(list) ? list : []).filter(
    (b) => b && typeof b.id === 'string' && checkLabel(b.label).ok && checkWebUrl(b.url).ok,
  );
}

/** What a save returns: the saved entry, or which field was refused and why. */
export type SaveResult<T> =
  { ok: true; entry: T } | { ok: false; field: 'label' | 'phone' | 'url' | 'list'; error: string };

const refused = <T>(field: 'label' | 'phone' | 'url', c: Checked<string>): SaveResult<T> =>
  ({ ok: false, field, error: c.ok ? '' : c.error }) as SaveResult<T>;

function upsert<T extends { id: string }>(list: T[], entry: T): T[] | null {
  const at = list.findIndex((e) => e.id === entry.id);
  if (at >= 0) return list.map((e, i) => (i === at ? entry : e));
  if (list.length >= MAX_ENTRIES) return null;
  return [...list, entry];
}

/**
 * Adds a number, or changes the one with `id`. Checks the label and the number first; nothing is
 * stored if either is refused.
 */
export async function saveNumber(input: { id?: string; label: string; phone: string }): Promise<SaveResult<MyNumber>> {
  const label = checkLabel(input.label);
  if (!label.ok) return refused('label', label);
  const phone = checkPhone(input.phone);
  if (!phone.ok) return refused('phone', phone);
  const entry: MyNumber = { id: input.id ?? crypto.randomUUID(), label: label.value, phone: phone.value };
  const next = upsert(await getNumbers(), entry);
  if (!next) return { ok: false, field: 'list', error: 'list-full' };
  await numbersItem.setValue(next);
  return { ok: true, entry };
}

/**
 * Adds a bookmark, or changes the one with `id`. Only http(s) addresses without credentials are
 * stored (see `checkWebUrl`).
 */
export async function saveBookmark(input: {
  id?: string;
  label: string;
  url: string;
}): Promise<SaveResult<MyBookmark>> {
  const label = checkLabel(input.label);
  if (!label.ok) return refused('label', label);
  const url = checkWebUrl(input.url);
  if (!url.ok) return refused('url', url);
  const entry: MyBookmark = { id: input.id ?? crypto.randomUUID(), label: label.value, url: url.value };
  const next = upsert(await getBookmarks(), entry);
  if (!next) return { ok: false, field: 'list', error: 'list-full' };
  await bookmarksItem.setValue(next);
  return { ok: true, entry };
}

export async function deleteNumber(id: string): Promise<void> {
  await numbersItem.setValue((await getNumbers()).filter((n) => n.id !== id));
}

export async function deleteBookmark(id: string): Promise<void> {
  await bookmarksItem.setValue((await getBookmarks()).filter((b) => b.id !== id));
}

/** "Forget all now": removes every number and bookmark from memory at once. */
export async function forgetAll(): Promise<void> {
  await storage.removeItems([numbersItem, bookmarksItem]);
}
