// The options page: every setting of settings/schema.ts, grouped as fields.ts says, validated as it
// is typed and saved on change through platform/storage.ts (saver.ts queues the writes). Follows
// storage changes from elsewhere live; reports what the last read of storage found.
import { useEffect, useMemo, useReducer } from 'preact/hooks';
import { t } from '../platform/i18n';
import { loadSettings, onSettingsChanged, resetSettings, saveSettings, type SaveResult } from '../platform/storage';
import { formatPhrase } from '../settings/phrase';
import { defaultSettings, type SettingKey, type Settings } from '../settings/schema';
import { exportSettingsFile, MAX_SETTINGS_FILE_BYTES, parseSettingsFile } from '../settings/settings-file';
import { BackupSection } from './BackupSection';
import { ChoiceField } from './ChoiceField';
import { downloadText } from './download';
import { SECTIONS } from './fields';
import type { FieldProps } from './field-props';
import { HighlightStyleField } from './HighlightStyleField';
import { NumberField } from './NumberField';
import { initialState, reduceOptions, type BackupMessage, type OptionsAction, type OptionsState } from './options-state';
import { createSaver } from './saver';
import { ShortcutsSection } from './ShortcutsSection';
import { SitesField } from './SitesField';
import { StorageReport } from './StorageReport';
import { ToggleField } from './ToggleField';
import { TypesField } from './TypesField';

export const EXPORT_FILE_NAME = 'backstory-settings.json';

type Commit = (key: SettingKey, value: Settings[SettingKey]) => void;

function renderField(key: SettingKey, state: OptionsState, commit: Commit) {
  // Each case narrows `key`, so the value and the commit have that setting's type.
  const props = <K extends SettingKey>(k: K): FieldProps<K> => ({
    settingKey: k,
    value: state.settings[k],
    status: state.status[k],
    onCommit: (value) => commit(k, value),
  });
  switch (key) {
    case 'enabled':
    case 'badge':
    case 'firstMentionOnly':
      return <ToggleField key={key} {...props(key)} />;
    case 'scope':
    case 'theme':
      return <ChoiceField key={key} {...(props(key) as FieldProps<'scope' | 'theme'>)} />;
    case 'showDelayMs':
    case 'hideDelayMs':
    case 'maxFacts':
      return <NumberField key={key} {...props(key)} />;
    case 'types':
      return <TypesField key={key} {...props(key)} />;
    case 'highlightStyle':
      return <HighlightStyleField key={key} {...props(key)} />;
    case 'disabledSites':
      return <SitesField key={key} {...props(key)} />;
  }
}

export function OptionsApp() {
  const [state, dispatch] = useReducer((current: OptionsState, action: OptionsAction) => reduceOptions(current, action, t), undefined, () => initialState(defaultSettings()));
  const saver = useMemo(
    () =>
      createSaver(saveSettings, (result, keys) =>
        dispatch(result.ok ? { type: 'saved', keys } : { type: 'save-failed', keys, error: result.error }),
      ),
    [],
  );

  useEffect(() => {
    const lifetime = new AbortController();
    loadSettings().then(
      (read) => {
        saver.rebase(read.settings);
        dispatch({ type: 'loaded', read });
      },
      (error: unknown) => {
        saver.rebase(defaultSettings());
        dispatch({ type: 'load-failed', message: t('storageFailed', error instanceof Error ? error.message : String(error)) });
      },
    );
    onSettingsChanged((read) => {
      // Our own writes echo back here; while edits wait or a write runs, ours are newer.
      if (!saver.isIdle()) return;
      saver.rebase(read.settings);
      dispatch({ type: 'changed-elsewhere', read });
    }, lifetime.signal);
    // Leaving the page (closing the tab) saves what is waiting rather than dropping it.
    const flush = () => void saver.flush();
    addEventListener('pagehide', flush, { signal: lifetime.signal });
    document.addEventListener('visibilitychange', flush, { signal: lifetime.signal });
    return () => lifetime.abort();
  }, []);

  const commit: Commit = (key, value) => {
    dispatch({ type: 'edited', key, value });
    saver.edit(key, value);
  };

  const replaceAll = async (settings: Settings, done: BackupMessage, write?: (s: Settings) => Promise<SaveResult>) => {
    const result = await saver.replace(settings, write);
    if (result.ok) dispatch({ type: 'replaced', settings, message: done });
    else dispatch({ type: 'backup', message: { kind: 'refused', lines: [formatPhrase(t, result.error), t('optionsStillInUse')] } });
  };

  const onExport = async () => {
    await saver.flush();
    downloadText(EXPORT_FILE_NAME, exportSettingsFile(state.settings));
    dispatch({ type: 'backup', message: { kind: 'done', lines: [t('optionsExported', EXPORT_FILE_NAME)] } });
  };

  const onImport = async (file: File) => {
    const refuse = (reasons: string[]) =>
      dispatch({ type: 'backup', message: { kind: 'refused', lines: [t('optionsImportRefused', file.name), ...reasons, t('optionsNothingChanged')] } });
    // Checked before reading, so a huge file is never loaded into memory.
    if (file.size > MAX_SETTINGS_FILE_BYTES) return refuse([t('optionsImportTooLarge', MAX_SETTINGS_FILE_BYTES / 1024)]);
    let text: string;
    try {
      text = await file.text();
    } catch (error: unknown) {
      return refuse([t('optionsImportUnreadable', error instanceof Error ? error.message : String(error))]);
    }
    const parsed = parseSettingsFile(text);
    if (!parsed.ok) return refuse(parsed.reasons.map((reason) => formatPhrase(t, reason)));
    const notes = parsed.notes.map((note) => formatPhrase(t, note));
    const older = notes.length > 0 ? [t('optionsImportOlder', notes.join(t('optionsListSeparator')))] : [];
    await replaceAll(parsed.settings, { kind: 'done', lines: [t('optionsImported', file.name), ...older] });
  };

  const onReset = () =>
    void replaceAll(defaultSettings(), { kind: 'done', lines: [t('optionsResetDone')] }, () => resetSettings());

  return (
    <main class="options" aria-busy={state.loaded ? undefined : 'true'}>
      <header class="top">
        <h1>{t('optionsTitle')}</h1>
        <p class="hint">{t('optionsIntro')}</p>
      </header>
      <p class="visually-hidden" role="status" aria-live="polite" id="announcer">{state.announcement}</p>
      <StorageReport found={state.found} />
      {SECTIONS.map((section) => (
        <section key={section.id} class="card" aria-labelledby={`section-${section.id}`} data-section={section.id}>
          <h2 id={`section-${section.id}`}>{section.title(t)}</h2>
          {section.keys.map((key) => renderField(key, state, commit))}
        </section>
      ))}
      <ShortcutsSection />
      <BackupSection message={state.backup} onExport={() => void onExport()} onImport={(file) => void onImport(file)} onReset={onReset} />
    </main>
  );
}
