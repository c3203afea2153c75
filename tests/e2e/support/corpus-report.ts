// One row per saved page: what the corpus tests measured, and the table `npm run check:corpus` prints.
import type { FormResult } from './corpus-score';

export interface PageRow {
  page: string;
  /** Ranges once the highlights settled (scope "page", page scripts frozen). */
  ranges: number;
  /** From DOMContentLoaded to the last change in the number of ranges, at 100 ms resolution. */
  settledAfterMs: number;
  /** Gold forms the page shows as whole words; undefined without gold labels. */
  shown?: FormResult[];
  highlighted?: number;
  /** Each form shown but not highlighted, with why. */
  misses: string[];
  problems: string[];
  domUnchanged?: boolean;
  pageErrorsWithout?: number;
  pageErrorsWith?: number;
  extensionErrors: string[];
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`;
}

export function formatTable(browser: string, rows: readonly PageRow[]): string {
  const lines = [
    `Backstory on saved news pages in ${browser} (scope "page"; DOM with page scripts frozen; errors with scripts on;`,
    '  settle ms: from DOMContentLoaded to the last change in the number of highlights, frozen load, 100 ms polls)',
    'page                          ranges  settle ms  forms shown  highlighted  recall  bad ranges  DOM same  page errors w/o -> with  extension errors',
  ];
  let shown = 0;
  let highlighted = 0;
  let partly = 0;
  for (const row of rows) {
    shown += row.shown?.length ?? 0;
    highlighted += row.highlighted ?? 0;
    partly += row.shown?.filter((result) => result.coverage === 'partial').length ?? 0;
    lines.push(
      [
        row.page.padEnd(29),
        String(row.ranges).padStart(6),
        String(Math.round(row.settledAfterMs)).padStart(10),
        String(row.shown?.length ?? '—').padStart(12),
        String(row.highlighted ?? '—').padStart(12),
        (row.shown ? percent(row.highlighted ?? 0, row.shown.length) : '—').padStart(7),
        String(row.problems.length).padStart(11),
        (row.domUnchanged === undefined ? '?' : row.domUnchanged ? 'yes' : 'NO').padStart(9),
        `${row.pageErrorsWithout ?? '?'} -> ${row.pageErrorsWith ?? '?'}`.padStart(24),
        String(row.extensionErrors.length).padStart(17),
      ].join(' '),
    );
    for (const miss of row.misses) lines.push(`    miss: ${miss}`);
    for (const problem of row.problems.slice(0, 10)) lines.push(`    bad range: ${problem}`);
    if (row.problems.length > 10) lines.push(`    … ${row.problems.length - 10} more bad ranges`);
    for (const error of row.extensionErrors.slice(0, 5)) lines.push(`    extension error: ${error}`);
  }
  lines.push(`all labelled pages: ${highlighted} of ${shown} gold forms shown are highlighted (${percent(highlighted, shown)})`);
  lines.push(`  with a shorter highlight inside a form counted too (Obama in Mr Obama): ${highlighted + partly} (${percent(highlighted + partly, shown)})`);
  return lines.join('\n');
}
