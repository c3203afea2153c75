import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emphasise } from '../../../src/popover/emphasise';

const SOLEIMANI = ['Qassem Soleimani', 'Soleimani', 'General Qassem Soleimani'];
const plain = (text: string) => ({ text, isMention: false });
const mention = (text: string) => ({ text, isMention: true });

describe('emphasise', () => {
  it('marks a mention in the middle', () => {
    expect(emphasise('Crowds mourned Soleimani in Tehran.', SOLEIMANI)).toEqual([
      plain('Crowds mourned '),
      mention('Soleimani'),
      plain(' in Tehran.'),
    ]);
  });

  it('marks mentions at both ends', () => {
    expect(emphasise('Soleimani was buried; crowds wept for Soleimani', SOLEIMANI)).toEqual([
      mention('Soleimani'),
      plain(' was buried; crowds wept for '),
      mention('Soleimani'),
    ]);
  });

  it('prefers the longest form', () => {
    expect(emphasise('General Qassem Soleimani was killed.', SOLEIMANI)).toEqual([mention('General Qassem Soleimani'), plain(' was killed.')]);
  });

  it('marks the name of a possessive, not the ’s, with curly and straight apostrophes', () => {
    expect(emphasise('Soleimani’s funeral', SOLEIMANI)).toEqual([mention('Soleimani'), plain('’s funeral')]);
    expect(emphasise("Soleimani's funeral", SOLEIMANI)).toEqual([mention('Soleimani'), plain("'s funeral")]);
  });

  it('matches a form with an apostrophe whichever apostrophe the text uses, keeping the text’s own', () => {
    expect(emphasise('Sinéad O’Connor sang.', ["O'Connor"])).toEqual([plain('Sinéad '), mention('O’Connor'), plain(' sang.')]);
  });

  it('marks whole words only, case as written', () => {
    expect(emphasise('Soleimanis and soleimani and XSoleimani and Soleimani2', SOLEIMANI)).toEqual([
      plain('Soleimanis and soleimani and XSoleimani and Soleimani2'),
    ]);
    expect(emphasise('Iran’s AP-reported story, Mr. Zarif', ['AP', 'Zarif', 'Iran'])).toEqual([
      mention('Iran'),
      plain('’s '),
      mention('AP'),
      plain('-reported story, Mr. '),
      mention('Zarif'),
    ]);
  });

  it('finds forms with regex characters and handles', () => {
    expect(emphasise('Follow @JZarif (U.S.) now', ['@JZarif', 'U.S.'])).toEqual([
      plain('Follow '),
      mention('@JZarif'),
      plain(' ('),
      mention('U.S.'),
      plain(') now'),
    ]);
  });

  it('lets a multi-word form span a line break or double space in the fact', () => {
    expect(emphasise('said Qassem\n Soleimani', SOLEIMANI)).toEqual([plain('said '), mention('Qassem\n Soleimani')]);
  });

  it('keeps hostile HTML as plain text', () => {
    const text = 'Soleimani <img src=x onerror=alert(1)> <b>bold</b>';
    expect(emphasise(text, SOLEIMANI)).toEqual([mention('Soleimani'), plain(' <img src=x onerror=alert(1)> <b>bold</b>')]);
  });

  it('returns the whole text as one plain segment without forms, and nothing for no text', () => {
    expect(emphasise('Tehran', [])).toEqual([plain('Tehran')]);
    expect(emphasise('Tehran', ['', '  '])).toEqual([plain('Tehran')]);
    expect(emphasise('', SOLEIMANI)).toEqual([]);
  });

  it('gives back the text exactly, with no empty segments, for any text and forms', () => {
    const alphabet = fc.constantFrom('a', 'b', 'A', ' ', '’', "'", '.', '(', '\\', 'é', '-', '\n');
    const word = fc.string({ unit: alphabet, maxLength: 6 });
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 40 }), fc.array(word, { maxLength: 4 }), (text, forms) => {
        const segments = emphasise(text, forms);
        expect(segments.map((segment) => segment.text).join('')).toBe(text);
        expect(segments.every((segment) => segment.text.length > 0)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
