// What the toolbar badge says for a tab: the number of distinct entities its content script found.

/** Readable on the badge's blue in light and dark toolbars (white text, 5.2:1). */
export const BADGE_COLOR = '#2563eb';
/** The badge has room for about four characters. */
const MAX_SHOWN = 999;

/** Empty (no badge) for none found or with the badge setting off. */
export function badgeText(entities: number, show: boolean): string {
  if (!show || entities <= 0) return '';
  return entities > MAX_SHOWN ? `${MAX_SHOWN}+` : String(entities);
}
