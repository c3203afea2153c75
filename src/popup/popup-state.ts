// The popup's state as a pure reducer (useReducer in PopupApp.tsx) and what it shows, derived from
// it. Two sources: the settings (storage; the switches show them) and the tab's content script (its
// host, its own state and what it found). The switches follow the settings at once; the list
// follows the content script, which may be a moment behind a change.
import { hostnamePatternList } from '../settings/validators';
import type { Settings } from '../settings/schema';
import { patternsCovering, siteState } from '../settings/sites';
import type { PageReport } from '../shared/messages';
import { groupFound, type FoundGroup } from './group-found';

export type TabStatus =
  | { kind: 'asking' }
  /** No content script answered: a page Backstory cannot run on (or one still loading). */
  | { kind: 'unreachable' }
  | { kind: 'described'; report: PageReport };

export interface PopupState {
  /** Undefined until read. */
  settings: Settings | undefined;
  tab: TabStatus;
  /** What the live region says: the outcome of the last switch or choice. */
  announcement: string;
  /** A save that failed, in words; cleared by the next success. */
  error: string | undefined;
}

export type PopupAction =
  | { type: 'settings-read'; settings: Settings }
  | { type: 'described'; report: PageReport }
  | { type: 'unreachable' }
  /** A switch was used: the settings it saves are shown at once. */
  | { type: 'switched'; settings: Settings; announcement: string }
  | { type: 'save-failed'; settings: Settings; error: string }
  | { type: 'announce'; announcement: string };

export const INITIAL_POPUP_STATE: PopupState = { settings: undefined, tab: { kind: 'asking' }, announcement: '', error: undefined };

export function reducePopup(state: PopupState, action: PopupAction): PopupState {
  switch (action.type) {
    case 'settings-read':
      return { ...state, settings: action.settings };
    case 'described':
      return { ...state, tab: { kind: 'described', report: action.report } };
    case 'unreachable':
      return { ...state, tab: { kind: 'unreachable' } };
    case 'switched':
      return { ...state, settings: action.settings, announcement: action.announcement, error: undefined };
    case 'save-failed':
      return { ...state, settings: action.settings, announcement: action.error, error: action.error };
    case 'announce':
      return { ...state, announcement: action.announcement };
  }
}

export type PageView =
  | { kind: 'loading' }
  | { kind: 'unsupported' }
  | { kind: 'paused' }
  | { kind: 'site-off' }
  /** On, but the content script has not caught up with the settings yet. */
  | { kind: 'starting' }
  | { kind: 'empty' }
  | { kind: 'found'; groups: FoundGroup[]; entities: number; mentions: number };

export interface SiteView {
  /** The page's host; absent where no content script answered. */
  host: string | undefined;
  /** The site switch exists only for a host disabledSites can hold (not an IPv6 address, say). */
  canSwitchSite: boolean;
  siteOn: boolean;
  /** disabledSites entries that turn this site off, when one is not the host itself (*.example.com). */
  coveredBy: string[];
  paused: boolean;
}

export interface PopupView {
  page: PageView;
  site: SiteView;
}

export function popupView(state: PopupState): PopupView {
  const { settings, tab } = state;
  const report = tab.kind === 'described' ? tab.report : undefined;
  const host = report?.host || undefined;
  const site: SiteView = {
    host,
    canSwitchSite: host !== undefined && hostnamePatternList([host]).ok,
    siteOn: true,
    coveredBy: [],
    paused: settings ? !settings.enabled : false,
  };
  if (!settings || tab.kind === 'asking') return { page: { kind: 'loading' }, site };
  if (tab.kind === 'unreachable' || !report || !host) return { page: { kind: 'unsupported' }, site };
  const covering = patternsCovering(host, settings.disabledSites);
  site.siteOn = covering.length === 0;
  site.coveredBy = covering.filter((pattern) => pattern !== host.toLowerCase());
  const wanted = siteState(host, settings);
  if (wanted === 'paused') return { page: { kind: 'paused' }, site };
  if (wanted === 'disabled-site') return { page: { kind: 'site-off' }, site };
  if (report.state !== 'active') return { page: { kind: 'starting' }, site };
  if (report.found.length === 0) return { page: { kind: 'empty' }, site };
  const groups = groupFound(report.found);
  const mentions = groups.reduce((sum, group) => sum + group.mentions, 0);
  return { page: { kind: 'found', groups, entities: report.found.length, mentions }, site };
}
