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

/** The `scheme://host` origins (http and https, with and without www.) that serve a site. */
export function originsOfSite(site: string): string[] {
  const hosts = [site, `www.${site}`];
  return hosts.flatMap((h) => [`https://${h}`, `http://${h}`]);
}
