import { describe, expect, it } from 'vitest';
import { createRangeIndex } from '../../../src/content/range-index';

const a = { name: 'a' };
const b = { name: 'b' };
const c = { name: 'c' };

describe('createRangeIndex', () => {
  it('finds the mention at an offset, its end included, and nothing between mentions', () => {
    const index = createRangeIndex<object, string>();
    index.add('second', [{ node: a, start: 10, end: 15 }]);
    index.add('first', [{ node: a, start: 0, end: 6 }]);
    expect(index.at(a, 0)).toBe('first');
    expect(index.at(a, 6)).toBe('first');
    expect(index.at(a, 7)).toBeUndefined();
    expect(index.at(a, 12)).toBe('second');
    expect(index.at(a, 16)).toBeUndefined();
    expect(index.at(b, 0)).toBeUndefined();
  });

  it('lists a mention over several nodes under each, and removes it from all of them at once', () => {
    const index = createRangeIndex<object, string>();
    index.add('Qassem Soleimani', [
      { node: a, start: 8, end: 15 },
      { node: b, start: 0, end: 9 },
    ]);
    index.add('Kerman', [{ node: c, start: 0, end: 6 }]);
    expect(index.at(a, 9)).toBe('Qassem Soleimani');
    expect(index.at(b, 4)).toBe('Qassem Soleimani');
    expect(index.removeAt(b)).toEqual(['Qassem Soleimani']);
    expect(index.at(a, 9)).toBeUndefined();
    expect([...index.nodes()]).toEqual([c]);
    expect(index.removeAt(b)).toEqual([]);
  });

  it('is empty after clear', () => {
    const index = createRangeIndex<object, number>();
    index.add(1, [{ node: a, start: 0, end: 1 }]);
    expect(index.isEmpty()).toBe(false);
    index.clear();
    expect(index.at(a, 0)).toBeUndefined();
    expect([...index.nodes()]).toEqual([]);
    expect(index.isEmpty()).toBe(true);
  });

  it('stays sorted and answers by binary search over many mentions', () => {
    const index = createRangeIndex<object, number>();
    const order = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
    for (const i of order) index.add(i, [{ node: a, start: i * 10, end: i * 10 + 5 }]);
    for (let i = 0; i < 1000; i += 37) {
      expect(index.at(a, i * 10 + 3)).toBe(i);
      expect(index.at(a, i * 10 + 7)).toBeUndefined();
    }
  });
});
