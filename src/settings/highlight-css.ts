// The ::highlight() rules for the user's highlight styles, for the content script to adopt as a
// stylesheet. Pure. Colours come validated (#rrggbb), so nothing from storage reaches CSS unchecked.
import { ENTITY_TYPES } from '../shared/entity-index';
import { BACKGROUND_ALPHA, backgroundTextColor } from './contrast';
import type { Settings } from './schema';
import type { HighlightStyle } from './validators';

/** Matches content.css: thick enough to see, offset so it clears descenders. */
export const UNDERLINE_THICKNESS_PX = 2;
export const UNDERLINE_OFFSET_PX = 2;

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

function rgba(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 0xff} ${(value >> 8) & 0xff} ${value & 0xff} / ${alpha})`;
}

function declarations(style: HighlightStyle): string[] {
  switch (style.kind) {
    case 'underline':
      return [
        `text-decoration: underline ${UNDERLINE_THICKNESS_PX}px ${style.color}`,
        `text-underline-offset: ${UNDERLINE_OFFSET_PX}px`,
      ];
    case 'background':
      // text-decoration: none overrides the underline content.css draws by default.
      return [`background-color: ${rgba(style.color, BACKGROUND_ALPHA)}`, `color: ${backgroundTextColor(style.color)}`, 'text-decoration: none'];
    case 'none':
      return [];
  }
}

/** One `::highlight(backstory-<type>)` rule per type drawn; kind "none" gives no rule. */
export function highlightCss(styles: Settings['highlightStyle']): string {
  const rules: string[] = [];
  for (const type of ENTITY_TYPES) {
    const style = styles[type];
    // A bug guard: the type says #rrggbb, but a colour is the one thing here pasted into CSS text.
    if (!HEX_COLOR.test(style.color)) throw new Error(`highlightCss: ${type} colour ${JSON.stringify(style.color)} is not #rrggbb`);
    const body = declarations(style);
    if (body.length > 0) rules.push(`::highlight(backstory-${type}) {\n${body.map((d) => `  ${d};\n`).join('')}}`);
  }
  return rules.join('\n');
}
