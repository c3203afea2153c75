// Entry of the toolbar popup (popup.html): styles (popup.css.ts) and PopupApp.tsx, told which tab
// to describe. That is the active tab of the window, from tabs.query, which gives its id without
// the `tabs` permission (its URL comes from the page's own content script). For tests only,
// `popup.html?tab=<id>` describes that tab instead: harmless, as the page only reads from a tab
// what its popup would show, and only our own extension can open its pages.
import { render } from 'preact';
import { prepareExtensionPage } from '../platform/extension-page';
import { t } from '../platform/i18n';
import { activeTabId } from '../platform/tabs';
import { POPUP_CSS } from './popup.css';
import { PopupApp } from './PopupApp';

function tabFromQuery(): number | undefined {
  const tab = new URLSearchParams(location.search).get('tab');
  return tab !== null && /^\d+$/.test(tab) ? Number(tab) : undefined;
}

const root = prepareExtensionPage('popup.html', t('extensionName'), POPUP_CSS);
const forTest = tabFromQuery();
const tabId = forTest !== undefined ? Promise.resolve(forTest) : activeTabId().catch(() => undefined);
render(<PopupApp tabId={tabId} closeAfterReveal={forTest === undefined} />, root);
