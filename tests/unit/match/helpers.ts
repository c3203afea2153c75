// Builds matchers from terse entity lists and shows mentions as [text, entity id] pairs, so the
// expected values in tests read as what a reader would highlight.

import type { EntityType } from '../../../src/shared/entity-index';
import { compileMatcher } from '../../../src/match/compile';
import { findMentions, loadMatcher, type Matcher, type Mention } from '../../../src/match/find-mentions';

export interface TestEntity {
  id: string;
  name: string;
  aliases?: string[];
  type?: EntityType;
}

export function matcherFor(entities: readonly TestEntity[]): Matcher {
  return loadMatcher(
    compileMatcher(entities.map((e) => ({ id: e.id, name: e.name, type: e.type ?? 'person', aliases: e.aliases ?? [] }))),
  );
}

export function shown(matcher: Matcher, text: string, mentions: readonly Mention[]): Array<[string, string]> {
  return mentions.map((m) => [text.slice(m.start, m.end), matcher.entities[m.entity]!.id]);
}

export function mentionsIn(matcher: Matcher, text: string): Array<[string, string]> {
  return shown(matcher, text, findMentions(matcher, text));
}
