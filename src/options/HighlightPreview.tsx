// A sample sentence on a light and a dark page, drawn with the very ::highlight() rules the content
// script adopts (settings/highlight-css.ts) over CSS Custom Highlight ranges of the sample names.
import { useEffect, useRef } from 'preact/hooks';
import { highlightCss } from '../settings/highlight-css';
import type { Settings } from '../settings/schema';
import { ENTITY_TYPES, type EntityType } from '../shared/entity-index';
import { SAMPLE_NAMES } from './fields';

const NAME_PREFIX = 'backstory-';

function Sample() {
  const [person, place, organization] = ENTITY_TYPES.map((type) => <span data-type={type}>{SAMPLE_NAMES[type]}</span>);
  return <p class="sample">{person} flew to {place} to meet {organization}, as the article says.</p>;
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
    <div class="preview" ref={root} aria-label="Preview">
      <style>{highlightCss(styles)}</style>
      <div class="page light"><span class="page-name">Light page</span><Sample /></div>
      <div class="page dark"><span class="page-name">Dark page</span><Sample /></div>
    </div>
  );
}
