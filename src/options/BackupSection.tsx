// Export to a JSON file, import one (refused whole with its reasons when anything is wrong), and
// reset to defaults after a confirmation dialog. The parent does the saving; this part says what
// happened under its buttons.
import { useRef } from 'preact/hooks';
import { t } from '../platform/i18n';
import { MAX_SETTINGS_FILE_BYTES } from '../settings/settings-file';
import type { BackupMessage } from './options-state';

interface BackupSectionProps {
  message: BackupMessage | undefined;
  onExport: () => void;
  onImport: (file: File) => void;
  onReset: () => void;
}

export function BackupSection({ message, onExport, onImport, onReset }: BackupSectionProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const close = () => dialog.current?.close();
  return (
    <section class="card" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('optionsBackupTitle')}</h2>
      <p class="hint">{t('optionsBackupHint', MAX_SETTINGS_FILE_BYTES / 1024)}</p>
      <div class="buttons">
        <button type="button" id="export" onClick={onExport}>{t('optionsExport')}</button>
        <button type="button" id="import" onClick={() => fileInput.current?.click()}>{t('optionsImport')}</button>
        <input
          ref={fileInput}
          type="file"
          id="import-file"
          class="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          accept=".json,application/json"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = ''; // the same file again is a new choice
            if (file) onImport(file);
          }}
        />
        <button type="button" id="reset" class="danger" onClick={() => dialog.current?.showModal()}>{t('optionsReset')}</button>
      </div>
      {message ? (
        <div id="backup-message" class="backup-message" data-kind={message.kind} role={message.kind === 'refused' ? 'alert' : undefined}>
          {message.lines.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      ) : null}
      <dialog ref={dialog} id="reset-dialog" aria-labelledby="reset-title" aria-describedby="reset-text">
        <h2 id="reset-title">{t('optionsResetTitle')}</h2>
        <p id="reset-text">{t('optionsResetText')}</p>
        <div class="buttons">
          <button type="button" id="reset-cancel" autofocus onClick={close}>{t('optionsResetCancel')}</button>
          <button type="button" id="reset-confirm" class="danger" onClick={() => { close(); onReset(); }}>{t('optionsResetConfirm')}</button>
        </div>
      </dialog>
    </section>
  );
}
