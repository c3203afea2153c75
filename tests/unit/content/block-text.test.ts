import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinText, locate } from '../../../src/content/block-text';

const nodes = (...parts: string[]) => parts.map((data, i) => ({ data, id: i }));

describe('joinText', () => {
  it('concatenates in order and records where each node starts', () => {
    const joined = joinText(nodes('Qassem ', 'Soleimani', ' spoke'));
    expect(joined.text).toBe('Qassem Soleimani spoke');
    expect(joined.starts).toEqual([0, 7, 16]);
  });
});

describe('locate', () => {
  const joined = joinText(nodes('Qassem ', 'Soleimani', '', ' spoke'));

  it('maps offsets inside a node to that node', () => {
    expect(locate(joined, 3, 'start')).toMatchObject({ node: { id: 0 }, offset: 3, index: 0 });
    expect(locate(joined, 10, 'end')).toMatchObject({ node: { id: 1 }, offset: 3, index: 1 });
  });

  it('gives a boundary to the later node for a start, the earlier node for an end', () => {
    expect(locate(joined, 7, 'start')).toMatchObject({ node: { id: 1 }, offset: 0 });
    expect(locate(joined, 7, 'end')).toMatchObject({ node: { id: 0 }, offset: 7 });
    // The empty node between 'Soleimani' and ' spoke' never holds a mention's end or start.
    expect(locate(joined, 16, 'end')).toMatchObject({ node: { id: 1 }, offset: 9 });
    expect(locate(joined, 16, 'start')).toMatchObject({ node: { id: 3 }, offset: 0 });
  });

  it('handles the ends of the text and refuses offsets outside it', () => {
    expect(locate(joined, 0, 'start')).toMatchObject({ node: { id: 0 }, offset: 0 });
    expect(locate(joined, 0, 'end')).toMatchObject({ node: { id: 0 }, offset: 0 });
    expect(locate(joined, 22, 'end')).toMatchObject({ node: { id: 3 }, offset: 6 });
    expect(locate(joined, -1, 'start')).toBeUndefined();
    expect(locate(joined, 23, 'end')).toBeUndefined();
    expect(locate(joinText([]), 0, 'start')).toBeUndefined();
  });

  it('round-trips: every non-empty span maps to node pieces whose text is the span', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 5 }), { minLength: 1, maxLength: 8 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const joined = joinText(nodes(...parts));
        if (joined.text.length === 0) return;
        const start = a % joined.text.length;
        const end = start + 1 + (b % (joined.text.length - start));
        const from = locate(joined, start, 'start')!;
        const to = locate(joined, end, 'end')!;
        expect(from.offset).toBeLessThan(from.node.data.length);
        expect(to.offset).toBeGreaterThan(0);
        let text = '';
        for (let i = from.index; i <= to.index; i++) {
          const data = joined.nodes[i]!.data;
          text += data.slice(i === from.index ? from.offset : 0, i === to.index ? to.offset : data.length);
        }
        expect(text).toBe(joined.text.slice(start, end));
      }),
    );
  });
});
