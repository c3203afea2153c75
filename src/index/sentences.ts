// Paragraph -> sentences. Splits after . ! ? (and a closing quote or bracket) when the next word
// starts a sentence, but not after abbreviations, initials or decimals.

/** Abbreviations whose dot does not end a sentence when a capitalised word follows. */
const ABBREVIATIONS = new Set(
  `Mr Mrs Ms Dr Prof Sen Rep Gov Gen Lt Col Capt Sgt Adm Maj Cpl Brig Rev St Mt Jr Sr Co Corp Inc Ltd
   No Nos Fig vs etc Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Ave Blvd Dept Univ Est approx`.split(/\s+/),
);

export interface Sentence {
  text: string;
  /** Offset of the sentence in its paragraph. */
  start: number;
}

const BOUNDARY = /([.!?…]+)(["'”’)\]]*)(\s+)(?=["'“‘(\[]?[\p{Lu}\p{N}@#—–-])/gu;

export function splitSentences(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const m of paragraph.matchAll(BOUNDARY)) {
    const end = m.index + m[1]!.length + m[2]!.length;
    const before = paragraph.slice(start, m.index);
    const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
    if (m[1] === '.' && !m[2]) {
      // Initials (`J.`, `H.W.`) and dotted abbreviations (`U.S.`) rarely end a sentence mid-text.
      if (ABBREVIATIONS.has(lastWord) || /^\p{Lu}$/u.test(lastWord) || /\p{L}\.\p{L}/u.test(lastWord)) continue;
    }
    pushSentence(sentences, paragraph, start, end);
    start = end + m[3]!.length;
  }
  pushSentence(sentences, paragraph, start, paragraph.length);
  return sentences;
}

function pushSentence(out: Sentence[], paragraph: string, start: number, end: number): void {
  const text = paragraph.slice(start, end).trim();
  if (text) out.push({ text, start });
}
