// The options page's shared state as a pure reducer (useReducer in OptionsApp.tsx): the settings
// shown, what the last read of storage found, each field's save status, and the one sentence the
// live region announces. Drafts of typed fields stay in their components until they are valid.
import type { Translate } from '../shared/i18n';
import { formatPhrase, type Phrase } from '../settings/phrase';
import { SCHEMA, type SettingKey, type Settings } from '../settings/schema';
import { sameValue } from '../settings/same-value';
import type { ReadSettings } from '../settings/stored';
import type { SettingError } from '../settings/validate';

export type FieldStatus = { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: Phrase };

export interface Found {
  errors: SettingError[];
  notices: Phrase[];
  /** Storage could not be read at all (the page shows the defaults). */
  unreadable?: string;
}

/** The outcome of export, import or reset, shown under their buttons. */
export interface BackupMessage {
  kind: 'done' | 'refused';
  lines: string[];
}

export interface OptionsState {
  loaded: boolean;
  settings: Settings;
  found: Found;
  status: Partial<Record<SettingKey, FieldStatus>>;
  backup?: BackupMessage;
  announcement: string;
}

export type OptionsAction =
  | { type: 'loaded'; read: ReadSettings }
  | { type: 'load-failed'; message: string }
  /** Storage changed elsewhere (another tab, a sync) while nothing of ours was waiting to be saved. */
  | { type: 'changed-elsewhere'; read: ReadSettings }
  | { type: 'edited'; key: SettingKey; value: Settings[SettingKey] }
  | { type: 'saved'; keys: SettingKey[] }
  | { type: 'save-failed'; keys: SettingKey[]; error: Phrase }
  | { type: 'replaced'; settings: Settings; message: BackupMessage }
  | { type: 'backup'; message: BackupMessage };

export function initialState(defaults: Settings): OptionsState {
  return { loaded: false, settings: defaults, found: { errors: [], notices: [] }, status: {}, announcement: '' };
}

function found(read: ReadSettings): Found {
  return { errors: read.errors, notices: read.notices };
}

function withStatus(state: OptionsState, keys: SettingKey[], status: FieldStatus | undefined): OptionsState['status'] {
  const next = { ...state.status };
  for (const key of keys) {
    if (status) next[key] = status;
    else delete next[key];
  }
  return next;
}

/** `t` gives the announcements' words (platform/i18n.ts on the page). */
export function reduceOptions(state: OptionsState, action: OptionsAction, t: Translate): OptionsState {
  switch (action.type) {
    case 'loaded':
      return { ...state, loaded: true, settings: action.read.settings, found: found(action.read) };
    case 'load-failed':
      return { ...state, loaded: true, found: { errors: [], notices: [], unreadable: action.message } };
    case 'changed-elsewhere':
      if (sameValue(action.read.settings, state.settings)) return state;
      return { ...state, settings: action.read.settings, found: found(action.read), announcement: t('optionsChangedElsewhere') };
    case 'edited':
      return {
        ...state,
        settings: { ...state.settings, [action.key]: action.value },
        status: withStatus(state, [action.key], { kind: 'saving' }),
      };
    case 'saved': {
      // Only fields still waiting for this save turn "Saved"; a failure shown elsewhere stays.
      const keys = action.keys.filter((key) => state.status[key]?.kind === 'saving');
      // Storage now holds exactly what the page shows: whatever the last read found is gone.
      const labels = action.keys.map((key) => formatPhrase(t, SCHEMA[key].label));
      const announcement = t('optionsSavedAnnouncement', labels.join(t('optionsListSeparator')));
      return { ...state, found: { errors: [], notices: [] }, status: withStatus(state, keys, { kind: 'saved' }), announcement };
    }
    case 'save-failed':
      return { ...state, status: withStatus(state, action.keys, { kind: 'failed', error: action.error }), announcement: formatPhrase(t, action.error) };
    case 'replaced':
      return {
        ...state,
        settings: action.settings,
        found: { errors: [], notices: [] },
        status: {},
        backup: action.message,
        announcement: action.message.lines.join(' '),
      };
    case 'backup':
      return { ...state, backup: action.message, announcement: action.message.lines.join(' ') };
  }
}
