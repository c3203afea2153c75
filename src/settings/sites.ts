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
