import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import hotlines from '@/data/hotlines/hotlines.json';
import {
  BUILT_IN_SITES,
  builtInSitesFrom,
  isOnSites,
  parseSiteInput,
  SENSITIVE_KEY,
  SensitiveSites,
  SHARED_SITES,
} from '@/utils/sensitive-sites';
import { siteOf } from '@/utils/sites';

describe('built-in sensitive sites', () => {
  it('are the hotline organisations’ sites, read from the shipped data', () => {
    expect(BUILT_IN_SITES).toEqual(builtInSitesFrom(hotlines));
    for (const site of ['humantraffickinghotline.org', 'thehotline.org', 'rainn.org', 'loveisrespect.org'])
      expect(BUILT_IN_SITES).toContain(site);
  });

  it('lists each site once, without www. and without subdomains of a listed site', () => {
    expect(
      builtInSitesFrom([
        { website: 'https://www.thehotline.org/get-help/', chat_url: 'https://www.thehotline.org/' },
        { website: 'https://988lifeline.org', chat_url: 'https://chat.988lifeline.org/' },
        { website: null, chat_url: null },
        { website: 'not a url' },
      ]),
    ).toEqual(['988lifeline.org', 'thehotline.org']);
  });

  it('every entry with a website contributes its site, except a government’s general site', () => {
    for (const h of hotlines)
      if (h.website && !SHARED_SITES.includes(siteOf(h.website)!))
        expect(isOnSites(h.website, BUILT_IN_SITES), h.website).toBe(true);
    // The data has such sites (the test can fail), and none of them is on the list.
    expect(hotlines.filter((h) => h.website && SHARED_SITES.includes(siteOf(h.website)!)).length).toBeGreaterThan(3);
    for (const shared of SHARED_SITES) {
      expect(isOnSites(`https://www.${shared}/`, BUILT_IN_SITES), shared).toBe(false);
      expect(isOnSites(`https://${shared}/`, BUILT_IN_SITES), shared).toBe(false);
    }
    // Only the shared site itself is left out: a hotline's own subdomain of it still counts.
    expect(isOnSites('https://105.police.govt.nz/', BUILT_IN_SITES)).toBe(true);
    expect(isOnSites('https://www.govt.nz/browse/', BUILT_IN_SITES)).toBe(false);
  });

  it('include the new countries’ lines and the unverified lines’ organisations', () => {
    for (const site of [
      'kidshelpphone.ca',
      'samaritans.org',
      'womensaid.ie',
      'womensrefuge.org.nz',
      '1343actionline.ph',
    ])
      expect(BUILT_IN_SITES).toContain(site);
    expect(BUILT_IN_SITES).toContain('sosviolenceconjugale.ca'); // number unverified; site still sensitive
    expect(builtInSitesFrom([{ website: 'https://www.fcc.gov/x' }, { website: 'https://govt.nz/' }])).toEqual([]);
  });
});

describe('isOnSites', () => {
  const sites = ['thehotline.org'];
  it('matches the site, www. and any subdomain, on http and https, any port', () => {
    expect(isOnSites('https://thehotline.org/', sites)).toBe(true);
    expect(isOnSites('https://www.thehotline.org/get-help', sites)).toBe(true);
    expect(isOnSites('http://chat.thehotline.org:8080/x', sites)).toBe(true);
  });
  it('does not match look-alikes, other schemes or nothing', () => {
    expect(isOnSites('https://notthehotline.org/', sites)).toBe(false);
    expect(isOnSites('https://thehotline.org.example.com/', sites)).toBe(false);
    expect(isOnSites('chrome://history', sites)).toBe(false);
    expect(isOnSites(undefined, sites)).toBe(false);
  });
});

describe('parseSiteInput', () => {
  it.each([
    ['example.org', 'example.org'],
    ['  WWW.Example.org ', 'example.org'],
    ['https://help.example.org/some/page?q=1', 'help.example.org'],
    ['example.org/path', 'example.org'],
    ['shelter.example.co.uk', 'shelter.example.co.uk'],
    ['example.co.uk', 'example.co.uk'],
    ['someone.github.io', 'someone.github.io'],
    ['http://127.0.0.1:8080/help', '127.0.0.1'],
    ['192.168.1.20', '192.168.1.20'],
  ])('%s -> %s', (input, site) => expect(parseSiteInput(input)).toEqual({ ok: true, site }));

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['exa mple.org', 'invalid'],
    ['javascript:alert(1)', 'invalid'],
    ['ftp://example.org', 'invalid'],
    ['https://user:pw@example.org', 'invalid'],
    // One label: every site under it would go. (The other public suffixes are refused where
    // the site is typed: tests/unit/site-input.test.ts.)
    ['org', 'too-broad'],
    ['localhost', 'too-broad'],
    ['www.com', 'too-broad'],
    ['a'.repeat(300) + '.org', 'invalid'],
  ])('%j is refused (%s)', (input, error) => expect(parseSiteInput(input)).toEqual({ ok: false, error }));
});

describe('SensitiveSites', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds the user’s sites to storage.session only, and refuses bad input without storing it', async () => {
    const s = new SensitiveSites(['thehotline.org']);
    await s.load();
    expect(s.addUserSite('org')).toEqual({ ok: false, error: 'too-broad' });
    expect(s.addUserSite('https://www.shelter.example/page')).toEqual({ ok: true, site: 'shelter.example' });
    await s.flushed();
    expect(s.isSensitive('https://shelter.example/a')).toBe(true);
    expect(s.list()).toEqual({ builtIn: ['thehotline.org'], user: ['shelter.example'], hiddenByExit: [] });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect((await fakeBrowser.storage.session.get(SENSITIVE_KEY))[SENSITIVE_KEY]).toMatchObject({
      user: ['shelter.example'],
    });
    s.removeUserSite('shelter.example');
    await s.flushed();
    expect(s.isSensitive('https://shelter.example/a')).toBe(false);
  });

  it('sites hidden by an exit become sensitive for the session, and a woken worker still knows them', async () => {
    const s = new SensitiveSites([]);
    s.addHiddenByExit(['forum.example']);
    s.recordOrigin('http://forum.example:8080/thread');
    s.recordOrigin('http://harmless.example/');
    await s.flushed();
    const woken = new SensitiveSites([]);
    await woken.load();
    expect(woken.isSensitive('https://forum.example/')).toBe(true);
    expect(woken.all()).toEqual(['forum.example']);
    // Only origins on sites that are sensitive now.
    expect(woken.seenOrigins()).toEqual(['http://forum.example:8080']);
  });

  it('keeps what was added before the stored set finished loading', async () => {
    await fakeBrowser.storage.session.set({
      [SENSITIVE_KEY]: { user: ['old.example'], hiddenByExit: [], origins: [] },
    });
    const s = new SensitiveSites([]);
    s.addUserSite('new.example');
    await s.load();
    await s.flushed();
    expect(s.list().user.toSorted()).toEqual(['new.example', 'old.example']);
  });
});
