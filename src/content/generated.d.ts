// Supplied by build.mjs at bundle time (virtual module): the compiled matcher for the entity index.
declare module 'backstory:matcher-data' {
  import type { MatcherData } from '../match/compile';
  const data: MatcherData;
  export default data;
}
