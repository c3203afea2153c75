// The content script's per-entity cache of facts (src/content/details-cache.ts; no DOM needed).
import { describe, expect, it } from 'vitest';
import { createDetailsCache } from '../../../src/content/details-cache';
import type { EntityDetails, Result } from '../../../src/shared/messages';

const details = (id: string): EntityDetails => ({ entity: { id, name: id, type: 'place', aliases: [], facts: [] }, articles: {} });

function fakeBackground(answers: Record<string, Result<EntityDetails> | Error>) {
  const asked: string[] = [];
  return {
    asked,
    fetch: async (id: string): Promise<Result<EntityDetails>> => {
      asked.push(id);
      const answer = answers[id];
      if (answer instanceof Error) throw answer;
      return answer ?? { ok: false, error: `no entity ${id}` };
    },
  };
}

describe('createDetailsCache', () => {
  it('asks once per entity, however often and however soon it is asked again', async () => {
    const background = fakeBackground({ 'place:tehran': { ok: true, value: details('place:tehran') } });
    const cache = createDetailsCache(background.fetch);
    const [a, b] = await Promise.all([cache.get('place:tehran'), cache.get('place:tehran')]);
    await cache.get('place:tehran');
    expect(a).toEqual(b);
    expect(background.asked).toEqual(['place:tehran']);
    expect(cache.peek('place:tehran')?.entity.id).toBe('place:tehran');
  });

  it('forgets a failure (an error answer or a rejection), so the next show asks again', async () => {
    const background = fakeBackground({ 'place:qom': new Error('Could not establish connection') });
    const cache = createDetailsCache(background.fetch);
    expect(await cache.get('place:qom')).toEqual({ ok: false, error: 'Could not establish connection' });
    expect(await cache.get('place:nowhere')).toEqual({ ok: false, error: 'no entity place:nowhere' });
    await cache.get('place:qom');
    expect(background.asked).toEqual(['place:qom', 'place:nowhere', 'place:qom']);
    expect(cache.peek('place:qom')).toBeUndefined();
  });
});
