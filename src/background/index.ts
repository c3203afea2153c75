// Background (service worker in Chrome, event page in Firefox). Listeners are registered at the
// top level so a worker woken by a message or a command finds them; it keeps no state of its own
// (the worker may stop at any time). Parts:
//   - entity lookup: answers `entity/get` from the bundled index (content scripts, the article page)
//   - article/open: opens the article page on a fact's sentence (article.html, our own page)
//   - commands: next/previous mention -> `mention/step` to the active tab's content script
//   - badge: `found/changed` from a tab's content script -> that tab's badge text (badge.ts), if
//     the `badge` setting is on; content scripts report again after every settings change
// On a disabled site the content script never asks, and a command finds no listener there.
import index from 'backstory:entity-index';
import openings from 'backstory:article-openings';
import { setTabBadge } from '../platform/action';
import { handle, sendToTab } from '../platform/runtime';
import { loadSettings } from '../platform/storage';
import { activeTabId, onCommand, openExtensionPage } from '../platform/tabs';
import { articlePagePath } from '../shared/article-link';
import type { Result } from '../shared/messages';
import { BADGE_COLOR, badgeText } from './badge';
import { stepForCommand } from './commands';
import { createEntityLookup } from './entity-details';

const lookUpEntity = createEntityLookup(index, openings);

async function openArticle(entityId: string, factIndex: number): Promise<Result<null>> {
  const found = lookUpEntity(entityId);
  if (!found.ok) return found;
  const fact = found.value.entity.facts[factIndex];
  if (!fact) return { ok: false, error: `${entityId} has no fact ${factIndex}` };
  await openExtensionPage(articlePagePath({ articleId: fact.article, fact: { entityId, index: factIndex } }));
  return { ok: true, value: null };
}

async function showFound(tabId: number | undefined, entities: number): Promise<void> {
  // Only a content script speaks for a tab; our own pages have none to badge.
  if (tabId === undefined) return;
  const { settings } = await loadSettings();
  await setTabBadge(tabId, badgeText(entities, settings.badge), BADGE_COLOR);
}

handle({
  'entity/get': ({ id }) => lookUpEntity(id),
  'article/open': ({ entityId, factIndex }) => openArticle(entityId, factIndex),
  'found/changed': ({ entities }, { tabId }) => showFound(tabId, entities),
});

onCommand((command) => {
  const direction = stepForCommand(command);
  if (!direction) return;
  activeTabId()
    .then((tabId) => (tabId === undefined ? undefined : sendToTab(tabId, 'mention/step', { direction })))
    // A tab without our content script (a browser page, a disabled site) has no listener: nothing to do.
    .catch(() => undefined);
});
