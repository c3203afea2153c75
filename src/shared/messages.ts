// The messaging contract: one map per direction, so a wrong name or payload is a compile error
// (STYLE.md "Messages"). Every request that crosses a context is untrusted: each has a type guard
// here, beside its type, and the receiver checks it before acting.
import type { Entity } from './entity-index';

/** Answers that can fail; `Error` does not survive structured cloning, a string does. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export interface EntityDetails {
  entity: Entity;
  /** Titles and dates of the articles the facts come from, by article id. */
  articles: Record<string, { title?: string; date?: string; file: string }>;
}

export type ContentToBackground = {
  'entity/get': { request: { id: string }; response: Result<EntityDetails> };
};

export type MessageName = keyof ContentToBackground;
export type RequestOf<N extends MessageName> = ContentToBackground[N]['request'];
export type ResponseOf<N extends MessageName> = ContentToBackground[N]['response'];

export interface Envelope<N extends MessageName = MessageName> {
  name: N;
  request: RequestOf<N>;
}

const MAX_ID_LENGTH = 200;

const REQUEST_GUARDS: { [N in MessageName]: (request: unknown) => request is RequestOf<N> } = {
  'entity/get': (request): request is RequestOf<'entity/get'> =>
    isRecord(request) && typeof request.id === 'string' && request.id.length > 0 && request.id.length <= MAX_ID_LENGTH,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when `message` is an envelope we know, with a request of the right shape. */
export function isEnvelope(message: unknown): message is Envelope {
  if (!isRecord(message) || typeof message.name !== 'string') return false;
  if (!Object.hasOwn(REQUEST_GUARDS, message.name)) return false;
  const guard = REQUEST_GUARDS[message.name as MessageName];
  return guard(message.request);
}
