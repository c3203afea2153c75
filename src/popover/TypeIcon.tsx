// A small glyph for an entity's type, drawn inline (no image requests, follows currentColor).
// Decorative: the type is always written beside it.
import type { EntityType } from '../shared/entity-index';

const PATHS: Record<EntityType, string> = {
  // Head and shoulders.
  person: 'M8 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm-5.5 6.5c0-2.8 2.5-4.5 5.5-4.5s5.5 1.7 5.5 4.5v.5h-11Z',
  // A map pin.
  place: 'M8 1a5 5 0 0 0-5 5c0 3.6 5 9 5 9s5-5.4 5-9a5 5 0 0 0-5-5Zm0 7a2 2 0 1 1 0-4 2 2 0 0 1 0 4Z',
  // A building with columns.
  organization: 'M8 1 1 4.5V6h14V4.5ZM2.5 7v5h2V7Zm4.5 0v5h2V7Zm4.5 0v5h2V7ZM1 13v2h14v-2Z',
};

export interface TypeIconProps {
  type: EntityType;
}

export function TypeIcon({ type }: TypeIconProps) {
  return (
    <svg class="type-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path fill="currentColor" d={PATHS[type]} />
    </svg>
  );
}
