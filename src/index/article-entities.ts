// One parsed article -> its entities (name, forms, type evidence) and fact candidates whose
// sources still point at the article's own groups (canonical names are known only after merging).
import type { ParsedArticle } from './parse-article.js';
import { analyzeArticle, type SentenceMention } from './analyze-article.js';
import { groupMentions, type Group } from './aliases.js';
import { scoreGroup, scoreProduct, type TypeScores } from './classify.js';
import { findSources, PRONOUN_SOURCE } from './sources.js';
import { inheritQuoteSources } from './quote-spans.js';
import type { Gazetteer } from './gazetteer.js';
import { isAllCaps } from './tokens.js';
import { normalizeForm } from './forms.js';
import { isCommonPlural } from './not-names.js';
import { isOnlyUsedAsProduct } from './products.js';
import { NAME_SUFFIXES, ORG_HEADS, PLACE_HEADS } from './lexicon.js';

/** Times a common word must be capitalised mid-sentence, without other evidence, to count as a name. */
const MIN_USES_OF_COMMON_WORD_NAME = 2;

export interface ArticleEntity {
  name: string;
  forms: Set<string>;
  scores: TypeScores;
  facts: FactDraft[];
  /** Key under which the same entity from other articles merges. */
  key: string;
}

export interface FactDraft {
  text: string;
  sources: (ArticleEntity | string)[];
  at: number;
  full: boolean;
  headline: boolean;
  before: string;
  after: string;
}

export function extractEntities(article: ParsedArticle, gaz: Gazetteer): ArticleEntity[] {
  const { sentences, mentions, handles } = analyzeArticle(article, gaz);
  const groups = groupMentions(mentions, (m) => sentences[m.sentence]!.headline, handles, gaz);
  const entities = new Map<Group, ArticleEntity>();
  const names = new Map(groups.map((g) => [g, pickName(g)]));
  const standalone = new Set([...names.values()].filter((n) => !n.includes(' ')));
  for (const g of groups) {
    const name = names.get(g)!;
    const scores = scoreGroup(g, name, gaz);
    if (isProductOf(name, standalone, gaz) || isPassingCommonWord(g, name, scores, sentences, gaz) || isProduct(g, scores) ||
      isOnlyUsedAsProduct(g, name, gaz)) continue;
    entities.set(g, { name, forms: new Set([...g.forms.keys(), ...g.extraForms]), scores, facts: [], key: keyOf(g.canonical ?? name) });
  }
  const persons = [...entities.values()].filter((e) => e.scores.person > Math.max(e.scores.place, e.scores.organization));
  // Which entity each sentence mentions, in order, for pronoun speakers.
  const bySentence = new Map<number, { e: ArticleEntity; m: SentenceMention }[]>();
  for (const [g, e] of entities) {
    for (const ms of g.forms.values()) for (const m of ms) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), { e, m }]);
  }
  const resolve = (source: string, sentence: number): ArticleEntity | string | undefined => {
    if (source === PRONOUN_SOURCE) {
      // Earlier sentences first: a name inside the quote itself is rarely the speaker.
      for (const s of [sentence - 1, sentence - 2, sentence - 3, sentence]) {
        const hits = (bySentence.get(s) ?? []).filter(({ e }) => persons.includes(e)).sort((a, b) => b.m.start - a.m.start);
        if (hits[0]) return hits[0].e;
      }
      return undefined;
    }
    let best: ArticleEntity | undefined;
    let bestLength = 0;
    for (const e of entities.values()) {
      for (const f of e.forms) {
        const n = normalizeForm(f);
        const src = normalizeForm(source);
        if ((src === n || src.endsWith(` ${n}`) || src === `The ${n}`) && n.length > bestLength) {
          best = e;
          bestLength = n.length;
        }
      }
    }
    return best ?? source;
  };
  const sourcesOf = inheritQuoteSources(sentences, sentences.map((s, i) =>
    findSources(s.text).map((src) => resolve(src, i)).filter((x): x is ArticleEntity | string => x !== undefined)));
  sentences.forEach((s, i) => {
    const hits = bySentence.get(i);
    if (!hits) return;
    const sources = sourcesOf[i]!;
    const seen = new Set<ArticleEntity>();
    for (const { e, m } of hits.sort((a, b) => a.m.start - b.m.start)) {
      if (seen.has(e)) continue;
      seen.add(e);
      e.facts.push({
        text: s.text, sources, at: m.start,
        full: m.words.length > 1, headline: s.headline, before: s.text.slice(0, m.start), after: s.text.slice(m.end),
      });
    }
  });
  if (article.byline) addByline(article.byline, entities, gaz);
  return [...entities.values()];
}

/** `Dolby Atmos`, `Google Pay`: a name the article also uses alone, followed by a product word. */
function isProductOf(name: string, standalone: Set<string>, gaz: Gazetteer): boolean {
  const ws = name.split(' ');
  if (ws.length < 2 || !standalone.has(ws[0]!)) return false;
  const rest = ws.slice(1);
  return !gaz.majorPlaces.has(rest.join(' ')) && !rest.some((w) => ORG_HEADS.has(w) || PLACE_HEADS.has(w) || gaz.majorPlaces.has(w));
}

/** Least product evidence (one cue) that can outweigh the types' evidence. */
const MIN_PRODUCT_EVIDENCE = 1.5;

/** `Xbox 360`, `the Windows Mixed Reality headsets`: product cues outweigh every type's evidence. */
function isProduct(g: Group, scores: TypeScores): boolean {
  const product = scoreProduct(g);
  return product >= MIN_PRODUCT_EVIDENCE && product > Math.max(scores.person, scores.place, scores.organization);
}

/**
 * A common word capitalised once or twice mid-sentence with no sign of naming anything
 * (`Metro`, `Winter`, `Performance`): section labels and emphasis, not entities.
 */
function isPassingCommonWord(g: Group, name: string, scores: TypeScores, sentences: { headline: boolean }[], gaz: Gazetteer): boolean {
  // Common words only, and nothing says it is a person, place or body (`Killer Instinct`,
  // `Named Binary Tag`): a title, a feature or a format; such a body ends in a head word.
  // Well-known bodies (`United Nations`, from the abbreviations) are exempt.
  const allCommon = (f: string): boolean => f.includes(' ') && f.split(' ').every((w) => gaz.lexicon.has(w.toLowerCase()));
  if ([...g.forms.keys()].every(allCommon) && !gaz.knownNames.has(name) && Math.max(scores.person, scores.place, scores.organization) === 0) return true;
  // `Super Lucky's Tale`, `Assassin's Creed`: a common word right after a name's possessive ends a title.
  const afterPossessive = (m: SentenceMention): boolean => /\p{Lu}[\p{L}\p{N}-]*['’]s $/u.test(m.run.sentence.slice(0, m.start));
  const uses = [...g.forms.values()].flat().filter((m) => !m.initial && !sentences[m.sentence]!.headline && !afterPossessive(m)).length;
  // A city named by an everyday word is that word when only a sentence start or a headline capitalises it.
  if (gaz.commonWordCities.has(name)) {
    const atStart = (m: SentenceMention): boolean => m.run.initial && m.start === m.run.tokens[0]!.start;
    return [...g.forms.values()].flat().every((m) => atStart(m) || sentences[m.sentence]!.headline);
  }
  const evidence = Math.max(scores.person, scores.place, scores.organization);
  if (evidence <= 1 && isCommonPlural(name, gaz)) return true;
  if (name.includes(' ') || !gaz.lexicon.has(name.toLowerCase()) || gaz.firstNames.has(name) || gaz.majorPlaces.has(name)) return false;
  if (evidence > 1) return false;
  return uses < MIN_USES_OF_COMMON_WORD_NAME;
}

function pickName(g: Group): string {
  const forms = [...g.forms.entries()].filter(([f]) => !g.typos.has(f) || g.forms.size === 1);
  if (g.canonical && g.forms.has(g.canonical)) return g.canonical;
  const rank = (f: string, n: number): number =>
    (isAllCaps(f) && !f.includes(' ') ? 0 : 1000) + f.split(' ').length * 100 + n;
  forms.sort((a, b) => rank(b[0], b[1].length) - rank(a[0], a[1].length) || a[0].localeCompare(b[0]));
  const name = forms[0]?.[0] ?? [...g.forms.keys()][0]!;
  // A dateline (`CAIRO —`) is the place's name in capitals.
  const dateline = g.forms.get(name)?.some((m) => m.dateline);
  if (dateline && isAllCaps(name) && name.length > 3) return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  return name;
}

/** Merge key: case, apostrophes and middle initials do not make another entity. */
export function keyOf(name: string): string {
  const ws = normalizeForm(name).toLowerCase().split(' ');
  return (ws.length >= 3 ? ws.filter((w, i) => i === 0 || !/^\p{L}\.$/u.test(w)) : ws).join(' ');
}

/** `by Stella Kim, Jennifer Jett` names the writers; `by BBC News` a newsroom. */
function addByline(byline: string, entities: Map<Group, ArticleEntity>, gaz: Gazetteer): void {
  for (const part of byline.split(/,\s*|\s+and\s+|\s*\(|\)/)) {
    const ws = part.trim().split(/\s+/).filter((w) => w && !NAME_SUFFIXES.has(w));
    if (!ws.length || !ws.every((w) => /^\p{Lu}/u.test(w))) continue;
    const name = ws.join(' ');
    // `by BBC News` is the `BBC` of the body.
    const bare = ws.length > 1 && ORG_HEADS.has(ws[ws.length - 1]!) ? ws.slice(0, -1).join(' ') : name;
    const existing = [...entities.values()].find((e) => e.forms.has(name) || e.forms.has(bare));
    existing?.forms.add(name);
    const isOrg = ORG_HEADS.has(ws[ws.length - 1]!) || (ws.length === 1 && isAllCaps(name));
    const scores = isOrg ? { person: 0, place: 0, organization: 5 } : { person: ws.length > 1 ? 3 : 1, place: 0, organization: 0 };
    if (existing) {
      existing.scores.person += scores.person;
      existing.scores.organization += scores.organization;
    } else if (ws.length > 1 || isOrg) {
      entities.set({ forms: new Map(), extraForms: new Set(), typos: new Set() }, { name, forms: new Set([name]), scores, facts: [], key: keyOf(name) });
    }
  }
  void gaz;
}
