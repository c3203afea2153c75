import { describe, expect, it } from 'vitest';
import { english } from '../english';
import { formatArticleDate, labelArticle } from '../../../src/popover/article-label';

describe('labelArticle', () => {
  it('uses the title, whitespace collapsed', () => {
    expect(labelArticle({ title: '  Iran mourns\n Soleimani ', file: 'a.txt' }, english)).toBe('Iran mourns Soleimani');
  });

  it('falls back to the opening words, shortened with an ellipsis', () => {
    expect(
      labelArticle({ opening: 'Mourners gather in Tehran, Iran, on Monday, January 6, to pay their respects', file: 'a.txt' }, english),
    ).toBe('Mourners gather in Tehran, Iran, on Monday, January…');
    expect(labelArticle({ opening: 'Short opening line.' }, english)).toBe('Short opening line.');
  });

  it('drops trailing punctuation before the ellipsis', () => {
    expect(labelArticle({ opening: 'One two three four five six seven eight, nine ten' }, english)).toBe('One two three four five six seven eight…');
  });

  it('says "Untitled article" when it has neither', () => {
    expect(labelArticle({ file: '000_07a5059ebd8f38d8.txt' }, english)).toBe('Untitled article');
    expect(labelArticle({ title: '   ', opening: '' }, english)).toBe('Untitled article');
    expect(labelArticle(undefined, english)).toBe('Untitled article');
  });
});

describe('formatArticleDate', () => {
  it('writes day, short month, year', () => {
    expect(formatArticleDate('2020-01-07', english)).toBe('7 Jan 2020');
    expect(formatArticleDate('1999-12-31', english)).toBe('31 Dec 1999');
    expect(formatArticleDate('2024-02-29', english)).toBe('29 Feb 2024');
  });

  it('refuses anything but a real YYYY-MM-DD date', () => {
    for (const bad of [undefined, '', '2020-1-7', '2020-02-30', '2023-02-29', '2020-13-01', '2020-00-10', '7 Jan 2020', '2020-01-07T00:00Z']) {
      expect(formatArticleDate(bad, english)).toBeUndefined();
    }
  });
});
