// Pure scoring of one page's highlights against its gold labels: which gold forms the page shows as
// whole words, which of them a highlight covers, and which highlights break a rule. Knows no browser:
// the ranges come with the visible text around them (corpus-page.ts).
import type { EntityIndex } from '../../../src/shared/entity-index';
import type { RangeReport } from './corpus-page';

/** A letter, digit or combining mark: what a whole word may not touch on either side. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const WORD_CLASS = '[\\p{L}\\p{N}\\p{M}]';
// CJK scripts write no spaces: a mention with a CJK edge needs no boundary there (src/match/char-class.ts).
const CJK_CHAR = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]/u;

/** Text as rendered: invisible characters dropped, white-space runs as one space. */
export function collapse(text: string): string {
  return text.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ');
}

/** A pattern (flag `u`) for `form` as a whole word in collapsed text: no letter, digit or mark on either side. */
export function wholeWordPattern(form: string): string {
  const words = collapse(form).trim().split(' ').map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return `(?<!${WORD_CLASS})${words.join(' ')}(?!${WORD_CLASS})`;
}

interface Occurrence {
  form: string;
  start: number;
  end: number;
}

/**
 * Whole-word occurrences of `forms` in collapsed `text` that are not part of a longer one: "Parata"
 * inside "Hori Parata" is an occurrence of "Hori Parata" only, so "Parata" counts where it stands alone.
 */
export function maximalOccurrences(forms: readonly string[], text: string): Occurrence[] {
  const all = forms.flatMap((form) =>
    [...text.matchAll(new RegExp(wholeWordPattern(form), 'gu'))].map((match) => ({ form, start: match.index, end: match.index + match[0].length })),
  );
  return all.filter((inner) => !all.some((outer) => outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start));
}

/** The forms that occur, as whole words and not only inside a longer form, in `visibleText` (innerText: blocks on separate lines). */
export function formsShown(forms: readonly string[], visibleText: string): string[] {
  const shown = new Set(visibleText.split('\n').flatMap((line) => maximalOccurrences(forms, collapse(line)).map((o) => o.form)));
  return forms.filter((form) => shown.has(form));
}

/** How the best highlight meets a (maximal) occurrence of a form. */
export type Coverage = 'exact' | 'within' | 'partial' | 'crossing' | 'none';
const RANK: Coverage[] = ['exact', 'within', 'partial', 'crossing', 'none'];

export interface FormResult {
  form: string;
  coverage: Coverage;
  /** The text of the highlight behind `coverage`, unless none. */
  by?: string;
}

/**
 * For each form, the best of its occurrences next to a highlight: exact, the highlight is the form;
 * within, a longer highlight that is no gold form holds it; partial, a shorter highlight inside it
 * (Obama in Mr Obama); crossing, a highlight overlaps one side. Only exact and within count.
 */
export function coverageOf(forms: readonly string[], ranges: readonly RangeReport[]): Map<string, FormResult> {
  const best = new Map<string, FormResult>(forms.map((form) => [form, { form, coverage: 'none' }]));
  for (const range of ranges) {
    const before = collapse(range.before);
    const text = collapse(range.text);
    const [start, end] = [before.length, before.length + text.length];
    for (const { form, start: from, end: to } of maximalOccurrences(forms, before + text + collapse(range.after))) {
      if (to <= start || from >= end) continue;
      const coverage: Coverage =
        from === start && to === end ? 'exact' : from >= start && to <= end ? 'within' : from <= start && to >= end ? 'partial' : 'crossing';
      if (RANK.indexOf(coverage) < RANK.indexOf(best.get(form)!.coverage)) best.set(form, { form, coverage, by: text });
    }
  }
  return best;
}

export const isHighlighted = (result: FormResult) => result.coverage === 'exact' || result.coverage === 'within';

/** Every name and alias of the index, as the matcher compares them (white space collapsed). */
export function indexedForms(index: EntityIndex): Set<string> {
  return new Set(index.entities.flatMap((entity) => [entity.name, ...entity.aliases]).map((form) => collapse(form).trim()));
}

function isWordEdge(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char) && !CJK_CHAR.test(char);
}

/** Why a highlight breaks a rule: part of a word, a must-not string, inside a skipped element; none: []. */
export function rangeProblems(range: RangeReport, mustNot: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const text = collapse(range.text);
  const first = [...text][0];
  const last = [...text].at(-1);
  const previous = [...collapse(range.before)].at(-1);
  const next = [...collapse(range.after)][0];
  const cut = (first !== undefined && !CJK_CHAR.test(first) && isWordEdge(previous)) || (last !== undefined && !CJK_CHAR.test(last) && isWordEdge(next));
  if (cut) problems.push(`part of a word: …${range.before.slice(-15)}[${range.text}]${range.after.slice(0, 15)}…`);
  if (mustNot.has(text.trim())) problems.push(`a must-not string: [${range.text}]`);
  if (range.skippedIn) problems.push(`inside <${range.skippedIn}>: [${range.text}]`);
  return problems;
}
