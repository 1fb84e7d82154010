import { describe, expect, it } from 'vitest';
import {
  MAX_LABEL,
  MAX_PAGE_URL,
  MAX_URL,
  checkLabel,
  checkPhone,
  checkWebUrl,
  dialable,
  isWebUrl,
} from '@/utils/validate';

const refused = (r: { ok: boolean; error?: string }) => (r.ok ? 'accepted' : r.error);

const CHECKS = { checkWebUrl, checkLabel, checkPhone };
const TEN_MB = 10 * 1024 * 1024;

/** What each check refuses besides the address schemes below, and the error the form then shows. */
const REFUSED: [check: keyof typeof CHECKS, what: string, input: string, error: string][] = [
  ['checkWebUrl', 'a user name and password', 'https://user:pw@example.org/', 'url-credentials'],
  ['checkWebUrl', 'a user name', 'https://user@example.org/', 'url-credentials'],
  ['checkWebUrl', 'blanks', '   ', 'url-empty'],
  ['checkWebUrl', 'a space in the host', 'http://exa mple.org', 'url-invalid'],
  ['checkWebUrl', 'no host', 'https://', 'url-invalid'],
  ['checkWebUrl', 'an overlong address', `https://example.org/${'a'.repeat(MAX_URL)}`, 'url-too-long'],
  // At once, without parsing it.
  ['checkWebUrl', '10 MB', `https://example.org/${'a'.repeat(TEN_MB)}`, 'url-too-long'],
  ['checkLabel', 'a blank label', ' ', 'label-empty'],
  ['checkLabel', 'two lines', 'a\nb', 'label-control'],
  ['checkLabel', 'a NUL', 'a\u0000b', 'label-control'],
  ['checkLabel', 'an overlong label', 'a'.repeat(MAX_LABEL + 1), 'label-too-long'],
  ['checkLabel', '10 MB', 'a'.repeat(TEN_MB), 'label-too-long'],
  ['checkPhone', 'nothing', '', 'phone-empty'],
  ['checkPhone', 'words', 'call me', 'phone-no-digits'],
  ['checkPhone', 'punctuation only', '+-() .', 'phone-no-digits'],
  ['checkPhone', 'letters', '1-800-SAFE', 'phone-junk'],
  ['checkPhone', 'SQL', '555-0100; DROP TABLE', 'phone-junk'],
  ['checkPhone', 'HTML', '555 0100 <b>', 'phone-junk'],
  ['checkPhone', '21 digits', '5'.repeat(21), 'phone-too-long'],
  ['checkPhone', '10 MB', '5'.repeat(TEN_MB), 'phone-too-long'],
];

it.each(REFUSED)('%s refuses %s', (check, _what, input, error) => {
  expect(refused(CHECKS[check](input))).toBe(error);
});

describe('checkWebUrl', () => {
  it('accepts http and https addresses and normalises them', () => {
    expect(checkWebUrl('https://example.org/help?x=1')).toEqual({ ok: true, value: 'https://example.org/help?x=1' });
    expect(checkWebUrl('  http://shelter.test:8080/a ')).toEqual({ ok: true, value: 'http://shelter.test:8080/a' });
    expect(checkWebUrl('HTTPS://EXAMPLE.ORG')).toEqual({ ok: true, value: 'https://example.org/' });
  });

  it('reads a bare host as https', () => {
    expect(checkWebUrl('example.org/help')).toEqual({ ok: true, value: 'https://example.org/help' });
    expect(checkWebUrl('localhost:8080/x')).toEqual({ ok: true, value: 'https://localhost:8080/x' });
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'chrome://settings',
    'about:blank',
    'chrome-extension://abcdefghijklmnop/popup.html',
    'moz-extension://x/y',
    'ftp://example.org/',
    'blob:https://example.org/1',
    'view-source:https://example.org',
    'mailto:a@example.org',
  ])('refuses %s', (url) => {
    expect(refused(checkWebUrl(url))).toBe('url-scheme');
  });
});

describe('checkLabel', () => {
  it('keeps HTML as plain text (it is rendered as text) and right-to-left text', () => {
    expect(checkLabel('<img src=x onerror=alert(1)>')).toEqual({ ok: true, value: '<img src=x onerror=alert(1)>' });
    expect(checkLabel('  أختي  ')).toEqual({ ok: true, value: 'أختي' });
    expect(checkLabel('é'.repeat(MAX_LABEL)).ok).toBe(true);
  });
});

describe('checkPhone', () => {
  it('accepts numbers as people write them', () => {
    for (const n of ['911', '+1 (555) 010-0100', '0808 2000 247', '1.800.799.7233', '*55', '#31#'])
      expect(checkPhone(n)).toEqual({ ok: true, value: n });
  });

  it('turns Arabic-Indic and Persian digits into digits a phone can dial', () => {
    expect(checkPhone('٠١٢٣ ٤٥٦')).toEqual({ ok: true, value: '0123 456' });
    expect(checkPhone('۰۹۱۲')).toEqual({ ok: true, value: '0912' });
  });

  it('dialable keeps only what a phone dials', () => {
    expect(dialable('+1 (555) 010-0100')).toBe('+15550100100');
    expect(dialable('1.800.799.SAFE (7233)')).toBe('18007997233');
    expect(dialable('*55')).toBe('*55');
  });
});

describe('isWebUrl: the one check for an address already in hand', () => {
  it('absolute http(s) only, without credentials, within the limit', () => {
    expect(isWebUrl('https://help.example/a?b')).toBe(true);
    expect(isWebUrl('http://127.0.0.1:8080/')).toBe(true);
    expect(isWebUrl('help.example')).toBe(false);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('https://user:pw@help.example/')).toBe(false);
    expect(isWebUrl(42)).toBe(false);
    const long = `https://help.example/?q=${'x'.repeat(MAX_URL)}`;
    expect(isWebUrl(long)).toBe(false);
    expect(isWebUrl(long, MAX_PAGE_URL)).toBe(true);
  });
});
