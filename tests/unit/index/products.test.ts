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

describe('kinds of product written after a name', () => {
  it('drops an acronym that only sizes a battery or names a port', () => {
    const list = entities('The remote still runs on two QX batteries, and the dock adds a ZRT port for older drives.');
    expect(typeOf(list, 'QX')).toBeUndefined();
    expect(typeOf(list, 'ZRT')).toBeUndefined();
  });
  it('drops a name after `the` and before a singular kind of product', () => {
    const list = entities('Reviewers liked the Velora display but found the Quillon feature slow to set up.');
    expect(typeOf(list, 'Velora')).toBeUndefined();
    expect(typeOf(list, 'Quillon')).toBeUndefined();
  });
  it('keeps a maker written bare before a plural noun, as in `X features`', () => {
    const list = entities('It is odd to pay extra to unlock Marlowe features on a console this expensive.');
    expect(list.map((e) => e.name)).toContain('Marlowe');
  });
  it('keeps a body that also has a use of its own beside `the X app`', () => {
    const list = entities('Readers can follow the vote in the Tidewell app.', 'Tidewell said in a statement that turnout was high.');
    expect(list.map((e) => e.name)).toContain('Tidewell');
  });
  it('drops a newsletter offered `in your inbox`', () => {
    const list = entities('What you need to know about the storm: get Bayside Briefing in your inbox.');
    expect(list.map((e) => e.name)).not.toContain('Bayside Briefing');
  });
});

describe('a name opening a quoted title', () => {
  it('drops the first word of a quoted Title Case phrase', () => {
    const list = entities('“It’s like ‘Gloamtide on the Boardwalk’ out here,” the plumber said as he closed the valve.');
    expect(list.map((e) => e.name)).not.toContain('Gloamtide');
  });
  it('keeps a name opening a quoted sentence', () => {
    const list = entities('“Karvonia is not our enemy,” the minister said after the talks.');
    expect(list.map((e) => e.name)).toContain('Karvonia');
  });
});

describe('a name given as an example of a kind', () => {
  it('drops an example of a lower-case kind of thing', () => {
    const list = entities('The parser builds millions of small objects including TreeNodes, which exhausts the memory of the server.');
    expect(list.map((e) => e.name)).not.toContain('TreeNodes');
  });
  it('keeps an example of a kind of body or person', () => {
    const list = entities('Rival grocers such as FreshKart cut prices, and politicians including Okonkwo objected.');
    expect(list.map((e) => e.name)).toEqual(expect.arrayContaining(['FreshKart', 'Okonkwo']));
  });
});
