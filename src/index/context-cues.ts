// The words around one mention -> what kind of thing it names. A common noun right before the name
// (`whale rescue group Project Jonah`, `the capital Tehran`) or right after it (`the Islamic State
// group`, `the Kaupokonui coast`) says what the name is; so do a few verbs and prepositions
// (`sold to X`, `a reporter for X`, `eastern X`, `coast of X`). Product cues (`X 4`, `the X headsets`,
// `versions of X`) mark products, works and substances, which are not entities at all (product-cues.ts).
import type { TypeScores } from './classify.js';
import type { Mention } from './clean-mention.js';
import { ORG_CLASSES, after, before } from './cue-words.js';
import { productCue } from './product-cues.js';

export type CueScores = TypeScores & { product: number };

/** `group Project Jonah`, `developer Mojang`: a kind of body written right before its name. */
const ORG_CLASS_BEFORE = before(ORG_CLASSES);
/** `members of the X`, `a reporter for X`, `an economist at X`: people who work for or belong to a body. */
const ORG_MEMBERSHIP_BEFORE = before(String.raw`
  (?:members?|officials?|executives?|employees?|staff|staffers?|spokes(?:man|woman|person)|reporters?|writers?|editors?|correspondents?|columnists?|analysts?|economists?|engineers?|researchers?|scientists?|lawyers?|managers?|directors?|founders?|co-founders?|consultants?|fellows?|workers?|chairman|chairwoman)\s+(?:of|for|at|with)(?:\s+the)?`);
/** `sold to X`, `buyout of X`: what only a company undergoes. */
const ORG_DEAL_BEFORE = before(String.raw`
  sold\s+to sale\s+to bought acquired acquire acquiring buyout\s+of acquisition\s+of takeover\s+of
  purchase\s+of stake\s+in shares\s+of merger\s+with merge\s+with invested\s+in investment\s+in joined
  subsidiary\s+of owned\s+by unit\s+of division\s+of`);
/** `the X group`, `X magazine`: a lowercase kind of body after the name. */
const ORG_NOUNS_AFTER = after(`group magazine newspaper company firm tribe network agency`);
const ORG_STATEMENT_AFTER = /^,?\s(?:said|says)\s+in\s+a\s+statement\b/u;

/** `the capital Tehran`, `the town Kaitaia`. */
const PLACE_CLASS_BEFORE = before(`town city village suburb region province island country county district
  neighbourhood neighborhood capital port`);
/** `coast of X`, `north of X`, `mayor of X`. */
const PLACE_OF_BEFORE = before(String.raw`
  (?:coast|outskirts|suburbs?|north|south|east|west|northeast|northwest|southeast|southwest|heart|shores|
  streets|mayor|residents|people|citizens|centre|center|capital|area|city|town|village|province|state|region|
  country|island|port|district|county)\s+of`);
/** `eastern X`, `rural X`: lowercase words that only locate. */
const PLACE_ADJECTIVES_BEFORE = before(`eastern western northern southern central northeastern northwestern
  southeastern southwestern north-eastern north-western south-eastern south-western coastal rural downtown
  suburban upstate`);
/** `the South Taranaki coast`, `his X farm`. */
const PLACE_NOUNS_AFTER = after(`coast coastline region area farm suburb suburbs district province county
  countryside border valley township neighbourhood neighborhood residents homestead hinterland outskirts`);

const cues: [RegExp, 'before' | 'after', keyof TypeScores, number][] = [
  [ORG_CLASS_BEFORE, 'before', 'organization', 2],
  [ORG_MEMBERSHIP_BEFORE, 'before', 'organization', 2],
  [ORG_DEAL_BEFORE, 'before', 'organization', 1.5],
  [ORG_NOUNS_AFTER, 'after', 'organization', 1],
  [ORG_STATEMENT_AFTER, 'after', 'organization', 1],
  [PLACE_CLASS_BEFORE, 'before', 'place', 2],
  [PLACE_OF_BEFORE, 'before', 'place', 2],
  [PLACE_ADJECTIVES_BEFORE, 'before', 'place', 2],
  [PLACE_NOUNS_AFTER, 'after', 'place', 1.5],
];

/** Evidence from the words around one mention. */
export function scoreContext(m: Mention): CueScores {
  const s: CueScores = { person: 0, place: 0, organization: 0, product: 0 };
  const text = m.run.sentence;
  const pre = text.slice(Math.max(0, m.start - 60), m.start);
  const post = text.slice(m.end, m.end + 60);
  for (const [re, side, type, weight] of cues) if (re.test(side === 'before' ? pre : post)) s[type] += weight;
  s.product += productCue(pre, post);
  return s;
}
