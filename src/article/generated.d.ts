// Supplied by build.mjs at bundle time (virtual module): every indexed article's text, for this
// page only (the content script never loads it).
declare module 'backstory:articles' {
  import type { ArticleText } from './article-text';
  const articles: ArticleText[];
  export default articles;
}
