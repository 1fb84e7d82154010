import { describe, expect, it } from 'vitest';
import { isPublicSuffix, readSiteInput } from '@/utils/site-input';

describe('readSiteInput (the popup, before a site is sent)', () => {
  it.each([
    ['  WWW.Example.org ', 'example.org'],
    ['https://help.example.org/some/page?q=1', 'help.example.org'],
    ['shelter.example.co.uk', 'shelter.example.co.uk'],
    ['example.co.uk', 'example.co.uk'],
    ['someone.github.io', 'someone.github.io'],
    ['http://127.0.0.1:8080/help', '127.0.0.1'],
  ])('%s -> %s', (input, site) => expect(readSiteInput(input)).toEqual({ ok: true, site }));

  it.each([
    ['', 'empty'],
    ['exa mple.org', 'invalid'],
    ['javascript:alert(1)', 'invalid'],
    ['org', 'too-broad'],
    ['localhost', 'too-broad'],
    // Public suffixes (Public Suffix List, private ones included): every site under them would go.
    ['co.uk', 'too-broad'],
    ['www.co.uk', 'too-broad'],
    ['github.io', 'too-broad'],
    ['blogspot.com', 'too-broad'],
    ['gov.uk', 'too-broad'],
  ])('%j is refused (%s)', (input, error) => expect(readSiteInput(input)).toEqual({ ok: false, error }));

  it('never counts an IP address as a public suffix', () => {
    expect(isPublicSuffix('192.168.1.20')).toBe(false);
    expect(isPublicSuffix('co.uk')).toBe(true);
    expect(isPublicSuffix('example.co.uk')).toBe(false);
  });
});
