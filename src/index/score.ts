// Scores an index against hand-labelled gold entities of one article (the format of
// corpus/gold/*.json). Used by scripts/eval.ts and the seed test; pure.
import type { Entity, EntityIndex, EntityType } from '../shared/entity-index.js';
import { normalizeForm } from './forms.js';

export interface GoldEntity { name: string; type: EntityType | EntityType[]; forms: string[]; optional?: boolean; optional_forms?: boolean }
export interface GoldFact { entity: string; contains?: string; attribution?: string }
export interface Gold { article: string; entities: GoldEntity[]; must_not_be_entities: string[]; facts?: GoldFact[] }

export interface ArticleScore {
  article: string;
  required: number; found: number;
  predicted: number; correct: number;
  typed: number; typedRight: number;
  forms: number; formsResolved: number;
  facts: number; factsPassed: number;
  mustNotHits: string[];
  missed: string[]; spurious: string[]; wrongType: string[]; unresolved: string[]; failedFacts: string[];
}

const forms = (e: Entity): string[] => [e.name, ...e.aliases].map(normalizeForm);
const typesOf = (g: GoldEntity): EntityType[] => (Array.isArray(g.type) ? g.type : [g.type]);

export function scoreArticle(index: EntityIndex, gold: Gold): ArticleScore {
  const ids = new Set(index.articles.find((a) => a.id === gold.article)?.entities ?? []);
  const mine = index.entities.filter((e) => ids.has(e.id));
  const entityWithForm = (form: string): Entity | undefined => mine.find((e) => forms(e).includes(normalizeForm(form)));
  const s: ArticleScore = {
    article: gold.article, required: 0, found: 0, predicted: mine.length, correct: 0, typed: 0, typedRight: 0,
    forms: 0, formsResolved: 0, facts: 0, factsPassed: 0, mustNotHits: [], missed: [], spurious: [], wrongType: [],
    unresolved: [], failedFacts: [],
  };
  const matchOf = new Map<string, Entity | undefined>();
  for (const g of gold.entities) {
    const e = entityWithForm(g.forms[0]!);
    matchOf.set(g.name, e);
    if (g.optional) continue;
    s.required++;
    if (!e) {
      s.missed.push(`${g.name} (${g.forms[0]})`);
    } else {
      s.found++;
      s.typed++;
      if (typesOf(g).includes(e.type)) s.typedRight++;
      else s.wrongType.push(`${g.name}: ${e.type}, gold ${typesOf(g).join('|')}`);
    }
    for (const f of g.optional_forms ? g.forms.slice(0, 1) : g.forms) {
      s.forms++;
      if (e && forms(e).includes(normalizeForm(f))) s.formsResolved++;
      else s.unresolved.push(`${f} -> ${g.name}`);
    }
  }
  const goldForms = new Set(gold.entities.flatMap((g) => g.forms.map(normalizeForm)));
  for (const e of mine) {
    if (forms(e).some((f) => goldForms.has(f))) s.correct++;
    else s.spurious.push(`${e.name} (${e.type})`);
  }
  const banned = new Set(gold.must_not_be_entities.map(normalizeForm));
  for (const e of mine) for (const f of forms(e)) if (banned.has(f)) s.mustNotHits.push(f);
  for (const check of gold.facts ?? []) {
    s.facts++;
    const e = matchOf.get(check.entity);
    const ok = !!e && e.facts.some((f) => f.article === gold.article &&
      (!check.contains || f.text.includes(check.contains)) &&
      (!check.attribution || f.attribution.some((a) => attributionMatches(a, check.attribution!, mine))));
    if (ok) s.factsPassed++;
    else s.failedFacts.push(`${check.entity}: ${check.contains ?? ''}${check.attribution ? ` [${check.attribution}]` : ''}`);
  }
  return s;
}

/** A source matches when it is the gold string or names the entity the gold string is a form of. */
function attributionMatches(source: string, wanted: string, mine: Entity[]): boolean {
  if (normalizeForm(source) === normalizeForm(wanted)) return true;
  const e = mine.find((x) => x.name === source);
  return !!e && forms(e).includes(normalizeForm(wanted));
}

export function summarize(scores: ArticleScore[]): { recall: number; precision: number; typeAccuracy: number; formsResolved: number; mustNotHits: number; facts: string } {
  const sum = (k: keyof ArticleScore): number => scores.reduce((n, s) => n + (s[k] as number), 0);
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  return {
    recall: ratio(sum('found'), sum('required')),
    precision: ratio(sum('correct'), sum('predicted')),
    typeAccuracy: ratio(sum('typedRight'), sum('typed')),
    formsResolved: ratio(sum('formsResolved'), sum('forms')),
    mustNotHits: scores.reduce((n, s) => n + s.mustNotHits.length, 0),
    facts: `${sum('factsPassed')}/${sum('facts')}`,
  };
}
