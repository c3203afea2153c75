// Group -> entity type, by weighing the evidence of every mention: gazetteers, head words, titles
// and honorifics, first names, the words around each mention. Scores are kept so that one entity
// named in several articles can be typed from all of them.
import type { EntityType } from '../shared/entity-index.js';
import type { Group } from './aliases.js';
import type { Gazetteer } from './gazetteer.js';
import { isAllCaps } from './tokens.js';
import { scoreContext } from './context-cues.js';
import { mentionEvidence } from './mention-evidence.js';
import { COMPASS, GROUP_WORDS, NAME_ADJECTIVES, NAME_CONNECTORS, ORG_HEADS, PLACE_HEADS, VENUE_HEADS } from './lexicon.js';

export type TypeScores = Record<EntityType, number>;

/** `in X` is weak evidence (`in Minecraft`); several of them together are worth this much at most. */
const MAX_PREPOSITION_EVIDENCE = 2;

export function scoreGroup(g: Group, name: string, gaz: Gazetteer): TypeScores {
  const s: TypeScores = { person: 0, place: 0, organization: 0 };
  const ws = name.split(' ');
  const last = ws[ws.length - 1]!;
  const first = ws[0]!;
  const forms = [...g.forms.keys(), ...[...g.extraForms].filter((f) => f.startsWith('The '))];
  const canonical = g.canonical ?? name;
  if (gaz.countries.has(canonical) || gaz.majorPlaces.has(canonical) || forms.some((f) => gaz.majorPlaces.has(f))) s.place += 5;
  else if (gaz.minorPlaces.has(name) && !gaz.firstNames.has(first) && !gaz.lexicon.has(name.toLowerCase())) s.place += 1.5;
  if (ws.length === 1 && COMPASS.has(name)) s.place += 2; // `the West`, the only lone compass word kept
  if (ws.length > 1 && COMPASS.has(first) && gaz.majorPlaces.has(ws.slice(1).join(' '))) s.place += 4;
  else if (ws.length > 1 && COMPASS.has(first) && first !== 'New') s.place += 2;
  if (ORG_HEADS.has(last)) s.organization += 5;
  if (VENUE_HEADS.has(last)) s.place += 1;
  if (PLACE_HEADS.has(last)) s.place += 5;
  if (/^the /i.test(name) && s.organization + s.place === 0) s.organization += 1;
  if (ws.some((w) => NAME_CONNECTORS.has(w))) s.organization += 1.5;
  if (ws.length === 1 && isAllCaps(name) && name.replace(/\./g, '').length >= 2 && s.place === 0) s.organization += 3;
  if ((ws.length === 1 && /\p{Ll}\p{Lu}/u.test(name)) || /\.com\b|&|\d/u.test(name)) s.organization += 2;
  if (gaz.abbreviations.has(name.replace(/\./g, '')) && !gaz.majorPlaces.has(canonical)) s.organization += 5;
  // Two to four plain capitalised words with nothing else to go on read as a person's name,
  // unless they are all common words (`Killer Instinct`) or hold a place or an acronym (`Gallup Korea`).
  const isInitial = (w: string): boolean => /^(?:\p{Lu}\.)+$/u.test(w);
  const common = (w: string): boolean => gaz.lexicon.has(w.toLowerCase()) && !gaz.firstNames.has(w);
  const personLike = ws.length >= 2 && ws.length <= 4 && s.place + s.organization === 0 &&
    !ws.some((w) => gaz.majorPlaces.has(w) || (isAllCaps(w) && !isInitial(w))) &&
    !NAME_ADJECTIVES.has(first) && !GROUP_WORDS.has(first) && !gaz.demonyms.has(first) &&
    !ws.every((w) => common(w) || isInitial(w));
  // A common word first (`Project Jonah`, `Royal Shrewsbury`, even when it is also a first name)
  // or later (`Red Cross`), or a town later, reads less like a personal name.
  const weakName = gaz.lexicon.has(first.toLowerCase()) ||
    ws.slice(1).some((w) => common(w) || gaz.minorPlaces.has(w) || gaz.majorPlaces.has(w));
  if (personLike) s.person += weakName ? 0.5 : 1.5;
  else if (ws.length >= 2 && ws.some((w) => isAllCaps(w) && !isInitial(w))) s.organization += 1;
  if (ws.length > 1 && gaz.firstNames.has(first) && s.place + s.organization === 0) s.person += weakName ? 0.5 : 2;
  if (ws.length === 1 && gaz.firstNames.has(first) && !gaz.lexicon.has(first.toLowerCase())) s.person += 1;
  let prepositions = 0;
  const lone = ws.length === 1 && !gaz.firstNames.has(name);
  for (const ms of g.forms.values()) {
    for (const m of ms) {
      const e = mentionEvidence(m, lone, gaz, name);
      s.person += e.person;
      s.place += e.place;
      s.organization += e.organization;
      if (e.preposition && prepositions < MAX_PREPOSITION_EVIDENCE) {
        prepositions++;
        s.place += 1;
      }
    }
  }
  return s;
}

/** The best type; with no evidence at all, a single word is more often a body than a person. */
export function pickType(s: TypeScores): EntityType {
  const best = (Object.entries(s) as [EntityType, number][]).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : 'organization';
}

/** Evidence that a group names a product, a work or a substance (`Xbox 360`, `the X headsets`). */
export function scoreProduct(g: Group): number {
  let product = 0;
  for (const ms of g.forms.values()) for (const m of ms) product += scoreContext(m).product;
  return product;
}
