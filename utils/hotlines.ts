import { guessCountry, isCountry, type Country } from './countries';
import type { Lang } from './i18n';
import { textKeyword } from './text-keyword';
import { dialable } from './validate';

/**
 * The verified hotlines that ship with the extension (`data/hotlines/hotlines.json`, sources in
 * `data/hotlines/SOURCES.md`), turned into what the popup shows. The numbers are never edited
 * here: what is not verified in the data is simply not shown or not offered. The records come from
 * the caller: pages load one country's at a time (utils/hotline-chunks.ts); this module holds no data.
 */

/** One record of `hotlines.json`, as compiled (see SOURCES.md for what `verified` means). */
export interface HotlineRecord {
  id: string;
  name: string;
  country: string;
  phone: string | null;
  phone_display?: string;
  sms: { number: string; keyword: string | null } | null;
  chat_url: string | null;
  website: string | null;
  hours: string;
  languages: string[];
  topics: string[];
  sources: string[];
  verified: boolean;
  /** Fields not confirmed; the field name is the first word ("sms (secondary only)" -> sms). */
  unverified_fields: string[];
  notes?: string;
}

/**
 * The date of the newest material the list was checked against (SOURCES.md: "The newest dated
 * material used is from about Oct 2026"). Nothing was dialled: the popup says so.
 */
export const HOTLINES_CHECKED = '2026-10';

/** Topics in the order the popup lists them: emergency first. */
export const TOPIC_ORDER = [
  'emergency',
  'trafficking',
  'domestic-violence',
  'sexual-assault',
  'crisis',
  'lgbtq',
  'youth',
] as const;
export type Topic = (typeof TOPIC_ORDER)[number];

/** What the popup can do with a hotline; only verified fields become actions. */
export interface Hotline {
  id: string;
  name: string;
  /** The topic it is listed under: the first one the data gives. */
  topic: Topic;
  topics: Topic[];
  /** The number to dial or copy, as the data gives it ("1-800-799-7233"), or null. */
  phone: string | null;
  /** The number as the organisation writes it (e.g. "1.800.799.SAFE (7233)"), or null. */
  phoneDisplay: string | null;
  /** `tel:` link, or null when there is no number to call. */
  callHref: string | null;
  /** Text action: `sms:` link, the number and the keyword to send (if any). */
  text: { href: string; number: string; keyword: string | null } | null;
  /** Chat if its address is verified, otherwise the verified website, otherwise nothing. */
  web: { kind: 'chat' | 'website'; url: string } | null;
  /** True when the phone line is open around the clock (and the data does not doubt it). */
  open247: boolean;
  /** The hours as the data states them (English). */
  hours: string;
  /** Plain language names (English, Spanish, French) the data lists. */
  languages: string[];
  languagesConfirmed: boolean;
  sources: string[];
}

/** The names of the fields a record marks unverified ("chat_url (secondary only)" -> "chat_url"). */
export function unverifiedFields(record: Pick<HotlineRecord, 'unverified_fields'>): Set<string> {
  return new Set(record.unverified_fields.map((f) => f.trim().split(/[\s(]/)[0]));
}

/**
 * A `tel:` link for a number as printed ("1-888-373-7888" -> "tel:18883737888"). A `#` is
 * written `%23`: left bare it starts the URL's fragment, and `*123#456` would dial only `*123`
 * (RFC 3966 reserves `#`; `*` needs no escape).
 */
export function telHref(phone: string): string {
  return `tel:${dialable(phone).replaceAll('#', '%23')}`;
}

/**
 * An `sms:` link with the keyword as the message body. RFC 5724 writes `sms:88788?body=START`;
 * iOS 8 and later read `&body=`; `sms:88788?&body=START` is understood by both, because the empty
 * first parameter is ignored. The popup also shows "Text START to 88788" in words, in case the
 * phone app does not fill the message in.
 */
export function smsHref(number: string, keyword: string | null): string {
  const to = dialable(number).replaceAll('#', '%23');
  return keyword ? `sms:${to}?&body=${encodeURIComponent(keyword)}` : `sms:${to}`;
}

const isTopic = (t: string): t is Topic => (TOPIC_ORDER as readonly string[]).includes(t);
const PLAIN_LANGUAGES = ['English', 'Spanish', 'French'];

/**
 * Turns a verified record into what the popup shows; null for records that are not verified. The
 * text keyword is the one the data gives for `lang` (AYUDA, HOLA in Spanish), see `textKeyword`.
 */
export function toHotline(r: HotlineRecord, lang: Lang = 'en'): Hotline | null {
  if (!r.verified) return null;
  const unverified = unverifiedFields(r);
  const topics = r.topics.filter(isTopic);
  if (!topics.length) return null;
  const phone = r.phone && !unverified.has('phone') ? r.phone : null;
  const sms = r.sms && !unverified.has('sms') ? { number: r.sms.number, keyword: textKeyword(r, lang) } : null;
  const chat = r.chat_url && !unverified.has('chat_url') ? r.chat_url : null;
  const site = r.website && !unverified.has('website') ? r.website : null;
  if (!phone && !sms) return null;
  const languages = PLAIN_LANGUAGES.filter((l) => r.languages.some((entry) => entry.startsWith(l)));
  return {
    id: r.id,
    name: r.name,
    topic: topics[0],
    topics,
    phone,
    phoneDisplay: phone ? (r.phone_display ?? phone) : null,
    callHref: phone ? telHref(phone) : null,
    text: sms ? { href: smsHref(sms.number, sms.keyword), number: sms.number, keyword: sms.keyword } : null,
    web: chat ? { kind: 'chat', url: chat } : site ? { kind: 'website', url: site } : null,
    // Round the clock only where the data says so and does not mark the hours unconfirmed.
    open247: /^(phone )?24\/7/i.test(r.hours) && !unverified.has('hours'),
    hours: r.hours,
    languages,
    languagesConfirmed: !unverified.has('languages'),
    sources: r.sources,
  };
}

/** The lines of `country` that can be offered (`toHotline`), in the data's order. */
function countryLines(country: string, records: readonly HotlineRecord[], lang: Lang): Hotline[] {
  return records
    .filter((r) => r.country === country)
    .map((r) => toHotline(r, lang))
    .filter((h): h is Hotline => h !== null);
}

/**
 * The verified hotlines of a country, emergency first, then trafficking, domestic violence, sexual
 * assault, crisis, LGBTQ+ (trans lines included), youth; the data's order within a topic.
 */
export function hotlinesFor(country: string, records: readonly HotlineRecord[], lang: Lang = 'en'): Hotline[] {
  const shown = countryLines(country, records, lang);
  const rank = (h: Hotline) => TOPIC_ORDER.indexOf(h.topic);
  // Array sorting is stable: the data's order is kept within a topic.
  return shown.toSorted((a, b) => rank(a) - rank(b));
}

/** The topics of the welcome page's short list, in its order. */
export const BRIEF_TOPICS = ['emergency', 'trafficking', 'domestic-violence'] as const;

/** One line of the welcome page's short list: a hotline and the topic it stands for there. */
export interface BriefHotline extends Hotline {
  briefTopic: (typeof BRIEF_TOPICS)[number];
  phone: string;
  phoneDisplay: string;
  callHref: string;
}

/**
 * The welcome page's short list for `country`: the first line (in the data's order) with a number
 * to call for each of emergency, trafficking and domestic violence. The popup lists them all. A
 * text number is offered only when it differs from the phone number; hours only when round the
 * clock (other hours are detailed, with their caveats, in the popup).
 */
export function briefHotlines(country: string, records: readonly HotlineRecord[], lang: Lang = 'en'): BriefHotline[] {
  const lines = countryLines(country, records, lang).filter(
    (h): h is Hotline & Pick<BriefHotline, 'phone' | 'phoneDisplay' | 'callHref'> => h.phone != null,
  );
  const out: BriefHotline[] = [];
  for (const topic of BRIEF_TOPICS) {
    // A line listed under the topic first comes before one that only also covers it: Spain's 016 is
    // its domestic-violence line, though it takes "all forms of violence against women".
    const free = (l: (typeof lines)[number]) => !out.some((o) => o.id === l.id);
    const h =
      lines.find((l) => l.topics[0] === topic && free(l)) ?? lines.find((l) => l.topics.includes(topic) && free(l));
    if (h) out.push({ ...h, briefTopic: topic, text: h.text && h.text.number !== h.phone ? h.text : null });
  }
  return out;
}

/**
 * The country whose hotlines a page shows first: the user's setting, else the one guess from the
 * browser's languages (utils/countries.ts), else null (the page asks, or starts from `fallback`).
 */
export function startCountry(setting: string | null | undefined, locales: readonly string[]): Country | null {
  return isCountry(setting) ? setting : guessCountry(locales);
}
