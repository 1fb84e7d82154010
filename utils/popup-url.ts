import { isLang } from './i18n';
import type { Settings } from './settings-schema';

/**
 * The toolbar popup's address carries the two settings its first frame needs: the language and
 * whether it opens as the discreet notes view. The background sets it with `action.setPopup`
 * whenever the settings change (features/toolbar-look.ts), so the popup paints its first control
 * in the right words without waiting for a storage read (entrypoints/popup/main.tsx; `npm run
 * bench`, popup section). Opened without them (before the background set them, or as a plain tab),
 * the popup reads the settings first, as before.
 *
 * Nothing here is private: the address is never shown to the user and lands in no history (an
 * extension popup is not a tab), and both values are settings that `storage.local` holds anyway.
 * The parameter names and values are neutral all the same: `look=plain` is the notes view.
 */

/** What the popup's first frame needs from the settings. */
export type FirstPaintSettings = Pick<Settings, 'language' | 'discreet'>;

/** `?lang=…&look=…` for these settings. */
export function popupSearch(s: FirstPaintSettings): string {
  return `?lang=${s.language}&look=${s.discreet ? 'plain' : 'full'}`;
}

/**
 * The settings a popup address carries, or null when it carries none or anything unexpected (then
 * the popup reads the settings from storage).
 */
export function firstPaintSettingsFrom(search: string): FirstPaintSettings | null {
  const params = new URLSearchParams(search);
  const language = params.get('lang');
  const look = params.get('look');
  if (!(language === 'auto' || (language !== null && isLang(language)))) return null;
  if (look !== 'plain' && look !== 'full') return null;
  return { language, discreet: look === 'plain' };
}
