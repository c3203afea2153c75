// Word lists and pattern builders shared by the type cues (context-cues.ts) and the product cues
// (product-cues.ts): kinds of bodies, places and people written as lower-case nouns.

const words = (text: string): string => text.trim().replace(/\|\s+/g, '|').split(/\s+/).join('|');
/** The list's words (or patterns) right before a name. */
export const before = (list: string): RegExp => new RegExp(String.raw`(?:^|[^\p{L}-])(?:${words(list)})\s+$`, 'u');
/** The list's words (or patterns) right after a name. */
export const after = (list: string): RegExp => new RegExp(String.raw`^\s(?:${words(list)})\b`, 'u');

/** Lower-case kinds of body (`developer Mojang`, `companies such as X`). */
export const ORG_CLASSES = `
  group company firm organisation organization charity agency magazine newspaper website outlet
  broadcaster publisher startup start-up retailer carrier insurer lender nonprofit non-profit militia
  band club coalition association developer maker manufacturer conglomerate airline automaker chain
  regulator studio label network`;
/** Kinds of body or place a gloss or an example may name (`the Guardian, a newspaper`). */
export const KINDS_OF_NAMED = new Set(`group company firm organisation organization charity agency magazine newspaper
  website broadcaster publisher startup retailer nonprofit non-profit militia band club party coalition association
  team university school hospital museum town city village suburb region province island country county
  district neighbourhood neighborhood capital port river lake mountain state`.split(/\s+/));
export const PEOPLE_NOUNS = new Set(['man', 'woman', 'boy', 'girl', 'person', 'child', 'people', 'figure', 'artist', 'rapper', 'singer']);
