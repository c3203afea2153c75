// The article page's address (src/shared/article-link.ts): written by the background, read back by
// the page, which trusts nothing in it. Lives beside the popover tests: "Open article" is its user.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articlePagePath, parseArticleLink } from '../../../src/shared/article-link';

describe('article page links', () => {
  it('round-trips an article and a fact', () => {
    const link = { articleId: '000_07a5059ebd8f38d8', fact: { entityId: 'person:qassem-soleimani', index: 4 } };
    const path = articlePagePath(link);
    expect(path).toBe('article.html?article=000_07a5059ebd8f38d8&entity=person%3Aqassem-soleimani&fact=4');
    expect(parseArticleLink(path.slice(path.indexOf('?')))).toEqual(link);
  });

  it('keeps the article but drops a bad fact; refuses a link without an article', () => {
    expect(parseArticleLink('?article=a&entity=e&fact=-1')).toEqual({ articleId: 'a' });
    expect(parseArticleLink('?article=a&entity=e&fact=1e3')).toEqual({ articleId: 'a' });
    expect(parseArticleLink('?article=a&fact=2')).toEqual({ articleId: 'a' });
    expect(parseArticleLink('?entity=e&fact=2')).toBeUndefined();
    expect(parseArticleLink('')).toBeUndefined();
  });

  it('round-trips any ids', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), fc.nat({ max: 99_999 }), (articleId, entityId, index) => {
        const path = articlePagePath({ articleId, fact: { entityId, index } });
        expect(parseArticleLink(path.slice(path.indexOf('?')))).toEqual({ articleId, fact: { entityId, index } });
      }),
    );
  });
});
