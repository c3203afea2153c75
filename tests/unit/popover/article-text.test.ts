// Where the article page marks a fact's sentence (src/article/article-text.ts).
import { describe, expect, it } from 'vitest';
import { english } from '../english';
import { findSentence, formatLongDate } from '../../../src/article/article-text';

const PARAGRAPHS = ['The body travelled from Tehran to Qom.', 'Soleimani, 66, was considered Iran’s second most powerful man. He died in Baghdad.'];

describe('findSentence', () => {
  it('finds the sentence as written', () => {
    expect(findSentence(PARAGRAPHS, 'He died in Baghdad.')).toEqual({ paragraph: 1, start: 63, end: 82 });
  });

  it('forgives quote styles, case and whitespace, keeping offsets into the text as shown', () => {
    const spot = findSentence(PARAGRAPHS, "soleimani, 66, was  considered Iran's second most powerful man.")!;
    expect(PARAGRAPHS[spot.paragraph]!.slice(spot.start, spot.end)).toBe('Soleimani, 66, was considered Iran’s second most powerful man.');
  });

  it('gives nothing for a sentence that is not there, or an empty one', () => {
    expect(findSentence(PARAGRAPHS, 'Nobody said this.')).toBeUndefined();
    expect(findSentence(PARAGRAPHS, '  ')).toBeUndefined();
  });
});

describe('formatLongDate', () => {
  it('writes the month out and leaves anything else alone', () => {
    expect(formatLongDate('2020-01-07', english)).toBe('7 January 2020');
    expect(formatLongDate('2020-13-07', english)).toBe('2020-13-07');
    expect(formatLongDate('last week', english)).toBe('last week');
  });
});
