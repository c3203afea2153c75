// A message of the settings module in no language yet: a key of phrases.ts and its substitutions,
// which may be phrases themselves (a setting's label inside a problem). Pure code returns phrases;
// the page that shows one formats it with its `t` (formatPhrase), so a translation is a file.
import type { Translate } from '../shared/i18n';
import { PHRASES } from './phrases';

type Table = typeof PHRASES;
export type PhraseKey = keyof Table;

/** Text: as it is (a quoted value, a host name) or a phrase still to be put in words. */
export type PhraseText = string | Phrase;

/** A number slot takes a number, a list slot texts, any other slot a text. */
type Slot<P> = P extends number ? number : P extends readonly string[] ? readonly PhraseText[] : PhraseText;
type SlotsOf<K extends PhraseKey> = Table[K] extends (t: Translate, ...args: infer A) => string ? { [I in keyof A]: Slot<A[I]> } : never;

export type Phrase = { [K in PhraseKey]: { key: K; args: SlotsOf<K> } }[PhraseKey];

/** A wrong key, or substitutions of the wrong number or kind, fail to compile. */
export function phrase<K extends PhraseKey>(key: K, ...args: SlotsOf<K>): Phrase {
  // TypeScript cannot tie a generic K to its one member of the Phrase union.
  return { key, args } as unknown as Phrase;
}

type Resolved = string | number | string[];
type Words = (t: Translate, ...args: Resolved[]) => string;

function resolve(t: Translate, arg: number | PhraseText | readonly PhraseText[]): Resolved {
  if (typeof arg === 'string' || typeof arg === 'number') return arg;
  if (Array.isArray(arg)) return arg.map((item: PhraseText) => (typeof item === 'string' ? item : formatPhrase(t, item)));
  return formatPhrase(t, arg as Phrase);
}

/** The phrase in the words of `t`, its phrase substitutions first. */
export function formatPhrase(t: Translate, phrase: Phrase): string {
  // phrase() checked these arguments against this very entry; the union of entries hides that.
  const words = PHRASES[phrase.key] as Words;
  const args: readonly (number | PhraseText | readonly PhraseText[])[] = phrase.args;
  return words(t, ...args.map((arg) => resolve(t, arg)));
}
