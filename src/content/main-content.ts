// Where to look for mentions. With scope "main": the page's one article or main region, else the
// element holding the most paragraph text; the whole body when nothing stands out. Menus, footers
// and teasers around an article then stay unmarked.
import type { Scope } from '../settings/schema';

/** Less text than this is a stub (an empty <article> around a video), not the main content. */
const MIN_MAIN_TEXT = 200;
/** The densest element must hold at least this much paragraph text to beat the whole body. */
const MIN_DENSE_TEXT = 500;

function textLength(element: Element): number {
  return element.textContent?.length ?? 0;
}

/** The parent whose child paragraphs hold the most text: news pages keep the story's <p>s together. */
function densestParagraphParent(body: HTMLElement): Element | undefined {
  const score = new Map<Element, number>();
  for (const paragraph of body.querySelectorAll('p')) {
    const parent = paragraph.parentElement;
    if (parent) score.set(parent, (score.get(parent) ?? 0) + textLength(paragraph));
  }
  let best: Element | undefined;
  let bestScore = MIN_DENSE_TEXT - 1;
  for (const [element, value] of score) {
    if (value > bestScore) [best, bestScore] = [element, value];
  }
  return best;
}

export function findScopeRoot(doc: Document, scope: Scope): Element | undefined {
  const body = doc.body;
  if (!body) return undefined;
  if (scope === 'page') return body;
  // Several <article>s are a list of teasers: none of them is the main content.
  const articles = body.querySelectorAll('article');
  const single = articles.length === 1 ? articles[0] : undefined;
  for (const candidate of [single, body.querySelector('main'), body.querySelector('[role="main"]')]) {
    if (candidate && textLength(candidate) >= MIN_MAIN_TEXT) return candidate;
  }
  return densestParagraphParent(body) ?? body;
}
