/**
 * The short hotline list of the welcome page: for one country, the emergency number, then the
 * trafficking and domestic-violence lines. Verified entries only; numbers exactly as in
 * data/hotlines/hotlines.json (never rewritten). The popup has the full list.
 */
import { isCountry } from './countries';
import type { Lang } from './i18n';
import { textKeyword } from './text-keyword';

/** The fields of a hotlines.json entry this list reads. */
export interface HotlineEntry {
  id: string;
  name: string;
  country: string;
  phone?: string | null;
  phone_display?: string | null;
  sms?: { number?: string | null; keyword?: string | null } | null;
  hours?: string | null;
  languages?: string[];
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

/** For `tel:` links: keep digits and a leading +; the shown number is never changed. */
export function telDigits(phone: string): string {
  const plus = phone.trim().startsWith('+') ? '+' : '';
  return plus + phone.replace(/\D/g, '');
}

/**
 * The welcome page's lines for `country`: the first verified line of each topic, emergency first,
 * then trafficking, then domestic violence (the popup lists the rest). Text keywords in `lang`.
 */
export function briefHotlines(all: readonly HotlineEntry[], country: string, lang: Lang = 'en'): BriefHotline[] {
  const out: BriefHotline[] = [];
  for (const topic of TOPICS)
    for (const e of all) {
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
        ...(sms ? { text: { number: sms.number!, keyword: textKeyword(e, lang) } } : {}),
        // Round-the-clock lines say so; other hours are detailed (and caveated) in the popup.
        ...(e.hours?.startsWith('24/7') ? { hours: e.hours } : {}),
      });
    }
  return out;
}

/**
 * The country to start with: the user's setting, else the region of the browser language
 * (`es-MX` -> MX), else the United States.
 */
export function welcomeCountry(
  setting: string | null,
  uiLanguage: string = globalThis.navigator?.language ?? '',
): string {
  if (isCountry(setting)) return setting;
  const region = uiLanguage.split(/[-_]/)[1]?.toUpperCase();
  return isCountry(region) ? region : 'US';
}
