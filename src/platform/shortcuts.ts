// Where the user sets Backstory's keyboard shortcuts. Chrome's page opens with tabs.create (no
// permission needed); Firefox offers commands.openShortcutSettings (Firefox 137+) and otherwise
// cannot open about:addons for an extension, so the page gives the steps in words. By feature.
import browser from 'webextension-polyfill';
import { t } from './i18n';

export interface ShortcutSettings {
  /** Opens the browser's shortcut page; absent where an extension cannot. */
  open?: () => Promise<void>;
  /** How to get there by hand, where that is the browser's own menu (Firefox). */
  steps?: string;
}

const CHROME_SHORTCUTS_URL = 'chrome://extensions/shortcuts';

export function findShortcutSettings(): ShortcutSettings {
  const commands = (browser as { commands?: { openShortcutSettings?: () => Promise<void> } }).commands;
  const openInFirefox = commands?.openShortcutSettings;
  if (typeof openInFirefox === 'function') return { open: () => openInFirefox.call(commands), steps: t('optionsShortcutSteps') };
  // chrome:// pages are reachable only from Chromium-based browsers, whose extension pages are chrome-extension://.
  if (browser.runtime.getURL('/').startsWith('chrome-extension:')) {
    return { open: async () => void (await browser.tabs.create({ url: CHROME_SHORTCUTS_URL })) };
  }
  return { steps: t('optionsShortcutSteps') };
}
