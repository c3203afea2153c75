// "On this site": the switch for the page's site (disabledSites) and the pause switch (enabled).
// Both save at once; every open tab of the site follows through storage.onChanged.
import type { SiteView } from './popup-state';
import { Switch } from './Switch';

export interface SiteSectionProps {
  site: SiteView;
  onSite(on: boolean): void;
  onPause(paused: boolean): void;
}

function siteHint(site: SiteView): string | undefined {
  if (site.coveredBy.length === 0) return undefined;
  const entries = site.coveredBy.join(', ');
  return `Off because your list of sites holds ${entries}; turning it on removes ${site.coveredBy.length === 1 ? 'that entry' : 'those entries'}.`;
}

export function SiteSection({ site, onSite, onPause }: SiteSectionProps) {
  const hasSite = site.host !== undefined && site.canSwitchSite;
  return (
    <section class="card" aria-labelledby="site-heading">
      {/* Where no site can be switched (a browser page), only the pause switch is left. */}
      <h2 id="site-heading">{hasSite ? 'On this site' : 'Everywhere'}</h2>
      {hasSite && (
        <Switch id="site-switch" label={`Highlight on ${site.host}`} checked={site.siteOn} hint={siteHint(site)} onChange={onSite} />
      )}
      <Switch id="pause-switch" label="Pause on every site" checked={site.paused} onChange={onPause} />
    </section>
  );
}
