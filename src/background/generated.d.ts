// Supplied by build.mjs at bundle time (virtual modules).
declare module 'backstory:entity-index' {
  import type { EntityIndex } from '../shared/entity-index';
  /** The derived entity index. */
  const index: EntityIndex;
  export default index;
}

declare module 'backstory:article-openings' {
  /** Article id -> its first words, for naming untitled articles. */
  const openings: Record<string, string>;
  export default openings;
}
