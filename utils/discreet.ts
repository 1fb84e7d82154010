import { storage } from 'wxt/utils/storage';

/**
 * Discreet mode: while it is on, nothing the extension shows when closed (toolbar icon, tooltip,
 * badge) looks like a safety tool; the toolbar's look is utils/toolbar-look.ts. This module holds
 * the user's word that opens the full tool.
 */

/**
 * The user's own word that opens the full tool in discreet mode (typed into the notes' search box
 * of the popup, or into the word field of the options and welcome pages). Chosen at set-up, e.g. by
 * an advocate with the person. Only a SHA-256 digest of it is kept, in `storage.local` (it must
 * survive a restart, and it names nobody): nobody can read the word back, not even in the options.
 * Forgetting it never locks anyone out of "Close page" (= Exit now) or the emergency number, which
 * the neutral view always shows.
 */
export const secretWordItem = storage.defineItem<string | null>('local:notesWord', { fallback: null });

/** Shortest word accepted (a search for one or two letters must not open the tool by chance). */
export const MIN_SECRET_WORD = 4;

/** Case, accents and surrounding spaces do not matter ("Sunflower " = "sunflower"). */
export function normalizeWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase();
}

/** The digest kept for `word` (hex SHA-256 of the normalised word). */
export async function digestWord(word: string): Promise<string> {
  const bytes = new TextEncoder().encode(`notes:${normalizeWord(word)}`);
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Sets the word (null: none). Refuses (false) a word shorter than {@link MIN_SECRET_WORD}. */
export async function setSecretWord(word: string | null): Promise<boolean> {
  if (word === null) {
    await secretWordItem.removeValue();
    return true;
  }
  if (normalizeWord(word).length < MIN_SECRET_WORD) return false;
  await secretWordItem.setValue(await digestWord(word));
  return true;
}

/** Whether a word was chosen. */
export async function hasSecretWord(): Promise<boolean> {
  return typeof (await secretWordItem.getValue()) === 'string';
}

/** Whether `typed` is the word (false when none was chosen, or for anything too short). */
export async function isSecretWord(typed: string): Promise<boolean> {
  const stored = await secretWordItem.getValue();
  if (typeof stored !== 'string' || normalizeWord(typed).length < MIN_SECRET_WORD) return false;
  return (await digestWord(typed)) === stored;
}
