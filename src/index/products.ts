// Groups that name a product, a work, a feature or a programme rather than a person, place or body.
// The type scores start from the name itself (a gazetteer city, a first name, capitals); a product
// named like one (`the Hamilton musical`, `AA batteries`) is known only by how the text uses it.
import type { Group } from './aliases.js';
import type { Gazetteer } from './gazetteer.js';
import { scoreContext } from './context-cues.js';
import { mentionEvidence, saysWhatItIs } from './mention-evidence.js';
import { ORG_HEADS, PLACE_HEADS } from './lexicon.js';

/** Product evidence one use needs to count as a product's (one full cue: `the X headset`, `X 4`). */
const MIN_PRODUCT_CUE = 1.5;

/**
 * Every use of the name carries a product cue and none says what else it is: the name's own
 * evidence (a city of that name, a first name, an acronym's capitals) was only a guess. Countries,
 * well-known bodies and names ending in a head word are never products; one use as a person, place or body (`Apple said`)
 * keeps the name.
 */
export function isOnlyUsedAsProduct(g: Group, name: string, gaz: Gazetteer): boolean {
  const canonical = g.canonical ?? name;
  const last = name.split(' ').pop()!;
  // A head word (`… Tourism Council`, `… Street`) is the name's own statement of what it is.
  if (ORG_HEADS.has(last) || PLACE_HEADS.has(last)) return false;
  if (gaz.countries.has(canonical) || gaz.knownNames.has(canonical) || gaz.abbreviations.has(name.replace(/\./g, ''))) return false;
  const lone = !name.includes(' ') && !gaz.firstNames.has(name);
  const uses = [...g.forms.values()].flat();
  return uses.length > 0 && uses.every((m) =>
    scoreContext(m).product >= MIN_PRODUCT_CUE && !saysWhatItIs(mentionEvidence(m, lone, gaz, name)));
}
