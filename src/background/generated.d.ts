// Supplied by build.mjs at bundle time (virtual module): the derived entity index.
declare module 'backstory:entity-index' {
  import type { EntityIndex } from '../shared/entity-index';
  const index: EntityIndex;
  export default index;
}
