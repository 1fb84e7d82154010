import { isIpHost, siteOf } from './sites';
import { defineSessionKey, SessionState } from './session-state';

/**
 * The sensitive sites: whose visits are erased as they happen, whose tabs go with an exit, and
 * whose traces "Clear traces" removes. Three sources:
 *   - built in: the hotline organisations' own sites, read from the shipped hotline data;
 *   - the user's own additions (popup), kept in `storage.session` only (memory, never on disk);
 *   - every site hidden by an exit in this browser session (also `storage.session`).
 * A URL is sensitive when its site (utils/sites.ts `siteOf`) is one of them or a subdomain of one.
 */

/** The fields of a hotline entry that name the organisation's pages. */
interface HotlineLinks {
  website?: string | null;
  chat_url?: string | null;
}

/**
 * General sites of a government, council or police force on which a hotline has one page (the
 * emergency-number pages of 911, 999, 111 and 112, Bogotá's 106). They are not sensitive in
 * themselves: erasing every visit to them would be over-erasing, and history with a gap where
 * ordinary errands were is itself a tell. Matched exactly: `105.police.govt.nz` still counts.
 */
export const SHARED_SITES: readonly string[] = [
  'bogota.gov.co',
  'employment.govt.nz',
  'fcc.gov',
  'garda.ie',
  'govt.nz',
  'iow.gov.uk',
];

/**
 * The sites of every hotline's `website` and `chat_url`, without duplicates, without the shared
 * sites above and without subdomains of a site already listed (`chat.988lifeline.org` is covered by
 * `988lifeline.org`). Unverified entries count too: their number may be unconfirmed, but their
 * organisation's site is no less sensitive to have visited.
 */
export function builtInSitesFrom(list: readonly HotlineLinks[]): string[] {
  const sites = new Set<string>();
  for (const h of list)
    for (const url of [h.website, h.chat_url]) {
      const site = siteOf(url ?? undefined);
      if (site && !SHARED_SITES.includes(site)) sites.add(site);
    }
  return [...sites].filter((s) => ![...sites].some((parent) => parent !== s && s.endsWith(`.${parent}`))).toSorted();
}

/**
 * The built-in sensitive sites of this build: `builtInSitesFrom(data/hotlines/hotlines.json)`, written
 * out so that the background and the popup do not carry the whole hotline data for 42 names. A unit
 * test fails when the data and this list differ (tests/unit/sensitive-sites.test.ts).
 */
export const BUILT_IN_SITES: readonly string[] = [
  '105.police.govt.nz',
  '1343actionline.ph',
  '1800respect.org.au',
  '1800runaway.org',
  '247sexualabusesupport.org.uk',
  '988.ca',
  '988lifeline.org',
  'albakeneth.gob.gt',
  'antislaverycommissioner.gov.au',
  'awhl.org',
  'blueblindfold.gov.ie',
  'canadianhumantraffickinghotline.ca',
  'childhelphotline.org',
  'childline.org.uk',
  'crisistextline.org',
  'drcc.ie',
  'femaide.ca',
  'galop.org.uk',
  'humantraffickinghotline.org',
  'kidshelpline.com.au',
  'kidshelpphone.ca',
  'lgbthotline.org',
  'lifeline.org.au',
  'loveisrespect.org',
  'mensadviceline.org.uk',
  'minmujeryeg.gob.cl',
  'modernslaveryhelpline.org',
  'nationaldahelpline.org.uk',
  'pieta.ie',
  'qlife.org.au',
  'rainn.org',
  'safer.scot',
  'samaritans.org',
  'sosviolenceconjugale.ca',
  'strongheartshelpline.org',
  'switchboard.lgbt',
  'talk4healing.com',
  'thehotline.org',
  'thetrevorproject.org',
  'translifeline.org',
  'womensaid.ie',
  'womensrefuge.org.nz',
];

/** True when `site` is `parent` or one of its subdomains. */
export function isSiteWithin(site: string, parent: string): boolean {
  return site === parent || site.endsWith(`.${parent}`);
}

/** True when `url` is on one of `sites` (or a subdomain of one). Non-web URLs are never sensitive. */
export function isOnSites(url: string | undefined, sites: Iterable<string>): boolean {
  const site = siteOf(url);
  if (!site) return false;
  for (const s of sites) if (isSiteWithin(site, s)) return true;
  return false;
}

/** Why a site the user typed was refused. */
export type SiteInputError = 'empty' | 'invalid' | 'too-broad';

/**
 * Reads what the user typed ("example.org", "www.example.org", "https://example.org/page") as a
 * site. Refuses anything that is not a plain host name, and a name of one label ("org",
 * "localhost"): it would make every site under it sensitive and empty much of the history, which
 * looks suspicious. IP addresses (a shelter's local server) are accepted.
 *
 * This is the background's check, with no Public Suffix List: the list (`tldts-experimental`,
 * ~140 kB) would be compiled and evaluated at every start of the service worker, and a woken
 * worker is on the path of an exit and of a page load (`npm run bench`). The page that takes the
 * input refuses the other public suffixes ("co.uk", "github.io") before it sends anything
 * (utils/site-input.ts `readSiteInput`); only the extension's own pages may send a site
 * (utils/messages.ts `ALLOWED_SENDERS`).
 */
export function parseSiteInput(input: string): { ok: true; site: string } | { ok: false; error: SiteInputError } {
  const text = input.trim();
  if (!text) return { ok: false, error: 'empty' };
  if (text.length > 253 || /\s/.test(text)) return { ok: false, error: 'invalid' };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let host: string;
  try {
    const u = new URL(withScheme);
    if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.username || u.password)
      return { ok: false, error: 'invalid' };
    host = u.hostname;
  } catch {
    return { ok: false, error: 'invalid' };
  }
  const site = siteOf(`https://${host}/`);
  if (!site || !/^[a-z0-9.-]+$/.test(site) || site.startsWith('.') || site.endsWith('.') || site.includes('..'))
    return { ok: false, error: 'invalid' };
  if (!isIpHost(site) && !site.includes('.')) return { ok: false, error: 'too-broad' };
  return { ok: true, site };
}

/** What the session knows beyond the built-in sites, as kept in `storage.session`. */
interface SessionSites {
  user: string[];
  hiddenByExit: string[];
  /** Every `scheme://host:port` seen on a sensitive site this session: site data is kept per origin. */
  origins: string[];
}

/** What the popup shows. */
export interface SensitiveSitesList {
  builtIn: string[];
  user: string[];
  hiddenByExit: string[];
}

/** Caps each memory-only list so a runaway page cannot grow it without bound. */
const MAX_ENTRIES = 5000;

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const union = (older: string[], newer: string[]) => [...new Set([...older, ...newer])];

export const SENSITIVE_KEY = 'sensitiveSites';

/** The user's sites, the sites hidden by an exit and the origins seen, for the browser session. */
export const sensitiveSitesKey = defineSessionKey<SessionSites>({
  key: SENSITIVE_KEY,
  empty: () => ({ user: [], hiddenByExit: [], origins: [] }),
  parse: (stored) => {
    const s = stored as Record<string, unknown>;
    return { user: strings(s.user), hiddenByExit: strings(s.hiddenByExit), origins: strings(s.origins) };
  },
  merge: (stored, recorded) => ({
    user: union(stored.user, recorded.user),
    hiddenByExit: union(stored.hiddenByExit, recorded.hiddenByExit),
    origins: union(stored.origins, recorded.origins),
  }),
});

/**
 * The session's sensitive set. Reads are synchronous once `load()` has run (an exit plan asks
 * for each open tab); every change is mirrored to the session store so a service worker that was
 * stopped still knows the set when it wakes.
 */
export class SensitiveSites {
  private readonly state = new SessionState(sensitiveSitesKey);

  constructor(readonly builtIn: readonly string[] = BUILT_IN_SITES) {}

  /** Loads what an earlier life of the service worker recorded. Idempotent. */
  load(): Promise<void> {
    return this.state.load();
  }

  private get sites(): SessionSites {
    return this.state.value;
  }

  /** Every sensitive site: built in, the user's, hidden by an exit. */
  all(): string[] {
    return [...new Set([...this.builtIn, ...this.sites.user, ...this.sites.hiddenByExit])];
  }

  list(): SensitiveSitesList {
    return { builtIn: [...this.builtIn], user: [...this.sites.user], hiddenByExit: [...this.sites.hiddenByExit] };
  }

  /** Whether `url` is on a sensitive site (call after `load()`). */
  isSensitive(url: string | undefined): boolean {
    const { user, hiddenByExit } = this.sites;
    return isOnSites(url, this.builtIn) || isOnSites(url, user) || isOnSites(url, hiddenByExit);
  }

  /** Adds a site the user typed; refuses bad input (nothing is stored then). */
  addUserSite(input: string): ReturnType<typeof parseSiteInput> {
    const parsed = parseSiteInput(input);
    if (parsed.ok && !this.sites.user.includes(parsed.site))
      this.state.set({ ...this.sites, user: [...this.sites.user, parsed.site].slice(-MAX_ENTRIES) });
    return parsed;
  }

  removeUserSite(site: string): void {
    const user = this.sites.user.filter((s) => s !== site);
    if (user.length !== this.sites.user.length) this.state.set({ ...this.sites, user });
  }

  /** Adds the sites an exit hid (for the rest of this browser session). */
  addHiddenByExit(sites: string[]): void {
    const fresh = sites.filter((s) => !this.sites.hiddenByExit.includes(s));
    if (fresh.length)
      this.state.set({ ...this.sites, hiddenByExit: [...this.sites.hiddenByExit, ...fresh].slice(-MAX_ENTRIES) });
  }

  /** Remembers the origin of a sensitive URL, so its site data can be cleared even after its history is gone. */
  recordOrigin(url: string): void {
    let origin: string;
    try {
      origin = new URL(url).origin;
    } catch {
      return;
    }
    if (origin === 'null' || this.sites.origins.includes(origin)) return;
    this.state.set({ ...this.sites, origins: [...this.sites.origins, origin].slice(-MAX_ENTRIES) });
  }

  /** The origins seen on sites that are sensitive now. */
  seenOrigins(): string[] {
    return this.sites.origins.filter((o) => this.isSensitive(o));
  }

  /** Resolves when every change so far is in the session store (or has failed to be). */
  flushed(): Promise<void> {
    return this.state.flushed();
  }
}
