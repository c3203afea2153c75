// What the live region says when the keyboard moves to a mention: who it is, where we are among the
// page's mentions, and that the end was passed, so a screen-reader user knows what the card is about.
import type { EntityType } from '../shared/entity-index';
import { TYPE_LABELS } from './Popover';

export interface MentionStep {
  name: string;
  type: EntityType;
  /** 1-based, in document order. */
  position: number;
  total: number;
  /** True when the step went past the last (or first) mention and started over. */
  wrapped: boolean;
}

/** "Qassem Soleimani, person, name 3 of 12." with "Back to the first name. " ahead of a wrap forward. */
export function announceStep({ name, type, position, total, wrapped }: MentionStep): string {
  const where = wrapped ? (position === 1 ? 'Back to the first name. ' : 'Back to the last name. ') : '';
  return `${where}${name}, ${TYPE_LABELS[type].toLowerCase()}, name ${position} of ${total}.`;
}
