import { beforeEach, describe, expect, it } from 'vitest';
import { countMention, foundCounts, foundEntityIds, mentionCount, resetFound } from '../../../src/content/found';

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
