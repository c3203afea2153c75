// One entity's popover: name and type, other names, its best facts and a way to all of them.
// Props in, events out; no hooks, so the host owns every piece of state (expanded, theme, open).
import type { EntityType } from '../shared/entity-index';
import type { EntityDetails } from '../shared/messages';
import { FactList, type OpenArticleTarget } from './FactList';
import { rankFacts } from './rank-facts';
import { TypeIcon } from './TypeIcon';

export type PopoverTheme = 'light' | 'dark';

export interface PopoverProps {
  details: EntityDetails;
  /** How many facts before "Show all" (from settings). */
  maxFacts: number;
  /** True once the user chose "Show all": every distinct fact is listed. */
  expanded: boolean;
  /** From prefers-color-scheme or the setting; also honoured on the shadow host (popover.css.ts). */
  theme?: PopoverTheme;
  onShowAll: () => void;
  onOpenArticle: (target: OpenArticleTarget) => void;
  /** The close button; Escape and tapping elsewhere reach the host through the hover machine. */
  onClose: () => void;
}

export const TYPE_LABELS: Record<EntityType, string> = { person: 'Person', place: 'Place', organization: 'Organisation' };

/** More names than this crowd the header; the rest are summed up. */
export const MAX_ALIASES_SHOWN = 4;

export function Popover({ details, maxFacts, expanded, theme, onShowAll, onOpenArticle, onClose }: PopoverProps) {
  const { entity, articles } = details;
  const typeLabel = TYPE_LABELS[entity.type];
  const forms = [entity.name, ...entity.aliases];
  const ranked = rankFacts(entity.facts, { maxFacts: expanded ? Infinity : maxFacts, names: forms });
  const hidden = ranked.total - ranked.shown.length;
  const aliases = describeAliases(entity.aliases);
  return (
    <div class="popover" role="dialog" aria-label={`${entity.name}, ${typeLabel.toLowerCase()}`} data-theme={theme}>
      <header class="header">
        <h2 class="name" dir="auto">
          {entity.name}
        </h2>
        <span class="type">
          <TypeIcon type={entity.type} />
          {typeLabel}
        </span>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {aliases ? (
        <p class="aliases" dir="auto">
          also: {aliases}
        </p>
      ) : null}
      {ranked.total === 0 ? (
        <p class="empty">The bundled articles say nothing more about {entity.name}.</p>
      ) : (
        <FactList facts={ranked.shown} forms={forms} articles={articles} onOpenArticle={onOpenArticle} />
      )}
      {hidden > 0 ? (
        <button type="button" class="show-all" onClick={onShowAll}>
          Show all {ranked.total} facts
        </button>
      ) : null}
    </div>
  );
}

/** "Soleimani, General Qassem Soleimani"; past MAX_ALIASES_SHOWN, "… and 3 more". */
export function describeAliases(aliases: readonly string[]): string {
  const shown = aliases.slice(0, MAX_ALIASES_SHOWN).join(', ');
  const more = aliases.length - MAX_ALIASES_SHOWN;
  return more > 0 ? `${shown} and ${more} more` : shown;
}
