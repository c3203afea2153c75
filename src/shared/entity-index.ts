// The entity index: what derivation (src/index, build time) writes and every runtime part reads.
// Field names and meanings follow ../shared/INDEX-FORMAT.md (version 1); we may add, never rename.

export const INDEX_FORMAT_VERSION = 1;

export const ENTITY_TYPES = ['person', 'place', 'organization'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}

export interface Fact {
  /** The sentence as it stands in the article (whitespace collapsed). */
  text: string;
  /** Id of the article that states it. */
  article: string;
  /** Who said it, outermost first; empty when the article says it in its own voice. */
  attribution: string[];
}

export interface Entity {
  /** `type:slug`, stable across builds. */
  id: string;
  name: string;
  type: EntityType;
  /** Other surface forms found in the articles; never the name itself. */
  aliases: string[];
  facts: Fact[];
}

export interface Article {
  id: string;
  file: string;
  title?: string;
  date?: string;
  byline?: string;
  entities: string[];
}

export interface EntityIndex {
  version: typeof INDEX_FORMAT_VERSION;
  articles: Article[];
  entities: Entity[];
}
