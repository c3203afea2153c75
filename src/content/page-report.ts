// Answers the toolbar popup (PopupToContent in shared/messages.ts): what this page is (its host,
// whether Backstory works here) and which entities it highlights; and reveals an entity's first
// mention. Registered for the content script's whole life, so a disabled or paused page answers too.
import type { MatcherEntity } from '../match/compile';
import { handleFromPopup } from '../platform/runtime';
import type { Settings } from '../settings/schema';
import { siteState } from '../settings/sites';
import type { FoundEntity, PageReport } from '../shared/messages';
import { foundEntities } from './found';
import type { HighlightedMention } from './highlighter';
import { revealEntity } from './reveal';

export interface PageFacts {
  /** The settings in use; waits for the first read. */
  settings(): Promise<Settings>;
  entities: readonly MatcherEntity[];
  /** The highlighted mentions of the running session; none when it is not running. */
  mentions(): HighlightedMention[];
  /** Runs `work` through the content script's guard (never throws into the page). */
  guard(work: () => void): void;
}

export function answerPopup(facts: PageFacts, signal: AbortSignal): void {
  let names: Map<string, string> | undefined;
  const nameOf = (id: string) => (names ??= new Map(facts.entities.map((entity) => [entity.id, entity.name]))).get(id) ?? id;

  handleFromPopup(
    {
      'page/describe': async (): Promise<PageReport> => {
        const settings = await facts.settings();
        const host = location.hostname;
        const state = siteState(host, settings);
        const found: FoundEntity[] = state === 'active' ? foundEntities().map((entry) => ({ ...entry, name: nameOf(entry.id) })) : [];
        return { host, state, found };
      },
      'mention/reveal': ({ entityId }) => {
        let revealed = false;
        facts.guard(() => {
          revealed = revealEntity(facts.mentions(), entityId);
        });
        return revealed;
      },
    },
    signal,
  );
}
