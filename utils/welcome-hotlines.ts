/**
 * The short hotline list of the welcome page: for one country, the emergency number, then the
 * trafficking and domestic-violence lines. Verified entries only; numbers exactly as in
 * data/hotlines/hotlines.json (never rewritten). The popup has the full list.
 */
import { guessCountry, isCountry } from './countries';

/** The fields of a hotlines.json entry this list reads. */
export interface HotlineEntry {
  id: string;
  name: string;
  country: string;
  phone?: string | null;
  phone_display?: string | null;
  sms?: { number?: string | null; keyword?: string | null } | null;
  hours?: string | null;
  topics: string[];
  verified: boolean;
  unverified_fields?: string[];
}

/** One line of the welcome page's list. */
export interface BriefHotline {
  id: string;
  name: string;
  topic: 'emergency' | 'trafficking' | 'domestic-violence';
  /** As shown in the data (phone_display when present, else phone). */
  display: string;
  /** For the `tel:` link: digits and a leading + only. */
  dial: string;
  text?: { number: string; keyword: string | null };
  hours?: string;
}

const TOPICS = ['emergency', 'trafficking', 'domestic-violence'] as const;

/** For `tel:` links: keep digits, star codes ("*765") and a leading +; the shown number is never changed. */
export function telDigits(phone: string): string {
  const plus = phone.trim().startsWith('+') ? '+' : '';
  return plus + phone.replace(/[^0-9*]/g, '');
}

/**
 * The welcome page's lines for `country`: the first verified line of each topic, emergency first,
 * then trafficking, then domestic violence (the popup lists the rest). A line listed under the
 * topic first (as the popup lists it) comes before one that only also covers it: Spain's 016 is
 * its domestic-violence line, though it takes "all forms of violence against women".
 */
export function briefHotlines(all: readonly HotlineEntry[], country: string): BriefHotline[] {
  const out: BriefHotline[] = [];
  for (const topic of TOPICS)
    for (const e of [...all.filter((x) => x.topics[0] === topic), ...all.filter((x) => x.topics[0] !== topic)]) {
      if (e.country !== country || !e.verified || !e.topics.includes(topic) || !e.phone) continue;
      if (out.some((o) => o.id === e.id || o.topic === topic)) continue;
      // A text number is shown only where the data does not flag it as unverified.
      const smsOpen = e.unverified_fields?.some((f) => f.startsWith('sms'));
      const sms = e.sms?.number && e.sms.number !== e.phone && !smsOpen ? e.sms : null;
      out.push({
        id: e.id,
        name: e.name,
        topic,
        display: e.phone_display || e.phone,
        dial: telDigits(e.phone),
        ...(sms ? { text: { number: sms.number!, keyword: sms.keyword ?? null } } : {}),
        // Round-the-clock lines say so, in the same words in every language (the data's hours are
        // English notes, e.g. "24/7 (legal advice reported 08:00-22:00 daily)"); other hours are
        // detailed (and caveated) in the popup.
        ...(e.hours?.startsWith('24/7') && !e.unverified_fields?.some((f) => f.startsWith('hours'))
          ? { hours: '24/7' }
          : {}),
      });
    }
  return out;
}

/**
 * The country to start with: the user's setting, else the popup's guess from the browser language
 * (`es-MX` -> MX, `fil` -> PH; utils/countries.ts), else the United States.
 */
export function welcomeCountry(
  setting: string | null,
  uiLanguage: string = globalThis.navigator?.language ?? '',
): string {
  if (isCountry(setting)) return setting;
  return guessCountry([uiLanguage]) ?? 'US';
}
