import { describe, expect, it } from 'vitest';
import { originsOfSite, siteOf } from '@/utils/sites';

describe('sites', () => {
  it('a site is the host name without www., for web pages only', () => {
    expect(siteOf('https://www.Help.example/a?b')).toBe('help.example');
    expect(siteOf('http://help.example:8080/')).toBe('help.example');
    expect(siteOf('https://chat.help.example/')).toBe('chat.help.example');
    expect(siteOf('chrome://settings')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
    expect(siteOf(undefined)).toBeNull();
  });

  it('a site is served from http and https, with and without www.', () => {
    expect(originsOfSite('help.example')).toEqual([
      'https://help.example',
      'http://help.example',
      'https://www.help.example',
      'http://www.help.example',
    ]);
  });
});
