// What the live region says when the keyboard moves to a mention: who it is, where we are among the
// page's mentions, and that the end was passed, so a screen-reader user knows what the card is about.
import type { EntityType } from '../shared/entity-index';
import type { Translate } from '../shared/i18n';
import { typeInText } from '../shared/type-words';

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
export function announceStep({ name, type, position, total, wrapped }: MentionStep, t: Translate): string {
  const step = t('announceStep', name, typeInText(t, type), position, total);
  if (!wrapped) return step;
  return position === 1 ? t('announceWrappedToFirst', step) : t('announceWrappedToLast', step);
}
