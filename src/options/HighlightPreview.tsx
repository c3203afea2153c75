// A sample sentence on a light and a dark page, drawn with the very ::highlight() rules the content
// script adopts (settings/highlight-css.ts) over CSS Custom Highlight ranges of the sample names.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../platform/i18n';
import { highlightCss } from '../settings/highlight-css';
import type { Settings } from '../settings/schema';
import { ENTITY_TYPES, type EntityType } from '../shared/entity-index';
import { SAMPLE_NAMES } from './fields';

const NAME_PREFIX = 'backstory-';

// Stand-ins for the names in the sentence's message (ENTITY_TYPES order), which a translation may
// put in any order; the sentence is split at them and the highlighted names go in their place.
const SLOTS = ['\u0001', '\u0002', '\u0003'] as const;

function Sample() {
  const names = ENTITY_TYPES.map((type) => <span data-type={type}>{SAMPLE_NAMES[type](t)}</span>);
  const parts: ComponentChildren[] = t('optionsPreviewSentence', SLOTS[0], SLOTS[1], SLOTS[2])
    .split(/([\u0001-\u0003])/)
    .map((part) => (SLOTS.some((slot) => slot === part) ? names[part.charCodeAt(0) - 1] : part));
  return <p class="sample">{parts}</p>;
}

export function HighlightPreview({ styles }: { styles: Settings['highlightStyle'] }) {
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = root.current;
    if (!element || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const byType = new Map<EntityType, Highlight>(ENTITY_TYPES.map((type) => [type, new Highlight()]));
    for (const span of element.querySelectorAll<HTMLElement>('[data-type]')) {
      const range = document.createRange();
      range.selectNodeContents(span);
      byType.get(span.dataset.type as EntityType)?.add(range);
    }
    for (const [type, highlight] of byType) CSS.highlights.set(NAME_PREFIX + type, highlight);
    return () => {
      for (const type of ENTITY_TYPES) CSS.highlights.delete(NAME_PREFIX + type);
    };
  }, []);

  return (
    <div class="preview" ref={root} aria-label={t('optionsPreview')}>
      <style>{highlightCss(styles)}</style>
      <div class="page light"><span class="page-name">{t('optionsPreviewLight')}</span><Sample /></div>
      <div class="page dark"><span class="page-name">{t('optionsPreviewDark')}</span><Sample /></div>
    </div>
  );
}
