// Parsed article -> its sentences and the candidate mentions in each (two passes: the first learns
// which words this article capitalises mid-sentence or writes in lower case).
import type { ParsedArticle } from './parse-article.js';
import { splitSentences } from './sentences.js';
import { findRuns, type Run } from './find-entities.js';
import { cleanRun, type ArticleWords, type Mention } from './clean-mention.js';
import { isCapitalised, tokenize } from './tokens.js';
import type { Gazetteer } from './gazetteer.js';

export interface ArticleSentence {
  text: string;
  paragraph: number;
  /** Title Case line (a headline or a "Read more" link): its words prove nothing on their own. */
  headline: boolean;
}

export interface SentenceMention extends Mention {
  sentence: number;
}

export interface AnalyzedArticle {
  sentences: ArticleSentence[];
  mentions: SentenceMention[];
  /** Social-media handles as written (`@JZarif`). */
  handles: string[];
}

const SMALL_WORDS = new Set('a an the of in on at to for and or but with by from as is are vs via'.split(' '));
/** Share of capitalised words above which a line of four or more words reads as a headline. */
const HEADLINE_CAPS_SHARE = 0.75;

export function analyzeArticle(article: ParsedArticle, gaz: Gazetteer): AnalyzedArticle {
  const sentences: ArticleSentence[] = [];
  // The headline names entities too (`… fears in North Africa`); paragraph -1 marks it.
  if (article.title) sentences.push({ text: article.title, paragraph: -1, headline: isHeadline(article.title, gaz) });
  article.paragraphs.forEach((p, paragraph) => {
    for (const s of splitSentences(p.text)) sentences.push({ text: s.text, paragraph, headline: isHeadline(s.text, gaz) });
  });
  const runsBySentence: Run[][] = sentences.map((s, i) =>
    findRuns(s.text, i === 0 || sentences[i - 1]!.paragraph !== s.paragraph, (w) => gaz.lexicon.has(w)));
  const words: ArticleWords = { midCap: new Set(), lower: new Set() };
  sentences.forEach((s, i) => {
    for (const t of tokenize(s.text)) if (!isCapitalised(t.text)) words.lower.add(t.text.toLowerCase());
    if (s.headline) return;
    for (const run of runsBySentence[i]!) {
      // Only a run's edges prove a word is a name (`Trump` in `Donald Trump`); a word inside a
      // body's name (`Tourism` in `World Travel and Tourism Council`) does not.
      if (!run.initial) words.midCap.add(run.tokens[0]!.text);
      if (run.tokens.length > 1) words.midCap.add(run.tokens[run.tokens.length - 1]!.text);
    }
  });
  const mentions: SentenceMention[] = [];
  runsBySentence.forEach((runs, sentence) => {
    for (const run of runs) for (const m of cleanRun(run, words, gaz)) mentions.push({ ...m, sentence });
  });
  const handles = [...new Set(sentences.flatMap((s) => s.text.match(/(?<![\w@])@\w{3,}/g) ?? []))];
  return { sentences, mentions, handles };
}

/** Title Case: the common words are capitalised too (`Student Dies After Diet Pills …`). */
function isHeadline(text: string, gaz: Gazetteer): boolean {
  const common = tokenize(text).map((t) => t.text)
    .filter((w) => !SMALL_WORDS.has(w.toLowerCase()) && /^\p{L}/u.test(w) && gaz.lexicon.has(w.toLowerCase()) && !gaz.firstNames.has(w));
  const unpunctuated = !/[.!?:"”’)]$/.test(text.trim());
  if (common.length < (unpunctuated ? 2 : 3)) return false;
  // A sentence dense with names (`the director of the Center for Food and Allergy Research`) still
  // writes some common word in lower case; a punctuated headline capitalises them all.
  const share = common.filter((w) => isCapitalised(w)).length / common.length;
  return unpunctuated ? share >= HEADLINE_CAPS_SHARE : share === 1;
}
