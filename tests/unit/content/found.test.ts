import { beforeEach, describe, expect, it } from 'vitest';
import { countMention, foundCounts, foundEntities, foundEntityIds, mentionCount, resetFound, watchFound } from '../../../src/content/found';

describe('found counts', () => {
  beforeEach(resetFound);

  it('counts mentions and distinct entities per type, and forgets an entity at zero', () => {
    countMention('person:trump', 'person', 1);
    countMention('person:trump', 'person', 1);
    countMention('place:qom', 'place', 1);
    expect(foundCounts()).toEqual({
      person: { mentions: 2, entities: 1 },
      place: { mentions: 1, entities: 1 },
      organization: { mentions: 0, entities: 0 },
    });
    countMention('place:qom', 'place', -1);
    expect(mentionCount('place:qom')).toBe(0);
    expect(foundEntityIds()).toEqual(['person:trump']);
  });
});

describe('found, watched', () => {
  beforeEach(resetFound);

  it('lists each entity with its count, and tells watchers of every change until aborted', () => {
    const controller = new AbortController();
    let changes = 0;
    watchFound(() => changes++, controller.signal);
    countMention('person:trump', 'person', 1);
    countMention('person:trump', 'person', 1);
    countMention('place:qom', 'place', 1);
    expect(foundEntities()).toEqual([
      { id: 'person:trump', type: 'person', count: 2 },
      { id: 'place:qom', type: 'place', count: 1 },
    ]);
    resetFound();
    expect(changes).toBe(4);
    controller.abort();
    countMention('place:qom', 'place', 1);
    expect(changes).toBe(4);
  });
});
