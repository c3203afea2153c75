// A deliberately naive statement of the matching rules, written apart from src/match: every
// variant of every form, searched with indexOf at every position, checked, then resolved greedily.
// Slow (forms × text) and simple enough to read as the specification.

export interface ReferenceEntity {
  name: string;
  aliases: string[];
}

export interface ReferenceMention {
  start: number;
  end: number;
  entity: number;
}

const FOLDS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u02BC': "'", '\u2032': "'",
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\t': ' ', '\n': ' ', '\v': ' ', '\f': ' ', '\r': ' ',
};

export function referenceFold(text: string): string {
  return text.replace(/[\u2018\u2019\u02BC\u2032\u2010-\u2015\u2212\u00A0\u2007\u202F\t\n\v\f\r]/g, (ch) => FOLDS[ch]!);
}

const CJK = /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]$/u;
const WORD = /^[\p{L}\p{N}\p{M}\p{Pc}]$/u;

function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

function isWord(ch: string | undefined): boolean {
  return ch !== undefined && WORD.test(ch) && !CJK.test(ch);
}

/** Each variant of one form with its rank: 0 as written (NFC or NFD), 1 ALL-CAPS (3+ letters). */
export function referenceVariants(form: string): Map<string, number> {
  const variants = new Map<string, number>();
  const trimmed = form.trim();
  if (trimmed === '' || /\p{Cs}/u.test(trimmed)) return variants;
  const spellings: Array<[string, number]> = [[trimmed, 0]];
  if ([...trimmed].filter((ch) => /\p{L}/u.test(ch)).length >= 3) spellings.push([trimmed.toUpperCase(), 1]);
  for (const [spelling, rank] of spellings) {
    for (const nf of ['NFC', 'NFD']) {
      const text = referenceFold(spelling.normalize(nf));
      if (!variants.has(text) || variants.get(text)! > rank) variants.set(text, rank);
    }
  }
  return variants;
}

export function referenceMentions(entities: readonly ReferenceEntity[], text: string): ReferenceMention[] {
  const owners = new Map<string, { entity: number; rank: number }>();
  entities.forEach((entity, index) => {
    for (const form of [entity.name, ...entity.aliases]) {
      for (const [variant, rank] of referenceVariants(form)) {
        const owner = owners.get(variant);
        if (!owner || rank < owner.rank || (rank === owner.rank && index < owner.entity)) {
          owners.set(variant, { entity: index, rank });
        }
      }
    }
  });
  const folded = referenceFold(text);
  const candidates: ReferenceMention[] = [];
  for (const [variant, { entity }] of owners) {
    const chars = [...variant];
    for (let at = folded.indexOf(variant); at >= 0; at = folded.indexOf(variant, at + 1)) {
      const end = at + variant.length;
      // Boundaries are judged on folded text too: `ʼ` is a modifier letter that folds to `'`.
      const before = [...folded.slice(0, at)].at(-1);
      const after = [...folded.slice(end)][0];
      if (!isCjk(chars[0]) && isWord(before)) continue;
      if (!isCjk(chars.at(-1)) && isWord(after)) continue;
      candidates.push({ start: at, end, entity });
    }
  }
  candidates.sort((x, y) => x.start - y.start || y.end - x.end || x.entity - y.entity);
  const mentions: ReferenceMention[] = [];
  let lastEnd = 0;
  for (const candidate of candidates) {
    if (candidate.start >= lastEnd) {
      mentions.push(candidate);
      lastEnd = candidate.end;
    }
  }
  return mentions;
}
