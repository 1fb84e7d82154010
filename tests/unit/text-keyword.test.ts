import { describe, expect, it } from 'vitest';
import { HOTLINE_NOTES } from '@/components/hotline-notes';
import { COUNTRIES } from '@/utils/countries';
import { briefHotlines, hotlinesFor, type HotlineRecord } from '@/utils/hotlines';
import { HOTLINE_RECORDS } from './helpers/hotline-records';
import { LANGS } from '@/utils/i18n';
import { statedKeyword, textKeyword } from '@/utils/text-keyword';

const byId = (id: string) => HOTLINE_RECORDS.find((r) => r.id === id)!;
const bodyOf = (href: string) => new URL(href.replace('?&', '?')).searchParams.get('body');

describe('text keyword per language', () => {
  it('988 takes AYUDA in Spanish and no keyword in English; Crisis Text Line HOLA and HOME', () => {
    expect(textKeyword(byId('us-988-suicide-crisis-lifeline'), 'es')).toBe('AYUDA');
    expect(textKeyword(byId('us-988-suicide-crisis-lifeline'), 'en')).toBeNull();
    expect(textKeyword(byId('us-crisis-text-line'), 'es')).toBe('HOLA');
    expect(textKeyword(byId('us-crisis-text-line'), 'en')).toBe('HOME');
    // No Spanish keyword stated: the line's own keyword stays (The Hotline: START).
    expect(textKeyword(byId('us-national-domestic-violence-hotline'), 'es')).toBe('START');
  });

  it('French: the data states no French keyword for any line, so every line keeps its own', () => {
    expect(
      statedKeyword(
        { sms: { number: '686868', keyword: 'CONNECT' }, languages: ['French (text TEXTO to 686868)'] },
        'fr',
      ),
    ).toBe('TEXTO');
    for (const r of HOTLINE_RECORDS)
      if (r.sms) expect(textKeyword(r, 'fr'), r.id).toBe(statedKeyword(r, 'fr') ?? r.sms.keyword);
    expect(textKeyword(byId('us-crisis-text-line'), 'fr')).toBe('HOME');
    expect(textKeyword(byId('us-988-suicide-crisis-lifeline'), 'fr')).toBeNull();
  });

  it('reads the keyword only where the data names the line’s own text number', () => {
    const r = (languages: string[]) => ({ sms: { number: '741741', keyword: 'HOME' }, languages });
    expect(statedKeyword(r(['Spanish (text HOLA or AYUDA to 741741)']), 'es')).toBe('HOLA');
    expect(statedKeyword(r(['Spanish (text HOLA to 12345)']), 'es')).toBeNull();
    expect(statedKeyword(r(['English (text HELLO to 741741)']), 'es')).toBeNull();
    expect(statedKeyword({ sms: null, languages: ['Spanish (text HOLA to 741741)'] }, 'es')).toBeNull();
  });

  it('every sms: link of the popup and of the welcome page carries the keyword the data states for the UI language', () => {
    for (const lang of LANGS)
      for (const c of COUNTRIES) {
        const records = HOTLINE_RECORDS.filter((r) => r.country === c);
        for (const line of hotlinesFor(c, HOTLINE_RECORDS, lang)) {
          if (!line.text) continue;
          const r = records.find((x) => x.id === line.id)!;
          const want = statedKeyword(r, lang) ?? r.sms!.keyword;
          expect(line.text.keyword, `${lang} ${line.id}`).toBe(want);
          expect(bodyOf(line.text.href), `${lang} ${line.id} href`).toBe(want);
        }
        for (const line of briefHotlines(c, HOTLINE_RECORDS, lang)) {
          if (!line.text) continue;
          const r = records.find((x) => x.id === line.id) as HotlineRecord;
          expect(line.text.keyword, `welcome ${lang} ${line.id}`).toBe(statedKeyword(r, lang) ?? r.sms!.keyword);
        }
      }
  });

  it('a keyword a note tells the reader to send is the one the link sends (no "send HOLA" over a HOME link)', () => {
    const sendWord = {
      en: /\btext ([A-Z]{3,})\b/,
      es: /\benv[ií]a ([A-Z]{3,})\b/,
      fr: /\btextez ([A-Z]{3,})\b/,
    } as const;
    let checked = 0;
    for (const lang of LANGS)
      for (const c of COUNTRIES)
        for (const line of hotlinesFor(c, HOTLINE_RECORDS, lang)) {
          const said = HOTLINE_NOTES[line.id]?.caveat?.[lang]?.match(sendWord[lang])?.[1];
          if (!said || !line.text) continue;
          // 988's English and French notes tell Spanish speakers "text AYUDA": the Spanish link's word.
          const forLang =
            lang !== 'es' && /\b(Spanish|espagnol)\b/.test(HOTLINE_NOTES[line.id]!.caveat![lang]) ? 'es' : lang;
          expect(
            textKeyword(
              HOTLINE_RECORDS.find((r) => r.id === line.id)!,
              forLang,
            ),
            `${lang} ${line.id}`,
          ).toBe(said);
          checked++;
        }
    expect(checked).toBeGreaterThan(0);
  });
});
