// The toolbar button (manifest `action`): its per-tab badge. Tab-specific badge text needs no
// permission; the browser resets it when the tab navigates to another page (Chrome and Firefox), so
// the badge itself holds the state and the background keeps none.
import browser from 'webextension-polyfill';

/** Sets the badge of one tab; a tab that closed meanwhile is not an error. */
export async function setTabBadge(tabId: number, text: string, color: string): Promise<void> {
  try {
    await Promise.all([browser.action.setBadgeText({ tabId, text }), browser.action.setBadgeBackgroundColor({ tabId, color })]);
  } catch (error: unknown) {
    if (!/no tab with id|invalid tab id/i.test(error instanceof Error ? error.message : String(error))) throw error;
  }
}
