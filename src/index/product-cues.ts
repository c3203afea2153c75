// The words around one mention -> evidence that it names a product, a work, a feature, a programme
// or a substance (`X 4`, `the X headsets`, `versions of X`, `the X display`, `games such as X`),
// which are not entities at all. context-cues.ts adds it to the type cues.
import { KINDS_OF_NAMED, ORG_CLASSES, PEOPLE_NOUNS, after, before } from './cue-words.js';

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

const cues: [RegExp, 'before' | 'after', number][] = [
  [MODEL_SUFFIX_BEFORE, 'before', 2],
  [PRODUCT_NOUNS_AFTER, 'after', 1.5],
  [INBOX_AFTER, 'after', 2],
  [PRODUCT_CLASS_BEFORE, 'before', 2],
  [USE_VERBS_BEFORE, 'before', 1],
  [THE_NEW_BEFORE, 'before', 1],
  [CALLED_PRODUCT_BEFORE, 'before', 2],
  [PRIZE_CATEGORY_BEFORE, 'before', 10],
];

/** Product evidence from the text before (`pre`) and after (`post`) one mention. */
export function productCue(pre: string, post: string): number {
  let product = 0;
  for (const [re, side, weight] of cues) if (re.test(side === 'before' ? pre : post)) product += weight;
  if (THE_BEFORE.test(pre) && THE_PRODUCT_NOUN_AFTER.test(post)) product += 1.5;
  if (OPENING_QUOTE_BEFORE.test(pre) && TITLE_REST_AFTER.test(post)) product += 1.5;
  const example = EXAMPLE_OF_BEFORE.exec(pre);
  if (example && !isKindOfAgent(example[1]!)) product += 1.5;
  const version = VERSION_AFTER.exec(post);
  if (version && !YEAR.test(version[1]!)) product += 2;
  if (INDEFINITE_BEFORE.test(pre) && NO_NOUN_AFTER.test(post)) product += 1.5;
  const known = KNOWN_AS_BEFORE.exec(pre);
  // Outweighs the capitals of an acronym (`DNP`) on its own.
  if (known && !KINDS_OF_NAMED.has(known[1]!) && !PEOPLE_NOUNS.has(known[1]!)) product += 3.5;
  const gloss = THE_BEFORE.test(pre) ? GLOSS_AFTER.exec(post) : null;
  if (gloss && !gloss[1]!.split(/\s+/).some((w) => KINDS_OF_NAMED.has(w))) product += 1.5;
  return product;
}
