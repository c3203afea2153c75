import { describe, expect, it } from 'vitest';
import { findSources } from '../../../src/index/sources';

describe('findSources', () => {
  it.each([
    ['An AFP report citing Iranian news agency ISNA said the streets were full.', ['AFP', 'ISNA']],
    ['Police told The Associated Press that the attendees numbered into the millions.', ['Associated Press', 'Police']],
    ['“We are ready,” said Maria Lopez, a spokeswoman for the council.', ['Maria Lopez']],
    ['The vote was delayed, according to the Electoral Commission.', ['Electoral Commission']],
    ['Prices rose sharply last year.', []],
  ])('%s', (sentence, expected) => {
    expect(findSources(sentence)).toEqual(expected);
  });

  it('leaves a trailing weekday or month out of the speaker: it says when, not who', () => {
    expect(findSources('Mayor Tom Ridley Monday tweeted pictures of the flooded bridge.')).toEqual(['Mayor Tom Ridley']);
    expect(findSources('Governor Ana Ruiz in January announced a new budget.')).toEqual([]);
    expect(findSources('Senator Paul Ames Friday warned of delays.')).toEqual(['Senator Paul Ames']);
  });
});
