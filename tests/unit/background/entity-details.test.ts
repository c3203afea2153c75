import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEntityLookup } from '../../../src/background/entity-details';
import type { EntityIndex } from '../../../src/shared/entity-index';

const index: EntityIndex = {
  version: 1,
  articles: [
    { id: 'a1', file: 'a1.txt', title: 'Crowds in Tehran', date: '2020-01-07', entities: ['place:tehran'] },
    { id: 'a2', file: 'a2.txt', entities: ['place:tehran', 'organization:afp'] },
  ],
  entities: [
    {
      id: 'place:tehran',
      name: 'Tehran',
      type: 'place',
      aliases: [],
      facts: [{ text: 'The streets of Tehran were full.', article: 'a1', attribution: ['AFP', 'ISNA'] }],
    },
    { id: 'organization:afp', name: 'AFP', type: 'organization', aliases: [], facts: [] },
  ],
};

describe('createEntityLookup', () => {
  const lookUp = createEntityLookup(index);

  it('returns the entity with the articles its facts cite, and only those', () => {
    const result = lookUp('place:tehran');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.entity.name).toBe('Tehran');
    expect(result.value.articles).toEqual({ a1: { title: 'Crowds in Tehran', date: '2020-01-07', file: 'a1.txt' } });
  });

  it('names an untitled article by its opening words, and only an untitled one', () => {
    const withOpenings = createEntityLookup(index, { a1: 'Crowds filled', a2: 'The agency said' });
    const result = withOpenings('organization:afp');
    expect(result.ok).toBe(true);
    const tehran = withOpenings('place:tehran');
    if (!tehran.ok) throw new Error(tehran.error);
    expect(tehran.value.articles.a1).toEqual({ title: 'Crowds in Tehran', date: '2020-01-07', file: 'a1.txt' });
    const untitled = createEntityLookup({ ...index, entities: [{ ...index.entities[0]!, facts: [{ text: 'x', article: 'a2', attribution: [] }] }] }, { a2: 'The agency said' });
    const found = untitled('place:tehran');
    if (!found.ok) throw new Error(found.error);
    expect(found.value.articles).toEqual({ a2: { title: undefined, date: undefined, file: 'a2.txt', opening: 'The agency said' } });
  });

  it('answers an unknown id with an error, not a throw', () => {
    expect(lookUp('person:nobody')).toEqual({ ok: false, error: 'no entity person:nobody in the index' });
  });
});

describe('createEntityLookup on a damaged index', () => {
  it('answers every lookup with one clear error, logged once, and never throws', () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      fc.assert(
        fc.property(fc.anything(), fc.string(), (broken, id) => {
          const result = createEntityLookup(broken as EntityIndex)(id);
          return result.ok === false || typeof result.value === 'object';
        }),
      );
      errors.length = 0;
      const lookUp = createEntityLookup({ version: 1, articles: [] } as unknown as EntityIndex);
      const first = lookUp('place:tehran');
      const second = lookUp('place:kerman');
      expect(first).toEqual({ ok: false, error: expect.stringMatching(/^Backstory: the bundled index is unreadable/) });
      expect(second).toEqual(first);
      expect(errors).toHaveLength(1);
    } finally {
      console.error = original;
    }
  });

  it('answers an error for an entity whose facts are not a list', () => {
    const broken = { ...index, entities: [{ ...index.entities[0]!, facts: 3 }] } as unknown as EntityIndex;
    const original = console.error;
    console.error = () => undefined;
    try {
      expect(createEntityLookup(broken)('place:tehran').ok).toBe(false);
    } finally {
      console.error = original;
    }
  });
});
