// Names that lack the usual evidence (an invented article): a CamelCase brand seen only in a
// dateline-like Title Case line, and a neighbourhood placed within a known place.
import { describe, expect, it } from 'vitest';
import { deriveIndex } from '../../../src/index/build-index.js';

const text = [
  'Markets Slip Ahead Of The Holiday Weekend',
  '',
  'TradeWireMoney (New York) First Published March 3, 2017: 10:02 AM ET',
  '',
  'Shares fell on Friday as traders left early. The owner of a bakery in Mending, Queens, said business was slow.',
  '',
  'The fund is admired at home and distrusted in the West. West of the river, prices rose.',
  '',
  'The Canadian Institute of Soil, Water and Forestry backed the fund, as did the University of Ottawa, Harvard and Yale.',
  '',
  'Investor Karim Hassan Odeh sold his stake. Mr. Odeh said he would buy again in spring.',
].join('\n');

describe('names with little evidence', () => {
  const { index } = deriveIndex([{ file: 'markets.txt', text }]);
  const byName = (name: string) => index.entities.find((e) => e.name === name);
  it('keeps a CamelCase brand from a Title Case line', () => expect(byName('TradeWireMoney')).toBeDefined());
  it('joins a surname to a full name whose middle name is also a town', () => {
    expect(byName('Karim Hassan Odeh')?.aliases).toContain('Mr. Odeh');
  });
  it('keeps a comma list of everyday words inside the name of a body, but not a list of names', () => {
    expect(byName('Canadian Institute of Soil, Water and Forestry')?.type).toBe('organization');
    expect(index.entities.filter((e) => e.name.includes('Harvard and'))).toEqual([]);
  });
  it('takes `the West` as a place', () => expect(byName('West')?.type).toBe('place'));
  it('types a neighbourhood placed within a known place', () => expect(byName('Mending')?.type).toBe('place'));
});
