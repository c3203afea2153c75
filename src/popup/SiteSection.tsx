// "On this site": the switch for the page's site (disabledSites) and the pause switch (enabled).
// Both save at once; every open tab of the site follows through storage.onChanged.
import { t } from '../platform/i18n';
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
  return site.coveredBy.length === 1 ? t('popupSiteCoveredByOne', entries) : t('popupSiteCoveredByMany', entries);
}

export function SiteSection({ site, onSite, onPause }: SiteSectionProps) {
  const hasSite = site.host !== undefined && site.canSwitchSite;
  return (
    <section class="card" aria-labelledby="site-heading">
      {/* Where no site can be switched (a browser page), only the pause switch is left. */}
      <h2 id="site-heading">{hasSite ? t('popupOnThisSite') : t('popupEverywhere')}</h2>
      {hasSite && (
        <Switch id="site-switch" label={t('popupSiteSwitch', site.host ?? '')} checked={site.siteOn} hint={siteHint(site)} onChange={onSite} />
      )}
      <Switch id="pause-switch" label={t('popupPauseSwitch')} checked={site.paused} onChange={onPause} />
    </section>
  );
}
