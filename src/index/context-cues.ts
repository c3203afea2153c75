// The words around one mention -> what kind of thing it names. A common noun right before the name
// (`whale rescue group Project Jonah`, `the capital Tehran`) or right after it (`the Islamic State
// group`, `the Kaupokonui coast`) says what the name is; so do a few verbs and prepositions
// (`sold to X`, `a reporter for X`, `eastern X`, `coast of X`). Product cues (`X 4`, `the X headsets`,
// `versions of X`) mark products, works and substances, which are not entities at all.
import type { TypeScores } from './classify.js';
import type { Mention } from './clean-mention.js';

export type CueScores = TypeScores & { product: number };

const words = (text: string): string => text.trim().replace(/\|\s+/g, '|').split(/\s+/).join('|');
const before = (list: string): RegExp => new RegExp(String.raw`(?:^|[^\p{L}-])(?:${words(list)})\s+$`, 'u');
const after = (list: string): RegExp => new RegExp(String.raw`^\s(?:${words(list)})\b`, 'u');

/** `group Project Jonah`, `developer Mojang`: a kind of body written right before its name. */
const ORG_CLASSES = `
  group company firm organisation organization charity agency magazine newspaper website outlet
  broadcaster publisher startup start-up retailer carrier insurer lender nonprofit non-profit militia
  band club coalition association developer maker manufacturer conglomerate airline automaker chain
  regulator studio label network`;
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

/** `X 4`, `X 360`, `X i7`, `X of War 4`: a version or model number; not a year, count or measure. */
const VERSION_AFTER = /^(?:\sof\s\p{Lu}\p{L}+)?\s(\p{L}{0,3}\d[\p{L}\p{N}.]*)(?![\p{L}\p{N}])(?!\s*(?:%|percent|per\b|years?\b|months?\b|weeks?\b|days?\b|hours?\b|minutes?\b|seconds?\b|million|billion|trillion|people|times|points?\b|to\b|-|–|,\s*\d))/u;
const YEAR = /^(?:1[89]|20)\d\d$/;
/** `PlayStation 4 Pro`, `Xbox One X`: a name after a model number is part of a product's name. */
const MODEL_SUFFIX_BEFORE = /\p{Lu}[\p{L}\p{N}]*\s+(?:\d[\p{L}\p{N}.]*|One|Two|Three|Four|Five)\s+$/u;
/** `the X headsets`, `X versions`: a kind of product after the name. */
const PRODUCT_NOUNS_AFTER = after(`console consoles headset headsets browser version versions update updates
  protocol interface firmware software device devices controller controllers titles edition model models
  musical film movie album song novel franchise format codec drug drugs pill pills vaccine tablets
  battery batteries cable cables port ports adapter adapters connector connectors`);
/**
 * `the X display`, `the X feature`: after `the`, a name before a singular kind of product says
 * which one it is. Bare (`X features`, `X chips`) the name is as often the maker's.
 */
const THE_PRODUCT_NOUN_AFTER = after(`display screen chip chipset processor sensor feature newsletter podcast
  programme program brand cereal`);
/** `Get X in your inbox`: a newsletter. */
const INBOX_AFTER = /^\s+(?:in|to)\s+your\s+inbox\b/u;
/** `the online game X`, `versions of X`. */
const PRODUCT_CLASS_BEFORE = before(String.raw`
  game browser console headset device smartphone phone format drug pill film movie album song novel musical
  (?:versions?|editions?|updates?|copies|copy)\s+of(?:\s+the)?`);
/** `play X`, `installed X`, `containing X`: used, run or swallowed. */
const USE_VERBS_BEFORE = before(String.raw`
  play plays playing install installs installed installing download downloads downloaded downloading
  contain contains contained containing`);
const THE_NEW_BEFORE = before(String.raw`the\s+new`);
/** `a skin patch called X`: a kind of product named right before the name. */
const CALLED_PRODUCT_BEFORE = before(String.raw`
  (?:patch|drug|pill|app|device|treatment|therapy|vaccine|product|gadget|tool|game|program|software|feature)\s+(?:called|named|dubbed)`);
/** `dinitrophenol, known as DNP`: another name for a thing the article names in lower case. */
const KNOWN_AS_BEFORE = /(?:^|[^\p{L}-])(\p{Ll}[\p{Ll}-]*),\s+(?:also\s+)?known\s+as\s+$/u;
const PEOPLE_NOUNS = new Set(['man', 'woman', 'boy', 'girl', 'person', 'child', 'people', 'figure', 'artist', 'rapper', 'singer']);
/** `the Pulitzer Prize for Breaking News`: a prize's category, never a body, whatever its head word says. */
const PRIZE_CATEGORY_BEFORE = /(?:Prize|Award|Medal)s?\s+for\s+$/u;
/** `a Kinect around`, `a used Ford Focus.`: a count noun, not a name, when nothing after it says what kind. */
const INDEFINITE_BEFORE = before(String.raw`(?:a|an)(?:\s+\p{Ll}[\p{Ll}-]*)?`);
const NO_NOUN_AFTER = /^(?:[,.;:!?)]|\s(?:around|and|or|to|in|on|at|with|for|that|which|is|was|will|would|can|could|from|of|into)\b)/u;

/**
 * `‘Showtime at the Apollo’`: a name that opens a quoted Title Case phrase longer than itself is
 * the first word of a title. A quote that is the name alone (`“Bubba”`) or a sentence (`“Moscow is
 * not our enemy”`) is no such cue.
 */
const OPENING_QUOTE_BEFORE = /(?:^|[\s(\[])["“‘']$/u;
const TITLE_REST_AFTER = /^(?:\s+(?:a|an|the|of|at|in|on|and|for|to|\p{Lu}[\p{L}\p{N}'’-]*))+[.,!?]?["”’']/u;

/**
 * `java objects including X`, `games such as X`: a name given as an example of a lower-case kind is
 * a thing of that kind, unless the kind is one of people, bodies or places (`companies such as X`,
 * `leaders like X`).
 */
const EXAMPLE_OF_BEFORE = /(?:^|[^\p{L}-])(\p{Ll}[\p{Ll}-]*s),?\s+(?:such\s+as|including|like|especially)\s+$/u;
const KINDS_OF_AGENTS = new Set(`leader politician official figure celebrity star player artist musician writer author
  actor athlete executive founder candidate lawmaker journalist critic member rival competitor expert scientist
  researcher business brand giant nation state ally government power economy neighbour neighbor person
  user customer investor client partner donor sponsor buyer seller supplier vendor manufacturer maker other
  investment acquisition holding stake grocer supermarket bank store shop ${ORG_CLASSES}`.trim().split(/\s+/));
const singular = (plural: string): string[] => [plural.slice(0, -1), plural.slice(0, -2), `${plural.slice(0, -3)}y`];
const isKindOfAgent = (plural: string): boolean =>
  plural === 'people' || singular(plural).some((w) => KINDS_OF_AGENTS.has(w) || KINDS_OF_NAMED.has(w) || PEOPLE_NOUNS.has(w));

/** `the Pou, a tribal identifier,`: a thing the article glosses for its readers, not a name. */
const THE_BEFORE = before('the');
const GLOSS_AFTER = /^,\s+an?\s+((?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*)[,.;]/u;
/** A gloss naming a kind of body or place (`the Guardian, a newspaper`) is no such cue. */
const KINDS_OF_NAMED = new Set(`group company firm organisation organization charity agency magazine newspaper
  website broadcaster publisher startup retailer nonprofit non-profit militia band club party coalition association
  team university school hospital museum town city village suburb region province island country county
  district neighbourhood neighborhood capital port river lake mountain state`.split(/\s+/));

const cues: [RegExp, 'before' | 'after', keyof CueScores, number][] = [
  [ORG_CLASS_BEFORE, 'before', 'organization', 2],
  [ORG_MEMBERSHIP_BEFORE, 'before', 'organization', 2],
  [ORG_DEAL_BEFORE, 'before', 'organization', 1.5],
  [ORG_NOUNS_AFTER, 'after', 'organization', 1],
  [ORG_STATEMENT_AFTER, 'after', 'organization', 1],
  [PLACE_CLASS_BEFORE, 'before', 'place', 2],
  [PLACE_OF_BEFORE, 'before', 'place', 2],
  [PLACE_ADJECTIVES_BEFORE, 'before', 'place', 2],
  [PLACE_NOUNS_AFTER, 'after', 'place', 1.5],
  [MODEL_SUFFIX_BEFORE, 'before', 'product', 2],
  [PRODUCT_NOUNS_AFTER, 'after', 'product', 1.5],
  [INBOX_AFTER, 'after', 'product', 2],
  [PRODUCT_CLASS_BEFORE, 'before', 'product', 2],
  [USE_VERBS_BEFORE, 'before', 'product', 1],
  [THE_NEW_BEFORE, 'before', 'product', 1],
  [CALLED_PRODUCT_BEFORE, 'before', 'product', 2],
  [PRIZE_CATEGORY_BEFORE, 'before', 'product', 10],
];

/** Evidence from the words around one mention. */
export function scoreContext(m: Mention): CueScores {
  const s: CueScores = { person: 0, place: 0, organization: 0, product: 0 };
  const text = m.run.sentence;
  const pre = text.slice(Math.max(0, m.start - 60), m.start);
  const post = text.slice(m.end, m.end + 60);
  for (const [re, side, type, weight] of cues) if (re.test(side === 'before' ? pre : post)) s[type] += weight;
  if (THE_BEFORE.test(pre) && THE_PRODUCT_NOUN_AFTER.test(post)) s.product += 1.5;
  if (OPENING_QUOTE_BEFORE.test(pre) && TITLE_REST_AFTER.test(post)) s.product += 1.5;
  const example = EXAMPLE_OF_BEFORE.exec(pre);
  if (example && !isKindOfAgent(example[1]!)) s.product += 1.5;
  const version = VERSION_AFTER.exec(post);
  if (version && !YEAR.test(version[1]!)) s.product += 2;
  if (INDEFINITE_BEFORE.test(pre) && NO_NOUN_AFTER.test(post)) s.product += 1.5;
  const known = KNOWN_AS_BEFORE.exec(pre);
  // Outweighs the capitals of an acronym (`DNP`) on its own.
  if (known && !KINDS_OF_NAMED.has(known[1]!) && !PEOPLE_NOUNS.has(known[1]!)) s.product += 3.5;
  const gloss = THE_BEFORE.test(pre) ? GLOSS_AFTER.exec(post) : null;
  if (gloss && !gloss[1]!.split(/\s+/).some((w) => KINDS_OF_NAMED.has(w))) s.product += 1.5;
  return s;
}
