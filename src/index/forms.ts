// Comparing surface forms: apostrophe styles, case, and near-miss spellings.

/** Curly and straight apostrophes are one character; case and dots kept. */
export function normalizeForm(form: string): string {
  return form.replace(/[’‘]/g, "'");
}

/** Shortest form length for which one edit is a misspelling rather than another name (`Iran`/`Iraq`). */
const MIN_NEAR_MISS_LENGTH = 5;

/** One insertion, deletion, substitution or swap of neighbours apart, ignoring case. */
export function isNearMiss(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y || Math.min(x.length, y.length) < MIN_NEAR_MISS_LENGTH || Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const tail = (k: number, l: number): boolean => x.slice(i + k) === y.slice(i + l);
  if (x.length === y.length) return tail(1, 1) || (x[i] === y[i + 1] && x[i + 1] === y[i] && tail(2, 2));
  return x.length > y.length ? tail(1, 0) : tail(0, 1);
}

/** Lower-case, ASCII-folded slug for ids: `Qassem Soleimani` -> `qassem-soleimani`. */
export function slugify(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'entity';
}
