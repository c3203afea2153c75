// One row per measured goal: the figure, its spread, the ratio against the same run's baseline,
// and whether the goal is met. Printed as a table and saved as JSON.

export interface BenchRow {
  section: string;
  measure: string;
  /** Median, min and max, in `unit`. */
  median: number;
  min?: number;
  max?: number;
  unit: string;
  ratio?: number;
  /** What the ratio is against, printed after it (`floor`, `mark.js`, `empty`). */
  baseline?: string;
  /** The goal in words, e.g. `<= 1.3x`; absent for figures that are reported only. */
  goal?: string;
  pass?: boolean;
}

function format(value: number): string {
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

export function printTable(rows: BenchRow[]): string {
  const header = ['section', 'measure', 'median', 'min–max', 'ratio', 'goal', 'result'];
  const lines = rows.map((r) => [
    r.section,
    r.measure,
    `${format(r.median)} ${r.unit}`,
    r.min !== undefined && r.max !== undefined ? `${format(r.min)}–${format(r.max)}` : '',
    r.ratio !== undefined ? `${format(r.ratio)}×${r.baseline ? ` ${r.baseline}` : ''}` : '',
    r.goal ?? '',
    r.pass === undefined ? '' : r.pass ? 'PASS' : 'MISS',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const render = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [render(header), render(widths.map((w) => '-'.repeat(w))), ...lines.map(render)].join('\n');
}
