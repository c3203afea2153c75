// What Backstory knows: the bundled index's size and build day (build.mjs), and the way to settings.
import info from 'backstory:index-info';
import { t } from '../platform/i18n';
import { countOf, formatDay } from '../shared/i18n';

export interface IndexFooterProps {
  onSettings(): void;
}

export function IndexFooter({ onSettings }: IndexFooterProps) {
  return (
    <footer class="footer">
      <p id="index-info">
        {t('popupIndex', countOf(t, 'entityCount', info.entities), countOf(t, 'articleCount', info.articles))}
        {info.builtOn ? (
          <>
            {t('popupIndexBuilt')}
            <time dateTime={info.builtOn}>{formatDay(t, info.builtOn, 'short') ?? info.builtOn}</time>
          </>
        ) : null}
        {t('popupIndexEnd')}
      </p>
      <button type="button" class="link" id="open-settings" onClick={onSettings}>
        {t('popupAllSettings')}
      </button>
    </footer>
  );
}
