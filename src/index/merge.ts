// Article entities -> index entities: one entity per key across articles; a person named only by
// surname (`Obama`) joins the one full name that ends with it; type from all the evidence.
import type { EntityType } from '../shared/entity-index.js';
import type { ArticleEntity } from './article-entities.js';
import { pickType, type TypeScores } from './classify.js';
import { HONORIFICS } from './lexicon.js';

export interface MergedEntity {
  name: string;
  type: EntityType;
  forms: Set<string>;
  scores: TypeScores;
  parts: { article: string; entity: ArticleEntity }[];
}

export function mergeEntities(perArticle: { article: string; entities: ArticleEntity[] }[]): MergedEntity[] {
  const byKey = new Map<string, MergedEntity>();
  for (const { article, entities } of perArticle) {
    for (const e of entities) {
      const m = byKey.get(e.key) ?? { name: e.name, type: 'organization', forms: new Set(), scores: { person: 0, place: 0, organization: 0 }, parts: [] };
      absorb(m, article, e);
      byKey.set(e.key, m);
    }
  }
  const merged = [...byKey.values()];
  for (const m of merged) m.type = pickType(m.scores);
  // `Obama` alone (in one article) is `Barack Obama` (in another) when exactly one full name fits
  // and both are given the same title (`President Obama`, `President Barack Obama`): a bare surname
  // is otherwise anyone's (`the Carter administration` is not the photographer Erik Carter).
  for (const short of merged.filter((m) => m.type === 'person' && !m.name.includes(' '))) {
    const fits = merged.filter((m) => m !== short && m.type === 'person' && m.name.includes(' ') && m.name.split(' ').at(-1) === short.name);
    if (fits.length !== 1) continue;
    const long = fits[0]!;
    const shortTitles = titleWords(short.forms, [short.name]);
    if (![...titleWords(long.forms, [long.name, short.name])].some((w) => shortTitles.has(w))) continue;
    for (const p of short.parts) absorb(long, p.article, p.entity);
    merged.splice(merged.indexOf(short), 1);
  }
  for (const m of merged) m.type = pickType(m.scores);
  return merged;
}

/** `President-elect` from `President-elect Donald J. Trump`; honorifics (`Mr.`) say nothing of who. */
function titleWords(forms: Set<string>, names: string[]): Set<string> {
  const out = new Set<string>();
  for (const f of forms) {
    for (const n of names) {
      if (f.endsWith(` ${n}`)) for (const w of f.slice(0, -n.length - 1).split(' ')) if (!HONORIFICS.has(w)) out.add(w);
    }
  }
  return out;
}

function absorb(m: MergedEntity, article: string, e: ArticleEntity): void {
  m.parts.push({ article, entity: e });
  for (const f of e.forms) m.forms.add(f);
  m.forms.add(e.name);
  for (const t of Object.keys(m.scores) as EntityType[]) m.scores[t] += e.scores[t];
  // The fullest name wins (`Barack Obama` over `Obama`), then the one written in most articles.
  const counts = new Map<string, number>();
  for (const p of m.parts) counts.set(p.entity.name, (counts.get(p.entity.name) ?? 0) + 1);
  m.name = [...counts].sort((a, b) => b[0].split(' ').length - a[0].split(' ').length || b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}
