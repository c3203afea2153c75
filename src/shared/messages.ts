// The messaging contract: one map per direction, so a wrong name or payload is a compile error
// (STYLE.md "Messages"). Every request that crosses a context is untrusted: each has a type guard
// here, beside its type, and the receiver checks it before acting.
import { isEntityType, type Entity, type EntityType } from './entity-index';

/** Answers that can fail; `Error` does not survive structured cloning, a string does. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** What the popover needs to name an article: its title, else its opening words, and its date. */
export interface ArticleSummary {
  title?: string;
  date?: string;
  file: string;
  /** The first words of an untitled article's text (a popover label); absent when it has a title. */
  opening?: string;
}

export interface EntityDetails {
  entity: Entity;
  /** The articles the facts come from, by article id. */
  articles: Record<string, ArticleSummary>;
}

/** Content scripts and our own pages ask the background. */
export type ContentToBackground = {
  'entity/get': { request: { id: string }; response: Result<EntityDetails> };
  /** Opens the article page on one of the entity's facts (Entity.facts[factIndex]). */
  'article/open': { request: { entityId: string; factIndex: number }; response: Result<null> };
  /** A tab's content script: how many distinct entities it highlights now (the toolbar badge). */
  'found/changed': { request: { entities: number }; response: void };
};

export type StepDirection = 'next' | 'previous';

/** The background tells the content script of the active tab (keyboard commands). */
export type BackgroundToContent = {
  /** Moves the current mention and opens its popover; answers whether there was a mention to go to. */
  'mention/step': { request: { direction: StepDirection }; response: boolean };
};

/** Whether Backstory works on a page: on, off for its site (disabledSites), or paused everywhere (enabled false). */
export type PageState = 'active' | 'disabled-site' | 'paused';

/** One entity highlighted on a page, with its number of highlighted mentions. */
export interface FoundEntity {
  id: string;
  name: string;
  type: EntityType;
  count: number;
}

export interface PageReport {
  /** location.hostname of the page: what the popup's site switch adds to disabledSites. */
  host: string;
  state: PageState;
  found: FoundEntity[];
}

/** The toolbar popup asks the content script of the tab it describes. */
export type PopupToContent = {
  'page/describe': { request: Record<string, never>; response: PageReport };
  /** Scrolls to the entity's first mention and opens its popover; false when it is not on the page. */
  'mention/reveal': { request: { entityId: string }; response: boolean };
};

/** One direction of messaging: each message name with the shape of its request and its answer. */
export type MessageMap = Record<string, { request: unknown; response: unknown }>;
export type RequestIn<M extends MessageMap, N extends keyof M> = M[N]['request'];
export type ResponseIn<M extends MessageMap, N extends keyof M> = M[N]['response'];
/** What travels: a message name and its request. */
export interface EnvelopeIn<M extends MessageMap, N extends keyof M = keyof M> {
  name: N;
  request: RequestIn<M, N>;
}
/** One shape check per message name, each narrowing to that message's request. */
type RequestGuards<M extends MessageMap> = { [N in keyof M]: (request: unknown) => request is RequestIn<M, N> };

const MAX_ID_LENGTH = 200;
/** Far more distinct entities than an index holds; a bound keeps a forged count from meaning anything. */
const MAX_FOUND = 1_000_000;
/** Far more facts than any entity has; a bound keeps a forged index from meaning anything. */
const MAX_FACT_INDEX = 100_000;

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;

const REQUEST_GUARDS: RequestGuards<ContentToBackground> = {
  'entity/get': (request): request is RequestIn<ContentToBackground, 'entity/get'> => isRecord(request) && isId(request.id),
  'article/open': (request): request is RequestIn<ContentToBackground, 'article/open'> =>
    isRecord(request) &&
    isId(request.entityId) &&
    Number.isInteger(request.factIndex) &&
    (request.factIndex as number) >= 0 &&
    (request.factIndex as number) <= MAX_FACT_INDEX,
  'found/changed': (request): request is RequestIn<ContentToBackground, 'found/changed'> => isRecord(request) && isCount(request.entities),
};

const TAB_REQUEST_GUARDS: RequestGuards<BackgroundToContent> = {
  'mention/step': (request): request is RequestIn<BackgroundToContent, 'mention/step'> =>
    isRecord(request) && (request.direction === 'next' || request.direction === 'previous'),
};

const POPUP_REQUEST_GUARDS: RequestGuards<PopupToContent> = {
  'page/describe': (request): request is RequestIn<PopupToContent, 'page/describe'> => isRecord(request) && Object.keys(request).length === 0,
  'mention/reveal': (request): request is RequestIn<PopupToContent, 'mention/reveal'> => isRecord(request) && isId(request.entityId),
};

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_FOUND;

function isFoundEntity(value: unknown): value is FoundEntity {
  return isRecord(value) && isId(value.id) && typeof value.name === 'string' && isEntityType(value.type) && isCount(value.count) && value.count > 0;
}

/** True when a content script's answer to page/describe has the right shape. */
export function isPageReport(value: unknown): value is PageReport {
  return (
    isRecord(value) &&
    typeof value.host === 'string' &&
    (value.state === 'active' || value.state === 'disabled-site' || value.state === 'paused') &&
    Array.isArray(value.found) &&
    value.found.every(isFoundEntity)
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isKnownEnvelope<M extends MessageMap>(guards: RequestGuards<M>, message: unknown): message is EnvelopeIn<M> {
  if (!isRecord(message) || typeof message.name !== 'string') return false;
  if (!Object.hasOwn(guards, message.name)) return false;
  return guards[message.name]!(message.request);
}

/** True when `message` is an envelope the background answers, with a request of the right shape. */
export const isEnvelope = (message: unknown): message is EnvelopeIn<ContentToBackground> => isKnownEnvelope(REQUEST_GUARDS, message);

/** True when `message` is an envelope a content script answers, with a request of the right shape. */
export const isTabEnvelope = (message: unknown): message is EnvelopeIn<BackgroundToContent> => isKnownEnvelope(TAB_REQUEST_GUARDS, message);

/** True when `message` is an envelope from our popup that a content script answers. */
export const isPopupEnvelope = (message: unknown): message is EnvelopeIn<PopupToContent> => isKnownEnvelope(POPUP_REQUEST_GUARDS, message);
