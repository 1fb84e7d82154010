/**
 * What "the same site" means for Quick Exit: the host name without a leading `www.`.
 * (No public-suffix list: a shelter's `help.example.org` and `www.example.org` are different
 * sites, which errs on the side of closing less, never of missing the page being exited.)
 */
export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return null;
  }
}

/** Whether a host is an IP address (`127.0.0.1`, `[::1]`): no `www.` can be put before it. */
export function isIpHost(host: string): boolean {
  return host.startsWith('[') || /^\d{1,3}(\.\d{1,3}){3}$/.test(host);
}

/**
 * The `scheme://host` origins (http and https, with and without www.) that serve a site. An IP
 * address has no `www.` form: `https://www.127.0.0.1` is not a valid URL, and one invalid origin
 * made the browser refuse the whole site-data removal.
 */
export function originsOfSite(site: string): string[] {
  const hosts = isIpHost(site) ? [site] : [site, `www.${site}`];
  return hosts.flatMap((h) => [`https://${h}`, `http://${h}`]);
}
