// The entities found on the page, one group per type, most mentioned first. Each is a button:
// choosing it (click, Enter or Space) asks the page to show its first mention and its card.
import { t } from '../platform/i18n';
import { countOf } from '../shared/i18n';
import type { FoundEntity } from '../shared/messages';
import { typePlural } from '../shared/type-words';
import type { FoundGroup } from './group-found';

export interface FoundListProps {
  groups: FoundGroup[];
  onChoose(entity: FoundEntity): void;
}

export function FoundList({ groups, onChoose }: FoundListProps) {
  return (
    <>
      {groups.map((group) => (
        <section key={group.type} class="group" aria-labelledby={`group-${group.type}`} data-type={group.type}>
          <h3 id={`group-${group.type}`}>
            {typePlural(t, group.type)} <span class="muted">({group.entities.length})</span>
          </h3>
          <ul class="entities">
            {group.entities.map((entity) => (
              <li key={entity.id}>
                <button type="button" class="entity" data-entity={entity.id} onClick={() => onChoose(entity)}>
                  <span class="name">{entity.name}</span>
                  <span class="count" aria-label={countOf(t, 'mentionCount', entity.count)}>
                    {entity.count}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
