// "Found on this page": the list, or in words why there is none (a page Backstory cannot run on,
// the site switched off, everything paused, nothing mentioned).
import { t } from '../platform/i18n';
import { countOf } from '../shared/i18n';
import type { FoundEntity } from '../shared/messages';
import { FoundList } from './FoundList';
import type { PageView } from './popup-state';

export interface PageSectionProps {
  view: PageView;
  host: string | undefined;
  onChoose(entity: FoundEntity): void;
}

function Message({ view, host }: { view: PageView; host: string | undefined }) {
  switch (view.kind) {
    case 'loading':
      return <p class="state">{t('popupLoading')}</p>;
    case 'unsupported':
      return (
        <>
          <p class="state">{t('popupUnsupported')}</p>
          <p class="hint">{t('popupUnsupportedHint')}</p>
        </>
      );
    case 'paused':
      return <p class="state">{t('popupPaused')}</p>;
    case 'site-off':
      return <p class="state">{t('popupSiteOff', host ?? '')}</p>;
    case 'starting':
      return <p class="state">{t('popupStarting')}</p>;
    case 'empty':
      return <p class="state">{t('popupEmpty')}</p>;
    case 'found':
      return (
        <p class="summary">{t('popupFoundSummary', countOf(t, 'entityCount', view.entities), countOf(t, 'mentionCount', view.mentions))}</p>
      );
  }
}

export function PageSection({ view, host, onChoose }: PageSectionProps) {
  return (
    <section class="card" aria-labelledby="found-heading" data-state={view.kind}>
      <h2 id="found-heading">{t('popupFoundHeading')}</h2>
      <Message view={view} host={host} />
      {view.kind === 'found' && <FoundList groups={view.groups} onChoose={onChoose} />}
    </section>
  );
}
