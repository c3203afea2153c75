// Supplied by build.mjs at bundle time (virtual module).
declare module 'backstory:index-info' {
  /** The bundled index's size and the day it was built (YYYY-MM-DD; absent when unknown). */
  const info: { entities: number; articles: number; builtOn?: string };
  export default info;
}
