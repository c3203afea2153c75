// Single capitalised words that read as names but are everyday nouns: plurals of common nouns
// (`Aunties`, `Messages`, `Photos`). A body or place with a plural name (`the Rockies`, `the
// Yankees`) survives only with evidence. CamelCase plurals are left alone: `ArrayLists` is code,
// but `AgileBits` is a company, and the word alone cannot tell them apart.
import type { Gazetteer } from './gazetteer.js';

/** `aunties` -> [`auntie`, `aunty`, `aunt`]; `messages` -> [`message`, `messag`]. */
function singulars(lower: string): string[] {
  const out = [lower.slice(0, -1)];
  if (lower.endsWith('es')) out.push(lower.slice(0, -2));
  if (lower.endsWith('ies')) out.push(`${lower.slice(0, -3)}y`, lower.slice(0, -3));
  return out;
}

/** A single word that is the plural of a common English noun (`Aunties`, `Photos`). */
export function isCommonPlural(name: string, gaz: Gazetteer): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}s$/u.test(name) || gaz.firstNames.has(name) || gaz.majorPlaces.has(name) || gaz.knownNames.has(name)) return false;
  return singulars(name.toLowerCase()).some((s) => s.length >= 3 && gaz.lexicon.has(s));
}
