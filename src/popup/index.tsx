// Entry of the toolbar popup (popup.html): styles (popup.css.ts) and PopupApp.tsx, told which tab
// to describe. That is the active tab of the window, from tabs.query, which gives its id without
// the `tabs` permission (its URL comes from the page's own content script). For tests only,
// `popup.html?tab=<id>` describes that tab instead: harmless, as the page only reads from a tab
// what its popup would show, and only our own extension can open its pages.
import { render } from 'preact';
import { t } from '../platform/i18n';
import { activeTabId } from '../platform/tabs';
import { languageOf } from '../shared/i18n';
import { POPUP_CSS } from './popup.css';
import { PopupApp } from './PopupApp';

function tabFromQuery(): number | undefined {
  const tab = new URLSearchParams(location.search).get('tab');
  return tab !== null && /^\d+$/.test(tab) ? Number(tab) : undefined;
}

document.documentElement.lang = languageOf(t);
document.title = t('extensionName');
const style = document.createElement('style');
style.textContent = POPUP_CSS;
document.head.append(style);

const root = document.getElementById('app');
if (!root) throw new Error('popup.html has no #app element');
const forTest = tabFromQuery();
const tabId = forTest !== undefined ? Promise.resolve(forTest) : activeTabId().catch(() => undefined);
render(<PopupApp tabId={tabId} closeAfterReveal={forTest === undefined} />, root);
