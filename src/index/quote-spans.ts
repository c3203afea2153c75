// Quotes that run across sentences share their speaker: `"I thought a lot," Askar wrote. "On the
// other hand Mojang has failed to act."` and `"It is over. We lost," she said.` Each sentence's own
// sources come first; a quoted sentence without any takes those of the sentence that opens or
// closes its quotation in the same paragraph.

export interface QuoteSentence {
  text: string;
  paragraph: number;
}

const startsWithQuote = (text: string): boolean => /^["“]/.test(text);
const hasQuote = (text: string): boolean => /["“”]/.test(text);
/** The sentence leaves a quotation open: an unclosed `“`, or an odd number of straight quotes. */
const leavesOpen = (text: string): boolean =>
  text.lastIndexOf('“') > text.lastIndexOf('”') || (text.match(/"/g)?.length ?? 0) % 2 === 1;

export function inheritQuoteSources<T>(sentences: QuoteSentence[], own: T[][]): T[][] {
  const out = own.map((s) => [...s]);
  const sameParagraph = (a: number, b: number): boolean =>
    b >= 0 && b < sentences.length && sentences[a]!.paragraph === sentences[b]!.paragraph;
  for (let i = 0; i < sentences.length; i++) {
    const text = sentences[i]!.text;
    if (out[i]!.length || !startsWithQuote(text)) continue;
    if (leavesOpen(text)) {
      // `"It is over. We lost," she said.`: the speaker comes where the quotation closes.
      let j = i + 1;
      while (sameParagraph(i, j) && leavesOpen(sentences[j]!.text) === false && !own[j]!.length && !hasQuote(sentences[j]!.text)) j++;
      if (sameParagraph(i, j) && own[j]!.length && hasQuote(sentences[j]!.text)) out[i] = [...own[j]!];
    } else if (sameParagraph(i, i - 1) && out[i - 1]!.length && hasQuote(sentences[i - 1]!.text)) {
      // A second quoted sentence after `"…," Askar wrote.` is still Askar's.
      out[i] = [...out[i - 1]!];
    }
  }
  return out;
}
