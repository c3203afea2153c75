// One entity's popover: name and type, other names, its best facts and a way to all of them.
// Props in, events out; no hooks, so the host owns every piece of state (expanded, theme, open).
import type { Translate } from '../shared/i18n';
import type { EntityDetails } from '../shared/messages';
import { typeInText, typeLabel } from '../shared/type-words';
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
  /** The card's words (platform/i18n.ts in the content script). */
  t: Translate;
}

/** More names than this crowd the header; the rest are summed up. */
export const MAX_ALIASES_SHOWN = 4;

export function Popover({ details, maxFacts, expanded, theme, onShowAll, onOpenArticle, onClose, t }: PopoverProps) {
  const { entity, articles } = details;
  const forms = [entity.name, ...entity.aliases];
  const ranked = rankFacts(entity.facts, { maxFacts: expanded ? Infinity : maxFacts, names: forms });
  const hidden = ranked.total - ranked.shown.length;
  const aliases = describeAliases(entity.aliases, t);
  return (
    <div class="popover" role="dialog" aria-label={t('popoverLabel', entity.name, typeInText(t, entity.type))} data-theme={theme}>
      <header class="header">
        <h2 class="name" dir="auto">
          {entity.name}
        </h2>
        <span class="type">
          <TypeIcon type={entity.type} />
          {typeLabel(t, entity.type)}
        </span>
        <button type="button" class="close" aria-label={t('popoverClose')} onClick={onClose}>
          ×
        </button>
      </header>
      {aliases ? (
        <p class="aliases" dir="auto">
          {t('popoverAliases', aliases)}
        </p>
      ) : null}
      {ranked.total === 0 ? (
        <p class="empty">{t('popoverNoFacts', entity.name)}</p>
      ) : (
        <FactList facts={ranked.shown} forms={forms} articles={articles} onOpenArticle={onOpenArticle} t={t} />
      )}
      {hidden > 0 ? (
        <button type="button" class="show-all" onClick={onShowAll}>
          {t('popoverShowAll', ranked.total)}
        </button>
      ) : null}
    </div>
  );
}

/** "Soleimani, General Qassem Soleimani"; past MAX_ALIASES_SHOWN, "… and 3 more". */
export function describeAliases(aliases: readonly string[], t: Translate): string {
  const shown = aliases.slice(0, MAX_ALIASES_SHOWN).join(', ');
  const more = aliases.length - MAX_ALIASES_SHOWN;
  return more > 0 ? t('popoverAliasesMore', shown, more) : shown;
}
