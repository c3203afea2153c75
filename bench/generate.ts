// Deterministic synthetic indexes and texts for the scale benchmark: names shaped like real ones
// (given name + surname, `Xville`, `Y Institute`), texts that mention them at news-like density.
import type { EntityType } from '../src/shared/entity-index';
import { seededRandom } from './stats';

const ONSETS = ['B', 'D', 'K', 'M', 'N', 'R', 'S', 'T', 'V', 'Z', 'Br', 'Ch', 'Gr', 'Kh', 'Sh', 'St', 'Tr', 'L', 'H', 'F'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou', 'ia'];
const CODAS = ['', 'n', 'r', 's', 'l', 'm', 'k', 'sh', 'nd', 'rt'];
const PLACE_ENDS = ['ville', 'burg', 'stan', 'abad', 'port', 'ford', 'grad', 'ton'];
const ORG_HEADS = ['Institute', 'Council', 'Agency', 'Party', 'Bank', 'Press', 'University', 'Group'];
const FILLER = 'the of and to in a said that was for on with by as at from has its after about more than who over were into their been year two would which also people but government officials'.split(' ');

export interface GeneratedEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
}

function word(random: () => number, syllables: number): string {
  let out = '';
  for (let i = 0; i < syllables; i++) {
    out += ONSETS[Math.floor(random() * ONSETS.length)]!.toLowerCase();
    out += VOWELS[Math.floor(random() * VOWELS.length)];
    out += CODAS[Math.floor(random() * CODAS.length)];
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

export function generateEntities(count: number, seed = 7): GeneratedEntity[] {
  const random = seededRandom(seed);
  const seen = new Set<string>();
  const entities: GeneratedEntity[] = [];
  while (entities.length < count) {
    const kind = entities.length % 3;
    let name: string;
    let aliases: string[] = [];
    let type: EntityType;
    if (kind === 0) {
      const surname = word(random, 2 + Math.floor(random() * 2));
      name = `${word(random, 2)} ${surname}`;
      aliases = [surname];
      type = 'person';
    } else if (kind === 1) {
      name = word(random, 2) + PLACE_ENDS[Math.floor(random() * PLACE_ENDS.length)];
      type = 'place';
    } else {
      name = `${word(random, 2)} ${ORG_HEADS[Math.floor(random() * ORG_HEADS.length)]}`;
      type = 'organization';
    }
    if ([name, ...aliases].some((form) => seen.has(form))) continue;
    [name, ...aliases].forEach((form) => seen.add(form));
    entities.push({ id: `${type}:${entities.length}`, name, type, aliases });
  }
  return entities;
}

/** About `bytes` of prose with one mention of a random entity every ~`gap` words. */
export function generateText(entities: GeneratedEntity[], bytes: number, seed = 11, gap = 20): string {
  const random = seededRandom(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    let piece: string;
    if (random() * gap < 1) {
      const entity = entities[Math.floor(random() * entities.length)]!;
      const forms = [entity.name, ...entity.aliases];
      piece = forms[Math.floor(random() * forms.length)]!;
    } else {
      piece = FILLER[Math.floor(random() * FILLER.length)]!;
    }
    parts.push(piece);
    length += piece.length + 1;
  }
  return parts.join(' ');
}
