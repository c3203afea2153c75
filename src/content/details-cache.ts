// An entity's facts, fetched from the background the first time it is about to be shown (the
// content script carries only what matching needs) and kept for the page's lifetime. One request
// per entity however often it is hovered; a failed one is forgotten so the next hover asks again.
import type { EntityDetails, Result } from '../shared/messages';

export type FetchDetails = (entityId: string) => Promise<Result<EntityDetails>>;

export interface DetailsCache {
  /** Starts the request if needed; resolves with the details or the error, never rejects. */
  get(entityId: string): Promise<Result<EntityDetails>>;
  /** The details if they have arrived, for a synchronous render. */
  peek(entityId: string): EntityDetails | undefined;
}

export function createDetailsCache(fetchDetails: FetchDetails): DetailsCache {
  const pending = new Map<string, Promise<Result<EntityDetails>>>();
  const ready = new Map<string, EntityDetails>();
  return {
    get(entityId) {
      const known = ready.get(entityId);
      if (known) return Promise.resolve({ ok: true, value: known });
      let request = pending.get(entityId);
      if (!request) {
        request = fetchDetails(entityId).then(
          (result): Result<EntityDetails> => {
            pending.delete(entityId);
            if (result?.ok) ready.set(entityId, result.value);
            return result ?? { ok: false, error: 'no answer from the background' };
          },
          (error: unknown): Result<EntityDetails> => {
            pending.delete(entityId);
            return { ok: false, error: error instanceof Error ? error.message : String(error) };
          },
        );
        pending.set(entityId, request);
      }
      return request;
    },
    peek: (entityId) => ready.get(entityId),
  };
}
