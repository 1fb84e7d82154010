import { cloakPage } from './cloak';
import type { Lang } from './i18n';
import { PanicKeyDetector, type KeyInput } from './panic-key';
import type { TriggerSettings } from './settings-schema';

/**
 * The welcome page's practice exit. The content script does not run on extension pages, so the
 * welcome page runs the same detector (`PanicKeyDetector`) and the same first step
 * (`cloakPage`) itself, then lifts the cloak and explains what a real exit would have done.
 */

/** How long the practice keeps the page hidden, so the user sees what an exit looks like. */
export const PRACTICE_HIDDEN_MS = 1200;

const TRIGGER_NAMES: Record<Lang, Record<keyof TriggerSettings, string>> = {
  en: { doubleEscape: 'Escape twice', tripleShift: 'Shift three times', singleEscape: 'Escape once' },
  es: { doubleEscape: 'Escape dos veces', tripleShift: 'Shift tres veces', singleEscape: 'Escape una vez' },
  fr: { doubleEscape: 'Échap deux fois', tripleShift: 'Maj (Shift) trois fois', singleEscape: 'Échap une fois' },
};

/** The keys the user chose, in words ("Escape twice", "Shift three times"). */
export function triggerNames(triggers: TriggerSettings, lang: Lang): string[] {
  // Single Escape makes "twice" redundant: the first press already exits.
  const on = (k: keyof TriggerSettings) => triggers[k] && !(k === 'doubleEscape' && triggers.singleEscape);
  return (['singleEscape', 'doubleEscape', 'tripleShift'] as const).filter(on).map((k) => TRIGGER_NAMES[lang][k]);
}

/** The cover's spoken word in the page's language (the welcome page sets `<html lang>`). */
const coverLang = (doc: Document): Lang => {
  const lang = doc.documentElement?.lang ?? '';
  return lang.startsWith('es') ? 'es' : lang.startsWith('fr') ? 'fr' : 'en';
};

/**
 * Listens for the user's keys on `win` (capture phase, like the content script). While `armed()`
 * says so, a completed sequence hides the page for {@link PRACTICE_HIDDEN_MS} and then calls
 * `onPractised`; otherwise it calls `onRealExit` (the welcome page exits for real, like any page).
 * Returns a function that stops listening.
 */
export function listenForPractice(
  win: Window,
  detector: PanicKeyDetector,
  handlers: { armed(): boolean; onPractised(): void; onRealExit(): void },
): () => void {
  let hiding = false;
  const onKey = (e: KeyboardEvent) => {
    if (hiding || !detector.handle(e as KeyInput)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    if (!handlers.armed()) {
      cloakPage(win.document, coverLang(win.document));
      handlers.onRealExit();
      return;
    }
    hiding = true;
    const title = win.document.title;
    const uncloak = cloakPage(win.document, coverLang(win.document));
    win.setTimeout(() => {
      uncloak();
      win.document.title = title;
      hiding = false;
      handlers.onPractised();
    }, PRACTICE_HIDDEN_MS);
  };
  win.addEventListener('keydown', onKey, true);
  win.addEventListener('keyup', onKey, true);
  return () => {
    win.removeEventListener('keydown', onKey, true);
    win.removeEventListener('keyup', onKey, true);
  };
}
