// Mentions of one article -> groups of forms that name the same entity: surnames and first names
// to full names, honorific and title forms, acronyms (defined or matching initials), well-known
// abbreviations, `X` to `X National Museum`, near-miss spellings (`Zariff` -> `Zarif`), handles.
import type { SentenceMention } from './analyze-article.js';
import type { Gazetteer } from './gazetteer.js';
import { isAllCaps } from './tokens.js';
import { NAME_CONNECTORS, NAME_PARTICLES, ORG_HEADS, PLACE_HEADS, TRAILING_HEAD_NOUNS } from './lexicon.js';
import { isNearMiss, normalizeForm } from './forms.js';

export interface Group {
  /** Forms as written, each with its mentions. */
  forms: Map<string, SentenceMention[]>;
  /** Forms that name the entity with extra words: titles, `The`, head nouns, handles. */
  extraForms: Set<string>;
  /** Canonical name from a well-known abbreviation (`U.S.` -> `United States`). */
  canonical?: string;
  typos: Set<string>;
}

/** Words after a name's first word that only say what kind of body or place it is. */
const GENERIC = new Set([...ORG_HEADS, ...PLACE_HEADS, 'National', 'International', 'Royal', 'Federal', 'State']);

const words = (form: string): string[] => form.split(' ');
const isPersonLike = (form: string, gaz: Gazetteer): boolean => {
  const ws = words(form);
  const last = ws[ws.length - 1]!;
  return ws.length >= 2 && ws.length <= 5 && !ORG_HEADS.has(last) && !PLACE_HEADS.has(last) &&
    // A town's name inside a name that opens with a first name is a middle name (`Omar Hassan al-Bashir`).
    !gaz.majorPlaces.has(form) && !ws.some((w, i) => NAME_CONNECTORS.has(w) ||
      (gaz.majorPlaces.has(w) && !(i > 0 && i < ws.length - 1 && gaz.firstNames.has(ws[0]!))) ||
      (isAllCaps(w) && !/^(?:\p{Lu}\.)+$/u.test(w)) || /\d/.test(w));
};
/** `Bill de Blasio` -> [`Blasio`, `de Blasio`]; `Omar Hassan al-Bashir` -> [`al-Bashir`, `Bashir`]. */
function surnames(form: string): string[] {
  const ws = words(form);
  const last = ws[ws.length - 1]!;
  const out = [last.toLowerCase()];
  const p = ws.findIndex((w, i) => i > 0 && NAME_PARTICLES.has(w.toLowerCase()));
  if (p > 0) out.push(ws.slice(p).join(' ').toLowerCase());
  const arabic = /^(?:al|el)-(.+)$/i.exec(last);
  if (arabic) out.push(arabic[1]!.toLowerCase());
  return out;
}
const isPlaceForm = (form: string, gaz: Gazetteer): boolean =>
  gaz.majorPlaces.has(form) || gaz.abbreviations.has(form.replace(/\./g, ''));
const initials = (form: string): string =>
  words(form).filter((w) => !NAME_CONNECTORS.has(w)).map((w) => w[0]!).join('').toUpperCase();

export function groupMentions(
  mentions: SentenceMention[], headline: (m: SentenceMention) => boolean, handles: string[], gaz: Gazetteer,
): Group[] {
  const byForm = new Map<string, SentenceMention[]>();
  for (const m of mentions) if (!headline(m)) byForm.set(m.form, [...(byForm.get(m.form) ?? []), m]);
  const acronymOf = new Map<string, string>();
  for (const m of mentions) {
    const def = /^\s*\(([\p{Lu}][\p{Lu}.&]+)\)/u.exec(m.run.after);
    if (def && m.words.length > 1 && m.run.tokens[m.run.tokens.length - 1]!.end === m.end) acronymOf.set(def[1]!, m.form);
  }
  const order = [...byForm.keys()].sort((a, b) => words(b).length - words(a).length || byForm.get(b)!.length - byForm.get(a)!.length || a.localeCompare(b));
  const groupOf = new Map<string, Group>();
  const groups: Group[] = [];
  const fresh = (): Group => {
    const g: Group = { forms: new Map(), extraForms: new Set(), typos: new Set() };
    groups.push(g);
    return g;
  };
  const add = (g: Group, form: string): void => {
    g.forms.set(form, byForm.get(form) ?? []);
    groupOf.set(form, g);
  };
  for (const form of order) {
    if (/^@/.test(form)) continue;
    const target = findTarget(form, groupOf, acronymOf, gaz);
    if (target === 'ambiguous') continue;
    const g = target ?? fresh();
    const canonical = gaz.abbreviations.get(form.replace(/\./g, ''));
    if (canonical && !g.canonical) g.canonical = canonical;
    add(g, form);
  }
  for (const g of groups) collectExtraForms(g);
  // Near misses (`Zariff`, `West Merica Police`) join the group they nearly spell.
  for (const g of [...groups]) {
    if (g.forms.size !== 1) continue;
    const [form, ms] = [...g.forms][0]!;
    if (ms.length > 2 || gaz.majorPlaces.has(form) || gaz.lexicon.has(form.toLowerCase())) continue;
    const other = groups.find((o) => o !== g && allForms(o).some((f) => isNearMiss(form, f) || words(f).some((w) => words(form).length === 1 && w.length >= 5 && isNearMiss(form, w))));
    if (!other) continue;
    for (const [f, list] of g.forms) {
      other.forms.set(f, list);
      other.typos.add(f);
      groupOf.set(f, other);
    }
    groups.splice(groups.indexOf(g), 1);
  }
  // Headline words join only what the body names (`N.Y.C.` in a title beside `New York City`);
  // a capitalised common word there (`Today’s Paper`) is no part of `New York Today`.
  for (const m of mentions) {
    if (!headline(m) || groupOf.has(m.form) || (m.words.length === 1 && gaz.lexicon.has(m.form.toLowerCase()))) continue;
    // A brand written in CamelCase (`CNNMoney`) is a name wherever it stands.
    const named = gaz.majorPlaces.has(m.form) || /^\p{Lu}\p{L}*?(?:\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll})/u.test(m.form);
    const target = findTarget(m.form, groupOf, acronymOf, gaz, true) ?? (named ? fresh() : undefined);
    if (target && target !== 'ambiguous') {
      target.forms.set(m.form, [...(target.forms.get(m.form) ?? []), m]);
      groupOf.set(m.form, target);
    }
  }
  // Handles (`@JZarif`) join the one person whose surname they contain.
  for (const form of handles) {
    const h = form.slice(1).toLowerCase();
    const hits = groups.filter((g) => [...g.forms.keys()].some((f) => isPersonLike(f, gaz) && surnames(f)[0]!.length >= 4 && h.includes(surnames(f)[0]!.replace(/[^a-z0-9]/g, ''))));
    if (hits.length === 1) hits[0]!.extraForms.add(form);
  }
  return groups;
}

/** `Interior Minister Lee Sang-min`, `Han Dong-hoon`: a title or a hyphenated given name. */
const isPerson = (g: Group, gaz: Gazetteer): boolean => [...g.forms].some(([f, ms]) => isPersonLike(f, gaz) &&
  (ms.some((m) => m.title) || /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words(f)[1] ?? '') || gaz.firstNames.has(words(f)[0]!)));

const allForms = (g: Group): string[] => [...g.forms.keys(), ...g.extraForms];

function findTarget(
  form: string, groupOf: Map<string, Group>, acronymOf: Map<string, string>, gaz: Gazetteer, inHeadline = false,
): Group | undefined | 'ambiguous' {
  const exact = [...groupOf].find(([f]) => normalizeForm(f) === normalizeForm(form));
  if (exact) return exact[1];
  const canonical = gaz.abbreviations.get(form.replace(/\./g, ''));
  if (canonical) return groupOf.get(canonical) ?? [...groupOf.values()].find((g) => g.canonical === canonical);
  const defined = acronymOf.get(form);
  if (defined && groupOf.has(defined)) return groupOf.get(defined);
  const ws = words(form);
  if (ws.length === 1 && isAllCaps(form) && form.replace(/\./g, '').length >= 2) {
    const hits = [...groupOf].filter(([f]) => words(f).length > 1 && initials(f) === form.replace(/\./g, ''));
    if (hits.length === 1) return hits[0]![1];
  }
  if (gaz.majorPlaces.has(form)) return undefined;
  // `X National Museum` is the body that `X` names here; `Tehran University` is not `Tehran`.
  const prefixed = [...groupOf].filter(([f]) => {
    const fw = words(f);
    const rest = fw.slice(ws.length);
    return fw.length > ws.length && fw.slice(0, ws.length).join(' ') === form &&
      (rest.every((w) => GENERIC.has(w)) || (rest.length === 1 && /^\p{Lu}{2,3}$/u.test(rest[0]!)));
  });
  if (prefixed.length === 1) return prefixed[0]![1];
  const site = groupOf.get(`${form}.com`) ?? groupOf.get(`${form}.org`);
  if (site) return site;
  // `Tax Policy Center` in `Urban-Brookings Tax Policy Center`.
  // `Congress` in `US Congress`, `Department of Conservation` in `New Zealand Department of …`.
  const suffixed = [...groupOf].filter(([f]) => f.endsWith(` ${form}`) &&
    ((ws.length >= 2 && ws.some((w) => ORG_HEADS.has(w))) || isPlaceForm(f.slice(0, -form.length - 1), gaz)));
  if (suffixed.length === 1 && !isPersonLike(suffixed[0]![0], gaz)) return suffixed[0]![1];
  if (ws.length >= 2 && ORG_HEADS.has(ws[ws.length - 1]!)) {
    const swapped = /^(.+) (Department|Ministry)$/.exec(form);
    if (swapped && groupOf.has(`${swapped[2]} of ${swapped[1]}`)) return groupOf.get(`${swapped[2]} of ${swapped[1]}`);
  }
  const lower = form.toLowerCase();
  const isSurnameForm = ws.length === 1 || (ws.length <= 3 && NAME_PARTICLES.has(ws[0]!.toLowerCase()));
  if (!isSurnameForm) return undefined;
  const people = [...new Set([...groupOf].filter(([f]) => isPersonLike(f, gaz)).map(([f, g]) => ({ f, g })))];
  const bySurname = new Set(people.filter(({ f }) => surnames(f).includes(lower)).map(({ g }) => g));
  if (bySurname.size === 1) return [...bySurname][0];
  if (bySurname.size > 1) return 'ambiguous';
  const byFirst = new Set(people.filter(({ f }) => words(f)[0] === form).map(({ g }) => g));
  // `Barack` or surname-first `Yoon` is that person; `Apple` in the body is not the person-like
  // `Apple Pay`, but a headline's `Breitbart` is the body's `Breitbart Tech`.
  const only = byFirst.size === 1 ? [...byFirst][0]! : undefined;
  if (ws.length === 1 && only && (inHeadline || gaz.firstNames.has(form) || isPerson(only, gaz))) return only;
  // `Lee` beside `Lee Jae-myung` and `Lee Sang-min` (surname first) could be either person; as a
  // name of its own it would make theirs look like its products (`Dolby` -> `Dolby Atmos`).
  if (ws.length === 1 && byFirst.size > 1 && [...byFirst].some((g) => isPerson(g, gaz)) &&
    (gaz.firstNames.has(form) || [...byFirst].every((g) => isPerson(g, gaz)))) return 'ambiguous';
  return undefined;
}

/** Title forms (`General Qassem Soleimani`), `The Associated Press`, `Bardo museum`. */
function collectExtraForms(g: Group): void {
  for (const [form, ms] of g.forms) {
    for (const m of ms) {
      for (const t of m.titledForms ?? []) g.extraForms.add(t);
      if (m.the) g.extraForms.add(`The ${form}`);
      const lastRunToken = m.run.tokens[m.run.tokens.length - 1]!;
      const end = m.end;
      if (lastRunToken.end === end && TRAILING_HEAD_NOUNS.has(m.run.next)) {
        const written = m.run.sentence.slice(end, end + 1 + m.run.next.length);
        if (written === ` ${m.run.next}`) g.extraForms.add(`${form}${written}`);
      }
    }
  }
}
