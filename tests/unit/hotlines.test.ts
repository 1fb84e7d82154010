import { describe, expect, it } from 'vitest';
import { HOTLINE_NOTES } from '@/components/hotline-notes';
import { COUNTRIES, browserLocales, guessCountry } from '@/utils/countries';
import {
  briefHotlines,
  HOTLINE_RECORDS,
  hotlinesFor,
  startCountry,
  smsHref,
  telHref,
  toHotline,
  unverifiedFields,
  type HotlineRecord,
} from '@/utils/hotlines';

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

  it('never shows an unverified record', () => {
    const unverified = HOTLINE_RECORDS.filter((r) => !r.verified).map((r) => r.id);
    expect(unverified.length).toBeGreaterThan(0); // the data has some: the test can fail
    const shown = COUNTRIES.flatMap((c) => hotlinesFor(c).map((h) => h.id));
    for (const id of unverified) expect(shown).not.toContain(id);
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
    const us = hotlinesFor('US');
    expect(us.find((h) => h.id === 'us-rainn-national-sexual-assault-hotline')?.text).toBeNull();
    expect(us.find((h) => h.id === 'us-national-runaway-safeline')?.text).toBeNull();
    expect(us.find((h) => h.id === 'us-national-human-trafficking-hotline')?.web).toEqual({
      kind: 'website',
      url: 'https://humantraffickinghotline.org/en/get-help',
    });
  });

  it('keeps every number exactly as the data gives it', () => {
    for (const c of COUNTRIES)
      for (const h of hotlinesFor(c)) {
        const r = HOTLINE_RECORDS.find((x) => x.id === h.id)!;
        expect(h.phone).toBe(r.phone);
        if (h.callHref) expect(h.callHref).toBe(telHref(r.phone!));
        if (h.text) expect(h.text.number).toBe(r.sms!.number);
      }
  });

  it('lists emergency first, then trafficking, domestic violence, sexual assault, crisis, LGBTQ+, youth', () => {
    const order = hotlinesFor('US').map((h) => h.id);
    expect(order[0]).toBe('us-911');
    const at = (id: string) => order.indexOf(id);
    expect(at('us-national-human-trafficking-hotline')).toBeLessThan(at('us-national-domestic-violence-hotline'));
    expect(at('us-national-domestic-violence-hotline')).toBeLessThan(at('us-rainn-national-sexual-assault-hotline'));
    expect(at('us-rainn-national-sexual-assault-hotline')).toBeLessThan(at('us-988-suicide-crisis-lifeline'));
    expect(at('us-988-suicide-crisis-lifeline')).toBeLessThan(at('us-trans-lifeline'));
    expect(at('us-trans-lifeline')).toBeLessThan(at('us-childhelp-national-child-abuse-hotline'));
    for (const c of COUNTRIES) expect(hotlinesFor(c)[0].topic, c).toBe('emergency');
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

  it('give the hours, in both languages, of every shown line that is not open 24/7', () => {
    for (const c of COUNTRIES)
      for (const h of hotlinesFor(c).filter((x) => !x.open247)) {
        expect(HOTLINE_NOTES[h.id]?.hours?.en, h.id).toBeTruthy();
        expect(HOTLINE_NOTES[h.id]?.hours?.es, h.id).toBeTruthy();
      }
  });

  it('warn that the US trafficking hotline may share tips with law enforcement', () => {
    const note = HOTLINE_NOTES['us-national-human-trafficking-hotline'].caveat!;
    expect(note.en).toMatch(/law enforcement/);
    expect(note.es).toMatch(/autoridades/);
    expect(note.en).not.toMatch(/confidential/i);
  });
});

describe('the country list', () => {
  it('is every country the data has a verified hotline for (kept apart from the data for a fast popup)', () => {
    const inData = new Set(HOTLINE_RECORDS.filter((r) => r.verified).map((r) => r.country));
    expect(new Set(COUNTRIES)).toEqual(inData);
    for (const c of COUNTRIES) expect(hotlinesFor(c).length, c).toBeGreaterThan(0);
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
    expect(guessCountry(['es-ES', 'de-DE'])).toBeNull();
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
