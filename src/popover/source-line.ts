// Who said a fact, in words. Fact.attribution is outermost first (INDEX-FORMAT.md): the source the
// article relied on, then whom that source relied on. We keep that order and join each link with
// "citing", as wire copy does ("Reuters, citing state media"):
//   []                          -> ""  (the article's own voice: no source line)
//   ["AFP"]                     -> "AFP"
//   ["AFP", "ISNA"]             -> "AFP, citing ISNA"
//   ["Associated Press", "Police"] -> "Associated Press, citing Police"
//   ["Reuters", "AFP", "ISNA"]  -> "Reuters, citing AFP, citing ISNA"
//   4 or more                   -> "Reuters, citing ISNA via 2 others" (first, last, how many between)
// "X, via Y" would read inner-to-outer and turn ambiguous at three links; one verb in one order does not.

import type { Translate } from '../shared/i18n';

/** How a source spoke, where the index knows it; only a tweet changes the words today. */
export type SourceKind = 'tweet';

/**
 * One link of a chain. The index holds plain names today; INDEX-FORMAT.md allows "kinds of
 * attribution" later, and whoever reads them passes `{ name, kind }` here (a hook, unused so far).
 */
export type AttributionStep = string | { name: string; kind?: SourceKind };

/** The chain in words; "" for the article's own voice. Blank names and repeated links are dropped. */
export function describeSources(chain: readonly AttributionStep[], t: Translate): string {
  const links = collapse(chain.map(toLink).filter((link) => link.name !== ''));
  const phrases = links.map((link) => (link.kind === 'tweet' ? t('sourceOnTwitter', link.name) : link.name));
  const first = phrases[0];
  const last = phrases.at(-1);
  if (first === undefined || last === undefined) return '';
  if (phrases.length <= 3) return phrases.reduce((chain, next) => t('sourceCiting', chain, next));
  return t('sourceCitingVia', first, last, phrases.length - 2);
}

interface Link {
  name: string;
  kind: SourceKind | undefined;
}

function toLink(step: AttributionStep): Link {
  const { name, kind } = typeof step === 'string' ? { name: step, kind: undefined } : step;
  return { name: name.replace(/\s+/g, ' ').trim(), kind };
}

/** "AFP citing AFP" says nothing twice: drop a link that repeats the one before it. */
function collapse(links: Link[]): Link[] {
  return links.filter((link, i) => i === 0 || link.name.toLowerCase() !== links[i - 1]!.name.toLowerCase());
}
