// Where keyboard shortcuts are set: a button where the browser lets an extension open its shortcut
// page (platform/shortcuts.ts decides by feature), the steps in words where it does not.
import { useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { findShortcutSettings } from '../platform/shortcuts';

export function ShortcutsSection() {
  const [access] = useState(findShortcutSettings);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const open = access.open;
  return (
    <section class="card" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t('optionsShortcutsTitle')}</h2>
      <p class="hint">{t('optionsShortcutsHint')}</p>
      {open ? (
        <button
          type="button"
          id="open-shortcuts"
          onClick={() => open().then(() => setFailure(undefined), (error: unknown) => setFailure(t('optionsShortcutsFailed', String(error))))}
        >
          {t('optionsShortcutsChange')}
        </button>
      ) : null}
      {access.steps ? <p id="shortcut-steps">{access.steps}</p> : null}
      {failure ? <p class="message" data-kind="error">{failure}</p> : null}
    </section>
  );
}
