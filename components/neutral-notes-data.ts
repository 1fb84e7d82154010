import { isSecretWord } from '@/utils/discreet';
import type { CountryHotlines } from '@/utils/hotline-chunks';
import { hotlinesFor, telHref } from '@/utils/hotlines';
import { send } from '@/utils/messages';
import { openPrivately } from '@/utils/private-open';
import {
  bookmarksItem,
  getBookmarks,
  getNumbers,
  numbersItem,
  type MyBookmark,
  type MyNumber,
} from '@/utils/session-store';

/**
 * What the popup's notes view (components/NeutralNotes.tsx) needs after its first paint: the user's
 * own numbers and pages, the country's emergency number, the word check and opening a page. Loaded
 * right after "Close page" is painted and focused.
 */

/** Whether `typed` is the user's word (utils/discreet.ts). */
export const isTheWord = (typed: string): Promise<boolean> => isSecretWord(typed);

/** The `tel:` link of one of the user's numbers. */
export const callLink = (phone: string): string => telHref(phone);

/** Calls `onChange` with the user's numbers and pages now and whenever they change; returns the unwatch. */
export function watchMyEntries(onChange: (numbers: MyNumber[], pages: MyBookmark[]) => void): () => void {
  const load = () => void Promise.all([getNumbers(), getBookmarks()]).then(([n, p]) => onChange(n, p));
  load();
  const u1 = numbersItem.watch(load);
  const u2 = bookmarksItem.watch(load);
  return () => {
    u1();
    u2();
  };
}

/** The country's emergency number from its shipped lines (its own chunk), if it has one to call. */
export function emergencyCall(lines: CountryHotlines | null): { number: string; href: string } | null {
  if (!lines) return null;
  const line = hotlinesFor(lines.country, lines.records).find(
    (h) => h.topics.includes('emergency') && h.callHref && h.phone,
  );
  return line ? { number: line.phoneDisplay ?? line.phone!, href: line.callHref! } : null;
}

/**
 * Opens one of the user's pages in a private window where Quick Exit runs, or else in an ordinary
 * tab whose visits are erased as they happen (never a private window without an exit; the notes
 * view says nothing about it, to stay plain).
 */
export async function openMyPage(url: string): Promise<void> {
  const result = await openPrivately(url).catch(() => 'refused' as const);
  if (result === 'private-unavailable' || result === 'not-allowed') await send('open-erased', { url }).catch(() => {});
}
