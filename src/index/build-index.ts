// Build-time entry: a folder of plain-text news articles -> EntityIndex. Reads and validates the
// files (read-articles.ts), derives each article's entities (article-entities.ts), merges them
// across articles (merge.ts), applies curators' overrides (overrides.ts), then writes facts with
// canonical sources. Never throws for bad input: every problem is a `file:line: what` string.
import { basename } from 'node:path';
import { ENTITY_TYPES, INDEX_FORMAT_VERSION, type Article, type Entity, type EntityIndex, type EntityType } from '../shared/entity-index.js';
import { parseArticle } from './parse-article.js';
import { extractEntities, type ArticleEntity } from './article-entities.js';
import { mergeEntities, type MergedEntity } from './merge.js';
import { rankFacts } from './facts.js';
import { loadGazetteer } from './gazetteer.js';
import { readArticles } from './read-articles.js';
import { applyOverrides, readOverrides, type Overrides } from './overrides.js';
import { finalizeForms } from './finalize-forms.js';
import { normalizeForm, slugify } from './forms.js';

export interface DeriveResult {
  index: EntityIndex;
  warnings: string[];
  errors: string[];
  stats: { articles: number; entitiesByType: Record<EntityType, number>; facts: number };
}

export async function deriveIndexFromFolder(dir: string, options: { overridesFile?: string } = {}): Promise<DeriveResult> {
  const read = await readArticles(dir);
  let overrides: Overrides | undefined;
  const errors = [...read.errors];
  const warnings = [...read.warnings];
  if (options.overridesFile) {
    const o = await readOverrides(options.overridesFile);
    errors.push(...o.errors);
    overrides = o.overrides;
  }
  const result = deriveIndex(read.articles, overrides);
  return { ...result, warnings: [...warnings, ...result.warnings], errors: [...errors, ...result.errors] };
}

/** Pure: article texts (file name relative to the folder) -> index, with every problem collected. */
export function deriveIndex(articles: { file: string; text: string }[], overrides?: Overrides): DeriveResult {
  const gaz = loadGazetteer();
  const warnings: string[] = [];
  const errors: string[] = [];
  const parsed = [];
  const ids = new Map<string, string>();
  for (const { file, text } of [...articles].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    if (text.trim() === '') {
      warnings.push(`${file}:1: article is empty; skipped`);
      continue;
    }
    const nul = text.indexOf('\u0000');
    if (nul >= 0) {
      errors.push(`${file}:${lineAt(text, nul)}: contains NUL bytes; not a text article`);
      continue;
    }
    const article = parseArticle(basename(file), text);
    const clash = ids.get(article.id.toLowerCase());
    if (clash) {
      errors.push(`${file}:1: article id "${article.id}" is also the id of ${clash}; rename one file`);
      continue;
    }
    ids.set(article.id.toLowerCase(), file);
    parsed.push({ article, entities: extractEntities(article, gaz) });
  }
  let merged = mergeEntities(parsed.map((p) => ({ article: p.article.id, entities: p.entities })));
  if (overrides) {
    const applied = applyOverrides(merged, overrides);
    merged = applied.entities;
    errors.push(...applied.errors);
  }
  const texts = new Map(parsed.map((p) => [p.article.id, p.article]));
  const finalOf = new Map<ArticleEntity, MergedEntity>();
  for (const m of merged) for (const p of m.parts) finalOf.set(p.entity, m);
  const entityIds = assignIds(merged);
  const entities: Entity[] = [];
  const articleEntities = new Map<string, Set<string>>();
  for (const m of merged) {
    const id = entityIds.get(m)!;
    const facts = rankFacts(m.parts.flatMap(({ article, entity }) => entity.facts.map((f) => ({
      fact: { text: f.text, article, attribution: f.sources.map((s) => (typeof s === 'string' ? s : finalOf.get(s)?.name ?? s.name)) },
      at: f.at, full: f.full, headline: f.headline, before: f.before, after: f.after,
    }))));
    const { name, aliases } = finalizeForms(m, (a) => texts.get(a));
    entities.push({ id, name, type: m.type, aliases, facts });
    for (const p of m.parts) articleEntities.set(p.article, (articleEntities.get(p.article) ?? new Set()).add(id));
  }
  dropSharedSurnames(entities);
  const indexArticles: Article[] = parsed.map(({ article }) => ({
    id: article.id, file: article.file,
    ...(article.title ? { title: article.title } : {}),
    ...(article.date ? { date: article.date } : {}),
    ...(article.byline ? { byline: article.byline } : {}),
    entities: [...(articleEntities.get(article.id) ?? [])],
  }));
  const entitiesByType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, entities.filter((e) => e.type === t).length])) as Record<EntityType, number>;
  return {
    index: { version: INDEX_FORMAT_VERSION, articles: indexArticles, entities },
    warnings, errors,
    stats: { articles: indexArticles.length, entitiesByType, facts: entities.reduce((n, e) => n + e.facts.length, 0) },
  };
}

/**
 * Two people from different articles who share a surname (`Chang W. Lee`, `Minho Lee`) keep their
 * full names, but the bare surname as an alias could be either on a page, so neither keeps it.
 */
function dropSharedSurnames(entities: Entity[]): void {
  const owners = new Map<string, number>();
  const bare = (e: Entity): string[] => (e.type === 'person' ? e.aliases.filter((a) => !a.includes(' ')).map(normalizeForm) : []);
  for (const e of entities) for (const a of new Set(bare(e))) owners.set(a, (owners.get(a) ?? 0) + 1);
  for (const e of entities) if (e.type === 'person') e.aliases = e.aliases.filter((a) => a.includes(' ') || owners.get(normalizeForm(a))! < 2);
}

/** `type:slug`, stable across builds; a clash gets `-2`, `-3` in name order. */
function assignIds(merged: MergedEntity[]): Map<MergedEntity, string> {
  const ids = new Map<MergedEntity, string>();
  const used = new Set<string>();
  for (const m of [...merged].sort((a, b) => a.name.localeCompare(b.name))) {
    const base = `${m.type}:${slugify(m.name)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    ids.set(m, id);
  }
  return ids;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
