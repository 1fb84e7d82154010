import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOTLINE_NOTES } from '@/components/hotline-notes';
import {
  COUNTRIES,
  COUNTRY_NAMES,
  browserLocales,
  countryName,
  foldForSearch,
  guessCountry,
  searchCountries,
} from '@/utils/countries';
import { LANGS } from '@/utils/i18n';
import {
  briefHotlines,
  hotlinesFor,
  startCountry,
  smsHref,
  telHref,
  toHotline,
  unverifiedFields,
  type HotlineRecord,
} from '@/utils/hotlines';
import { HOTLINE_RECORDS } from './helpers/hotline-records';

/** The sources file, read from this repository only. */
const SOURCES = fs.readFileSync(path.resolve(__dirname, '../../data/hotlines/SOURCES.md'), 'utf8');
const digitsOf = (s: string) => s.replace(/[^0-9*]/g, '');
/** SOURCES.md with the usual separators of printed numbers taken out ("0800 733 843" -> "0800733843"). */
const SOURCE_DIGITS = SOURCES.replace(/[\s\-.()\u2010\u2011\u2013]/g, '');
/** The same with letters read as a phone keypad does, for numbers printed as words ("1.800.799.SAFE"). */
const KEYPAD = ['ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'];
const SOURCE_KEYPAD = SOURCE_DIGITS.replace(/[A-Z]/g, (ch) => String(KEYPAD.findIndex((k) => k.includes(ch)) + 2));
/** True when the number's digits are in SOURCES.md (long numbers: also as words, or without the +1/1 prefix). */
function quotedInSources(number: string): boolean {
  const d = digitsOf(number);
  if (SOURCE_DIGITS.includes(d)) return true;
  if (d.length < 10) return false;
  const national = d.replace(/^1(?=\d{10}$)/, '');
  return SOURCE_DIGITS.includes(national) || SOURCE_KEYPAD.includes(d) || SOURCE_KEYPAD.includes(national);
}
const VERIFIED = HOTLINE_RECORDS.filter((r) => r.verified);

const record = (patch: Partial<HotlineRecord>): HotlineRecord => ({
  id: 'test',
  name: 'Test line',
  country: 'US',
  phone: '1-800-555-0100',
  sms: { number: '12345', keyword: 'START' },
  chat_url: 'https://chat.example/',
  website: 'https://site.example/',
  hours: '24/7',
  languages: ['English', 'Spanish (press 2)', '200+ languages'],
  topics: ['crisis'],
  sources: ['https://source.example/'],
  verified: true,
  unverified_fields: [],
  ...patch,
});

describe('hotline data', () => {
  it('ships every record with the fields the popup reads', () => {
    expect(HOTLINE_RECORDS.length).toBeGreaterThan(20);
    for (const r of HOTLINE_RECORDS) {
      expect(typeof r.id).toBe('string');
      expect(typeof r.verified).toBe('boolean');
      expect(Array.isArray(r.unverified_fields)).toBe(true);
      expect(r.sources.length).toBeGreaterThan(0);
    }
  });

  it('names the sources of every entry, each web source quoted in SOURCES.md', () => {
    for (const r of HOTLINE_RECORDS) {
      const web = r.sources.filter((x) => /^https?:\/\//.test(x));
      expect(web.length, r.id).toBeGreaterThan(0);
      for (const url of web) expect(SOURCES.includes(url), `${r.id}: ${url}`).toBe(true);
    }
  });

  it('has every digit of every shown number and text number in SOURCES.md', () => {
    for (const r of VERIFIED) {
      if (r.phone) expect(quotedInSources(r.phone), `${r.id}: ${r.phone}`).toBe(true);
      if (r.sms) expect(quotedInSources(r.sms.number), `${r.id}: ${r.sms.number}`).toBe(true);
    }
    // The check can fail: numbers that are nowhere in the sources.
    expect(quotedInSources('0800 555 0199')).toBe(false);
    expect(quotedInSources('1-800-555-0199')).toBe(false);
  });

  it('names every entry by its id in SOURCES.md', () => {
    for (const r of HOTLINE_RECORDS) expect(SOURCES.includes(`\`${r.id}\``), r.id).toBe(true);
  });

  it('never shows an unverified record', () => {
    const unverified = HOTLINE_RECORDS.filter((r) => !r.verified).map((r) => r.id);
    expect(unverified.length).toBeGreaterThan(0); // the data has some: the test can fail
    const shown = COUNTRIES.flatMap((c) => hotlinesFor(c, HOTLINE_RECORDS).map((h) => h.id));
    for (const id of unverified) expect(shown).not.toContain(id);
    // Nor does the welcome page.
    const welcome = COUNTRIES.flatMap((c) => briefHotlines(c, HOTLINE_RECORDS).map((h) => h.id));
    for (const id of unverified) expect(welcome).not.toContain(id);
    expect(unverified).toEqual(
      expect.arrayContaining(['nz-mbie-migrant-exploitation-line', 'gb-switchboard-lgbt', 'do-trata-809-200-7393']),
    );
  });

  it('shows the emergency number first in every country, on the popup and the welcome page', () => {
    for (const c of COUNTRIES) {
      expect(hotlinesFor(c, HOTLINE_RECORDS)[0].topic, c).toBe('emergency');
      expect(briefHotlines(c, HOTLINE_RECORDS)[0]?.briefTopic, c).toBe('emergency');
    }
  });

  it('gives the welcome page the same country guess, and "24/7" in words every language shares', () => {
    expect(startCountry(null, ['fil'])).toBe('PH');
    expect(startCountry(null, ['en-IN'])).toBe('IN');
    expect(startCountry(null, ['es-AR'])).toBe('AR');
    const spain = briefHotlines('ES', HOTLINE_RECORDS);
    expect(spain.map((l) => l.id)).toEqual(['es-112', 'es-policia-nacional-trata', 'es-016']);
    const dv = spain[2];
    expect(HOTLINE_RECORDS.find((r) => r.id === 'es-016')!.hours).toMatch(/^24\/7 \(legal advice/);
    expect(dv.open247).toBe(true);
  });

  it('dials star codes with their star ("*765" -> tel:*765)', () => {
    expect(telHref('*765')).toBe('tel:*765');
    expect(hotlinesFor('MX', HOTLINE_RECORDS).find((h) => h.id === 'mx-cdmx-linea-sos-mujeres-765')?.callHref).toBe(
      'tel:*765',
    );
  });

  it('offers no action for a field marked unverified', () => {
    expect([
      ...unverifiedFields(record({ unverified_fields: ['sms (secondary only)', 'chat_url', 'languages'] })),
    ]).toEqual(['sms', 'chat_url', 'languages']);
    const line = toHotline(record({ unverified_fields: ['sms (secondary only)', 'chat_url (secondary only)'] }))!;
    expect(line.text).toBeNull();
    expect(line.web).toEqual({ kind: 'website', url: 'https://site.example/' });
    const none = toHotline(record({ unverified_fields: ['chat_url', 'website'] }))!;
    expect(none.web).toBeNull();
    // In the real data: RAINN's and the Runaway Safeline's text numbers are not verified.
    const us = hotlinesFor('US', HOTLINE_RECORDS);
    expect(us.find((h) => h.id === 'us-rainn-national-sexual-assault-hotline')?.text).toBeNull();
    expect(us.find((h) => h.id === 'us-national-runaway-safeline')?.text).toBeNull();
    expect(us.find((h) => h.id === 'us-national-human-trafficking-hotline')?.web).toEqual({
      kind: 'website',
      url: 'https://humantraffickinghotline.org/en/get-help',
    });
  });

  it('keeps every number exactly as the data gives it', () => {
    for (const c of COUNTRIES)
      for (const h of hotlinesFor(c, HOTLINE_RECORDS)) {
        const r = HOTLINE_RECORDS.find((x) => x.id === h.id)!;
        expect(h.phone).toBe(r.phone);
        if (h.callHref) expect(h.callHref).toBe(telHref(r.phone!));
        if (h.text) expect(h.text.number).toBe(r.sms!.number);
      }
  });

  it('lists emergency first, then trafficking, domestic violence, sexual assault, crisis, LGBTQ+, youth', () => {
    const order = hotlinesFor('US', HOTLINE_RECORDS).map((h) => h.id);
    expect(order[0]).toBe('us-911');
    const at = (id: string) => order.indexOf(id);
    expect(at('us-national-human-trafficking-hotline')).toBeLessThan(at('us-national-domestic-violence-hotline'));
    expect(at('us-national-domestic-violence-hotline')).toBeLessThan(at('us-rainn-national-sexual-assault-hotline'));
    expect(at('us-rainn-national-sexual-assault-hotline')).toBeLessThan(at('us-988-suicide-crisis-lifeline'));
    expect(at('us-988-suicide-crisis-lifeline')).toBeLessThan(at('us-trans-lifeline'));
    expect(at('us-trans-lifeline')).toBeLessThan(at('us-childhelp-national-child-abuse-hotline'));
    for (const c of COUNTRIES) expect(hotlinesFor(c, HOTLINE_RECORDS)[0].topic, c).toBe('emergency');
  });

  it('builds tel: and sms: links (sms with the keyword as body)', () => {
    expect(telHref('1-888-373-7888')).toBe('tel:18883737888');
    expect(telHref('08000 121 700')).toBe('tel:08000121700');
    expect(smsHref('88788', 'START')).toBe('sms:88788?&body=START');
    expect(smsHref('678-678', 'START')).toBe('sms:678678?&body=START');
    expect(smsHref('233733', null)).toBe('sms:233733');
  });

  it('reads plain language names and whether they are confirmed', () => {
    const line = toHotline(record({ unverified_fields: ['languages'] }))!;
    expect(line.languages).toEqual(['English', 'Spanish']);
    expect(line.languagesConfirmed).toBe(false);
  });
});

describe('hotline notes', () => {
  it('only describe hotlines that exist', () => {
    const ids = new Set(HOTLINE_RECORDS.map((r) => r.id));
    for (const id of Object.keys(HOTLINE_NOTES)) expect(ids.has(id), id).toBe(true);
  });

  it('do not call a line 24/7 when the data marks its hours unconfirmed', () => {
    const doubted = VERIFIED.filter((r) => r.hours.startsWith('24/7') && unverifiedFields(r).has('hours'));
    expect(doubted.map((r) => r.id)).toEqual(expect.arrayContaining(['cl-133-carabineros', 'hn-911']));
    for (const r of doubted) {
      expect(toHotline(r)?.open247, r.id).toBe(false);
      expect(briefHotlines(r.country, [r])[0]?.open247 ?? false, r.id).toBe(false);
    }
  });

  it('give the hours, in both languages, of every shown line that is not open 24/7', () => {
    for (const c of COUNTRIES)
      for (const h of hotlinesFor(c, HOTLINE_RECORDS).filter((x) => !x.open247)) {
        expect(HOTLINE_NOTES[h.id]?.hours?.en, h.id).toBeTruthy();
        expect(HOTLINE_NOTES[h.id]?.hours?.es, h.id).toBeTruthy();
      }
  });

  it('warn that the US trafficking hotline may share tips with law enforcement', () => {
    const note = HOTLINE_NOTES['us-national-human-trafficking-hotline'].caveat!;
    expect(note.en).toMatch(/Not the police/);
    expect(note.en).toMatch(/Compass Connections/);
    expect(note.en).toMatch(/September 2025/);
    expect(note.en).toMatch(/law enforcement/);
    expect(note.en).toMatch(/not confirmed/);
    expect(note.en).toMatch(/before you give names or places/);
    expect(note.es).toMatch(/No es la policía/);
    expect(note.es).toMatch(/septiembre de 2025/);
    expect(note.es).toMatch(/autoridades/);
    expect(note.es).toMatch(/antes de dar nombres o lugares/);
    expect(note.en).not.toMatch(/confidential/i);
    // What it says is in the sources.
    for (const quoted of ['Compass Connections', 'as appropriate, share information with law enforcement'])
      expect(SOURCES).toContain(quoted);
  });

  it('say plainly when a line is the police, is answered by the police or sends the police', () => {
    const police = VERIFIED.filter((r) =>
      /THIS IS (THE|A) POLICE|OPERATED BY POLIC|CAN send police/.test(r.notes ?? ''),
    );
    expect(police.length).toBeGreaterThan(6);
    for (const r of police) {
      expect(HOTLINE_NOTES[r.id]?.caveat?.en, r.id).toMatch(/police|Policía/);
      expect(HOTLINE_NOTES[r.id]?.caveat?.es, r.id).toMatch(/polic/i);
    }
  });

  it('name no number that is not a shown line’s number', () => {
    const shown = new Set(
      COUNTRIES.flatMap((c) => hotlinesFor(c, HOTLINE_RECORDS)).flatMap((h) =>
        [h.phone, h.text?.number].filter(Boolean).map((n) => digitsOf(n!)),
      ),
    );
    // A run of 3 or more digits (spaces inside allowed, as numbers are printed), not a time, not a year.
    const numberLike = /(?<![\d:])\*?\d{2,}(?: \d{2,})*(?![\d:])/g;
    for (const [id, note] of Object.entries(HOTLINE_NOTES))
      for (const text of [note.hours?.en, note.hours?.es, note.caveat?.en, note.caveat?.es])
        for (const m of text?.match(numberLike) ?? []) {
          const d = digitsOf(m);
          if (d.length < 3 || /^(19|20)\d\d$/.test(d)) continue;
          expect(shown.has(d), `${id}: ${m}`).toBe(true);
        }
  });

  it('are written in tú in Spanish, never usted', () => {
    for (const [id, note] of Object.entries(HOTLINE_NOTES))
      for (const text of [note.hours?.es, note.caveat?.es])
        expect(text ?? '', id).not.toMatch(/\b(usted|llame|marque|pregunte|consulte)\b/i);
  });
});

describe('the country list', () => {
  it('is every country the data has a verified hotline for (kept apart from the data for a fast popup)', () => {
    const inData = new Set(HOTLINE_RECORDS.filter((r) => r.verified).map((r) => r.country));
    expect(new Set(COUNTRIES)).toEqual(inData);
    for (const c of COUNTRIES) expect(hotlinesFor(c, HOTLINE_RECORDS).length, c).toBeGreaterThan(0);
  });
});

describe('country names and search', () => {
  it('names every country in every language, once', () => {
    for (const lang of LANGS) for (const c of COUNTRIES) expect(countryName(c, lang), `${lang} ${c}`).toBeTruthy();
    expect(Object.keys(COUNTRY_NAMES.en).toSorted()).toEqual([...COUNTRIES].toSorted());
    expect(countryName('MX', 'es')).toBe('México');
    expect(countryName('DO', 'es')).toBe('República Dominicana');
  });

  it('finds a country by its name in any language, without accents, by another name or code', () => {
    expect(searchCountries('mex', 'en')).toEqual(['MX']);
    expect(searchCountries('mexico', 'es')).toEqual(['MX']);
    expect(searchCountries('PERU', 'es')).toEqual(['PE']);
    expect(searchCountries('filipinas', 'en')).toEqual(['PH']);
    expect(searchCountries('uk', 'en')).toEqual(['GB']);
    expect(searchCountries('usa', 'es')).toEqual(['US']);
    expect(searchCountries('ie', 'en')[0]).toBe('IE');
    expect(searchCountries('zzz', 'en')).toEqual([]);
    expect(foldForSearch('  Canadá ')).toBe('canada');
  });

  it('lists names that start with the text first, then names that contain it; all when empty', () => {
    const found = searchCountries('in', 'en');
    expect(found[0]).toBe('IN'); // India starts with "in" (and is its code)
    expect(found).toContain('AR'); // Argentina contains "in"
    expect(searchCountries('', 'es')).toHaveLength(COUNTRIES.length);
    expect(searchCountries('', 'es')[0]).toBe('AR'); // sorted by the Spanish name
  });
});

describe('guessCountry', () => {
  it('reads the region of the browser language', () => {
    expect(guessCountry(['es-MX'])).toBe('MX');
    expect(guessCountry(['en-GB'])).toBe('GB');
    expect(guessCountry(['en-US'])).toBe('US');
    expect(guessCountry(['es-US'])).toBe('US');
    expect(guessCountry(['fr-CA'])).toBe('CA');
    expect(guessCountry(['en-AU'])).toBe('AU');
    expect(guessCountry(['en-IE'])).toBe('IE');
    expect(guessCountry(['en-NZ'])).toBe('NZ');
    expect(guessCountry(['es-ES'])).toBe('ES');
    expect(guessCountry(['es-AR'])).toBe('AR');
    expect(guessCountry(['es-CO'])).toBe('CO');
    expect(guessCountry(['es-DO'])).toBe('DO');
    expect(guessCountry(['en-PH'])).toBe('PH');
    expect(guessCountry(['fil-PH'])).toBe('PH');
    expect(guessCountry(['en-IN'])).toBe('IN');
    expect(guessCountry(['hi-IN'])).toBe('IN');
  });

  it('reads a language that points to one country when no region is named (fil -> PH, hi -> IN)', () => {
    expect(guessCountry(['fil'])).toBe('PH');
    expect(guessCountry(['tl'])).toBe('PH');
    expect(guessCountry(['hi'])).toBe('IN');
    expect(guessCountry(['hi', 'en-US'])).toBe('IN');
    // A region, where named, wins over the language: Hindi in the UK.
    expect(guessCountry(['hi-GB'])).toBe('GB');
    // A region we have no lines for says the user is elsewhere: no guess from the language.
    expect(guessCountry(['hi-AE'])).toBeNull();
  });

  it('takes the first language that names a country with hotlines', () => {
    expect(guessCountry(['es', 'es-419', 'es-MX', 'en-US'])).toBe('MX');
  });

  it('reads the UI language first, then the page languages', () => {
    const locales = browserLocales({ i18n: { getUILanguage: () => 'es' } }, { languages: ['es', 'es-US', 'en-US'] });
    expect(locales).toEqual(['es', 'es', 'es-US', 'en-US']);
    expect(guessCountry(locales)).toBe('US');
  });

  it('returns null when it cannot tell (the popup then asks)', () => {
    expect(guessCountry(['es'])).toBeNull();
    expect(guessCountry(['en'])).toBeNull();
    expect(guessCountry(['de-DE', 'pt-BR', 'es-419', 'fr'])).toBeNull();
    expect(guessCountry(['ta', 'bn', 'pa'])).toBeNull();
    expect(guessCountry(['not a locale'])).toBeNull();
    expect(guessCountry([])).toBeNull();
  });
});

describe('tel: and sms: links keep the whole code', () => {
  it('encodes # so that *123#456 dials the whole code, and keeps *', () => {
    expect(telHref('*123#456')).toBe('tel:*123%23456');
    expect(new URL(telHref('*123#456')).hash).toBe('');
    expect(decodeURIComponent(new URL(telHref('*123#456')).pathname)).toBe('*123#456');
    expect(smsHref('#7#', null)).toBe('sms:%237%23');
  });
});

describe('the welcome page’s short list (the same module as the popup)', () => {
  const records = [
    record({ id: 'x-dv', country: 'XX', phone: '0800 1', topics: ['domestic-violence'], sms: null }),
    record({ id: 'x-dv2', country: 'XX', phone: '0800 2', topics: ['domestic-violence'] }),
    record({ id: 'x-t', country: 'XX', phone: '1-800-SAFE', topics: ['trafficking'], verified: false }),
    record({ id: 'x-e', country: 'XX', phone: '112', topics: ['emergency'], sms: { number: '112', keyword: null } }),
    record({ id: 'y-e', country: 'YY', phone: '999', topics: ['emergency'] }),
  ];

  it('one verified line per topic, emergency first, with the popup’s tel: link', () => {
    const lines = briefHotlines('XX', records);
    expect(lines.map((l) => [l.id, l.briefTopic, l.phoneDisplay, l.callHref])).toEqual([
      ['x-e', 'emergency', '112', 'tel:112'],
      ['x-dv', 'domestic-violence', '0800 1', 'tel:08001'],
    ]);
    // A text number that is the phone number again is not offered twice.
    expect(lines[0].text).toBeNull();
  });

  it('drops a text number flagged unverified, and uses the popup’s sms: link otherwise', () => {
    const [flagged] = briefHotlines('ZZ', [
      record({ country: 'ZZ', topics: ['trafficking'], unverified_fields: ['sms (secondary only)'] }),
    ]);
    expect(flagged.text).toBeNull();
    const [line] = briefHotlines('ZZ', [record({ country: 'ZZ', topics: ['trafficking'] })]);
    expect(line.text?.href).toBe(smsHref('12345', 'START'));
  });

  it('starts from the setting, else the one guess from the browser’s languages', () => {
    expect(startCountry('GB', ['es-MX'])).toBe('GB');
    expect(startCountry(null, ['es-MX'])).toBe('MX');
    expect(startCountry('XX', ['en', 'en-CA'])).toBe('CA');
    expect(startCountry(null, ['fr-FR'])).toBeNull();
  });
});
