import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/match/compile';
import { loadMatcher } from '../../../src/match/find-mentions';
import { collapsePageText, findMentionsInPageText } from '../../../src/match/page-text';

const matcher = loadMatcher(
  compileMatcher([
    { id: 'person:qassem-soleimani', name: 'Qassem Soleimani', type: 'person', aliases: ['Soleimani', 'General Qassem Soleimani'] },
    { id: 'place:tehran', name: 'Tehran', type: 'place', aliases: [] },
  ]),
);

const found = (text: string) => findMentionsInPageText(matcher, text).map((m) => text.slice(m.start, m.end));

describe('findMentionsInPageText', () => {
  it('matches a name broken over source lines and indentation as the page renders it', () => {
    expect(found('Military Commander General Qassem\n      Soleimani, who')).toEqual(['General Qassem\n      Soleimani']);
    expect(found('Qassem \u00a0 Soleimani')).toEqual(['Qassem \u00a0 Soleimani']);
  });

  it('sees through soft hyphens and zero-width characters inside a name', () => {
    expect(found('in Teh\u00adran today')).toEqual(['Teh\u00adran']);
    expect(found('Sol\u200beimani said')).toEqual(['Sol\u200beimani']);
  });

  it('leaves plain text alone and keeps its offsets', () => {
    const text = 'From Tehran to Qom';
    expect(collapsePageText(text)).toEqual({ text, original: undefined });
    expect(findMentionsInPageText(matcher, text)).toEqual([{ start: 5, end: 11, entity: 1 }]);
  });

  it('gives offsets whose text, collapsed, is the mention', () => {
    const piece = fc.constantFrom('Qassem', 'Soleimani', 'Tehran', 'General', ' ', '\n', '\t', '\u00ad', '\u200b', 'x', ',');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        for (const m of findMentionsInPageText(matcher, text)) {
          const inPage = collapsePageText(text.slice(m.start, m.end)).text.replace(/\s/g, ' ');
          const forms = ['Qassem Soleimani', 'Soleimani', 'General Qassem Soleimani', 'Tehran'];
          if (!forms.includes(inPage)) return false;
        }
        return true;
      }),
    );
  });
});
