// The background's view of tabs and keyboard commands. Neither needs the `tabs` permission: without
// it a tab still has its id, which is all we use, and tabs.create may open our own pages.
import browser from 'webextension-polyfill';

/** Calls `listener` with the name of each manifest command the user presses. */
export function onCommand(listener: (command: string) => void): void {
  browser.commands.onCommand.addListener(listener);
}

/** The id of the active tab of the focused window, if any. */
export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Opens one of the extension's own pages (`article.html?…`) in a new tab. */
export async function openExtensionPage(pathAndQuery: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(pathAndQuery) });
}

/** Opens the options page where the browser shows it (options_ui: a tab). */
export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
