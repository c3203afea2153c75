// Whether a highlight colour stays visible on light and dark pages, by WCAG 2 contrast ratios
// (relative luminance, https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio). Pure; colours are #rrggbb.
import { phrase, type Phrase } from './phrase';
import type { HighlightStyle } from './validators';

/** The pages we check against: white, and the dark surface Material's dark theme uses. */
export const LIGHT_PAGE = '#ffffff';
export const DARK_PAGE = '#121212';
/** Underlines are graphics: WCAG 1.4.11 asks 3:1 against what is next to them. */
export const MIN_UNDERLINE_CONTRAST = 3;
/** Text on a highlight background is text: WCAG 1.4.3 asks 4.5:1. */
export const MIN_TEXT_CONTRAST = 4.5;
/** Opacity of a highlight background: opaque enough that one text colour reads on light and dark pages. */
export const BACKGROUND_ALPHA = 0.85;
/** The text colours a background highlight may set; the one that reads better on both pages is used. */
export const DARK_TEXT = '#000000';
export const LIGHT_TEXT = '#ffffff';

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

function toHex(rgb: Rgb): string {
  return '#' + rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('');
}

export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** From 1 (none) to 21 (black on white); symmetric. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `color` at BACKGROUND_ALPHA over `page`, as an opaque colour. */
export function compositeOver(color: string, page: string): string {
  const top = parseHex(color);
  const bottom = parseHex(page);
  return toHex(top.map((channel, i) => channel * BACKGROUND_ALPHA + bottom[i]! * (1 - BACKGROUND_ALPHA)) as Rgb);
}

/** The text colour for a background highlight: the one whose worse case over both pages is better. */
export function backgroundTextColor(color: string): string {
  const worst = (text: string) => Math.min(...[LIGHT_PAGE, DARK_PAGE].map((page) => contrastRatio(text, compositeOver(color, page))));
  return worst(DARK_TEXT) >= worst(LIGHT_TEXT) ? DARK_TEXT : LIGHT_TEXT;
}

export interface ContrastCheck {
  /** Ratio on a light page and on a dark page: the underline against the page, or the text against the background. */
  light: number;
  dark: number;
  required: number;
  /** Where it is too faint; undefined when both pages pass or nothing is drawn. */
  warning?: Phrase;
}

/** One decimal, as the warning shows it (the page's language writes the digits). */
function round(ratio: number): number {
  return Number(ratio.toFixed(1));
}

function pagesFailing(light: number, dark: number, required: number): Phrase | undefined {
  if (light < required && dark < required) return phrase('contrastBothPages', round(light), round(dark));
  if (light < required) return phrase('contrastLightPages', round(light));
  if (dark < required) return phrase('contrastDarkPages', round(dark));
  return undefined;
}

export function checkHighlightContrast(style: HighlightStyle): ContrastCheck | undefined {
  if (style.kind === 'none') return undefined;
  const required = style.kind === 'underline' ? MIN_UNDERLINE_CONTRAST : MIN_TEXT_CONTRAST;
  const [light, dark] = [LIGHT_PAGE, DARK_PAGE].map((page) =>
    style.kind === 'underline' ? contrastRatio(style.color, page) : contrastRatio(backgroundTextColor(style.color), compositeOver(style.color, page)),
  ) as [number, number];
  const pages = pagesFailing(light, dark, required);
  if (!pages) return { light, dark, required };
  const warning = style.kind === 'underline' ? phrase('contrastUnderline', pages, required) : phrase('contrastText', pages, required);
  return { light, dark, required, warning };
}
