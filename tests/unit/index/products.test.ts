// Products named like places, people or acronyms (invented sentences): when every use carries a
// product cue and none says what else it is, the name's own evidence was only a guess.
import { describe, expect, it } from 'vitest';
import { deriveIndex } from '../../../src/index/build-index.js';

const entities = (...paragraphs: string[]) =>
  deriveIndex([{ file: 'p.txt', text: ['A Night Out', '', ...paragraphs].join('\n\n') }]).index.entities;
const typeOf = (list: ReturnType<typeof entities>, name: string) => list.find((e) => e.name === name)?.type;

describe('a name used only as a product', () => {
  it('drops a city name that only ever names a musical', () => {
    const list = entities('Critics praised the Tacoma musical when it opened last spring, and tickets sold out within a week.');
    expect(typeOf(list, 'Tacoma')).toBeUndefined();
  });
  it('keeps the city when one use places something in it', () => {
    const list = entities(
      'Critics praised the Tacoma musical when it opened last spring.',
      'Its composer grew up in Tacoma and still teaches piano there.',
    );
    expect(typeOf(list, 'Tacoma')).toBe('place');
  });
  it('never takes a country for a product', () => {
    const list = entities('The shop sold the Norway edition of the board game before the holidays.');
    expect(typeOf(list, 'Norway')).toBe('place');
  });
  it('keeps a body whose name ends in a head word, whatever follows it', () => {
    const list = entities('Figures from the Harbour Growers Council, an industry body, were quoted by the minister.');
    expect(typeOf(list, 'Harbour Growers Council')).toBe('organization');
  });
});
