// "Found on this page": the list, or in words why there is none (a page Backstory cannot run on,
// the site switched off, everything paused, nothing mentioned).
import type { FoundEntity } from '../shared/messages';
import { FoundList } from './FoundList';
import { plural } from './group-found';
import type { PageView } from './popup-state';

export interface PageSectionProps {
  view: PageView;
  host: string | undefined;
  onChoose(entity: FoundEntity): void;
}

function Message({ view, host }: { view: PageView; host: string | undefined }) {
  switch (view.kind) {
    case 'loading':
      return <p class="state">Looking at this page…</p>;
    case 'unsupported':
      return (
        <>
          <p class="state">Backstory cannot run on this page.</p>
          <p class="hint">Browsers keep extensions out of their own pages (chrome://, about:), the add-on and extension stores and the PDF viewer. A page that is still loading is described once it has loaded.</p>
        </>
      );
    case 'paused':
      return <p class="state">Backstory is paused on every site, so nothing is highlighted here.</p>;
    case 'site-off':
      return <p class="state">Backstory is off on {host}. Turn it back on below.</p>;
    case 'starting':
      return <p class="state">Looking for names on this page…</p>;
    case 'empty':
      return <p class="state">No one and nothing from Backstory's articles is mentioned on this page.</p>;
    case 'found':
      return (
        <p class="summary">
          {plural(view.entities, 'entity', 'entities')}, {plural(view.mentions, 'mention')}. Choose one to see it on the page.
        </p>
      );
  }
}

export function PageSection({ view, host, onChoose }: PageSectionProps) {
  return (
    <section class="card" aria-labelledby="found-heading" data-state={view.kind}>
      <h2 id="found-heading">Found on this page</h2>
      <Message view={view} host={host} />
      {view.kind === 'found' && <FoundList groups={view.groups} onChoose={onChoose} />}
    </section>
  );
}
