// Whether a page's host is in the user's disabledSites list (patterns validated by validators.ts).

/**
 * `example.com` matches that host and its `www.` form; `*.example.com` matches example.com and
 * every subdomain. Hosts compare case-insensitively, ignoring a trailing dot.
 */
export function isSiteDisabled(hostname: string, patterns: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === '') return false;
  return patterns.some((pattern) => {
    if (pattern.startsWith('*.')) {
      const domain = pattern.slice(2);
      return host === domain || host.endsWith('.' + domain);
    }
    return host === pattern || host === 'www.' + pattern;
  });
}

/** Whether Backstory works on a page of `hostname` under `settings` (the popup's and the content script's view). */
export function siteState(hostname: string, settings: { enabled: boolean; disabledSites: readonly string[] }): 'active' | 'disabled-site' | 'paused' {
  if (!settings.enabled) return 'paused';
  return isSiteDisabled(hostname, settings.disabledSites) ? 'disabled-site' : 'active';
}

/** `hostname` as disabledSites holds it: lower case, no trailing dot. */
export function siteOf(hostname: string): string {
  return hostname.toLowerCase().replace(/\.$/, '');
}

/** The entries of `patterns` that switch `hostname` off (a site may be covered by several). */
export function patternsCovering(hostname: string, patterns: readonly string[]): string[] {
  return patterns.filter((pattern) => isSiteDisabled(hostname, [pattern]));
}

/**
 * disabledSites after the popup's switch: off adds the host itself (once); on removes every entry
 * that covers it, a wildcard too, since nothing less turns the site back on. Never mutates `patterns`.
 */
export function withSiteSwitched(patterns: readonly string[], hostname: string, off: boolean): string[] {
  const site = siteOf(hostname);
  if (off) return isSiteDisabled(site, patterns) ? [...patterns] : [...patterns, site];
  return patterns.filter((pattern) => !isSiteDisabled(site, [pattern]));
}
