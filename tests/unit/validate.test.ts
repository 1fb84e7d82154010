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

  it('refuses addresses with a user name or password', () => {
    expect(refused(checkWebUrl('https://user:pw@example.org/'))).toBe('url-credentials');
    expect(refused(checkWebUrl('https://user@example.org/'))).toBe('url-credentials');
  });

  it('refuses empty, malformed and overlong input', () => {
    expect(refused(checkWebUrl('   '))).toBe('url-empty');
    expect(refused(checkWebUrl('http://exa mple.org'))).toBe('url-invalid');
    expect(refused(checkWebUrl('https://'))).toBe('url-invalid');
    expect(refused(checkWebUrl(`https://example.org/${'a'.repeat(MAX_URL)}`))).toBe('url-too-long');
  });

  it('refuses 10 MB at once, without parsing it', () => {
    const huge = `https://example.org/${'a'.repeat(10 * 1024 * 1024)}`;
    expect(refused(checkWebUrl(huge))).toBe('url-too-long');
  });
});

describe('checkLabel', () => {
  it('keeps HTML as plain text (it is rendered as text) and right-to-left text', () => {
    expect(checkLabel('<img src=x onerror=alert(1)>')).toEqual({ ok: true, value: '<img src=x onerror=alert(1)>' });
    expect(checkLabel('  أختي  ')).toEqual({ ok: true, value: 'أختي' });
  });

  it('refuses empty, multi-line and overlong labels', () => {
    expect(refused(checkLabel(' '))).toBe('label-empty');
    expect(refused(checkLabel('a\nb'))).toBe('label-control');
    expect(refused(checkLabel('a\u0000b'))).toBe('label-control');
    expect(refused(checkLabel('a'.repeat(MAX_LABEL + 1)))).toBe('label-too-long');
    expect(checkLabel('é'.repeat(MAX_LABEL)).ok).toBe(true);
    expect(refused(checkLabel('a'.repeat(10 * 1024 * 1024)))).toBe('label-too-long');
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

  it('refuses numbers with no digits, junk, and overlong input', () => {
    expect(refused(checkPhone(''))).toBe('phone-empty');
    expect(refused(checkPhone('call me'))).toBe('phone-no-digits');
    expect(refused(checkPhone('+-() .'))).toBe('phone-no-digits');
    expect(refused(checkPhone('1-800-SAFE'))).toBe('phone-junk');
    expect(refused(checkPhone('555-0100; DROP TABLE'))).toBe('phone-junk');
    expect(refused(checkPhone('555 0100 <b>'))).toBe('phone-junk');
    expect(refused(checkPhone('5'.repeat(21)))).toBe('phone-too-long');
    expect(refused(checkPhone('5'.repeat(10 * 1024 * 1024)))).toBe('phone-too-long');
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
