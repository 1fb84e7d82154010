import type { Lang } from './i18n';

/**
 * The word to send to a text line, in the UI language. hotlines.json gives one `sms.keyword` (the
 * line's default, English) and states the Spanish one in the line's `languages` entry, in the line's
 * own words: "Spanish (call: press 2; text: AYUDA to 988; …)", "Spanish (text HOLA or AYUDA to
 * 741741)". A Spanish speaker who sends the English word (HOME) reaches an English-speaking
 * counselor, so the `sms:` link itself carries the Spanish word.
 */

/** The name the data uses for each UI language in `languages` entries. */
const DATA_LANGUAGE: Record<Lang, string> = { en: 'English', es: 'Spanish', fr: 'French' };

/** The fields of a hotline record this reads. */
export interface TextKeywordSource {
  sms?: { number?: string | null; keyword?: string | null } | null;
  languages?: readonly string[] | null;
}

const digits = (s: string) => s.replace(/\D/g, '');

/**
 * The keyword the data states for texting this line in `lang` ("text AYUDA to 988"), only when
 * it names the line's own text number; the first word where the data offers two ("HOLA or AYUDA").
 */
export function statedKeyword(record: TextKeywordSource, lang: Lang): string | null {
  const number = record.sms?.number;
  if (!number) return null;
  for (const entry of record.languages ?? []) {
    if (!entry.startsWith(DATA_LANGUAGE[lang])) continue;
    for (const m of entry.matchAll(/\btext:?\s+([A-Z][A-Z0-9]+)(?:\s+or\s+[A-Z][A-Z0-9]+)*\s+to\s+([\d-]+)/g))
      if (digits(m[2]) === digits(number)) return m[1];
  }
  return null;
}

/** The keyword for an `sms:` link to this line in `lang`: the language's own, else the default. */
export function textKeyword(record: TextKeywordSource, lang: Lang): string | null {
  return statedKeyword(record, lang) ?? record.sms?.keyword ?? null;
}
