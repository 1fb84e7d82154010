import { parse as parseDomain } from 'tldts-experimental';
import { parseSiteInput, type SiteInputError } from './sensitive-sites';

/**
 * A site the user types into "Sites to keep hidden" (the popup), read where it is typed, before it
 * is sent to the background: the background's own check (`parseSiteInput`: a plain host name, not
 * a single label), and no public suffix ("co.uk", "github.io", "blogspot.com", from the Public
 * Suffix List in `tldts-experimental`, private suffixes included): those would make every site
 * under them sensitive and empty much of the history, which looks suspicious.
 *
 * The list stays out of the service worker, which is started again for exits and page loads
 * (`npm run bench`: its start compiled and evaluated the list each time); only this page loads it,
 * when the user adds a site.
 */
export function readSiteInput(input: string): { ok: true; site: string } | { ok: false; error: SiteInputError } {
  const parsed = parseSiteInput(input);
  if (parsed.ok && isPublicSuffix(parsed.site)) return { ok: false, error: 'too-broad' };
  return parsed;
}

/**
 * Whether `host` is a public suffix (nothing registrable in it): `org`, `co.uk`, `github.io`.
 * An IP address never is.
 */
export function isPublicSuffix(host: string): boolean {
  const p = parseDomain(host, { allowPrivateDomains: true });
  return !p.isIp && !p.domain;
}
