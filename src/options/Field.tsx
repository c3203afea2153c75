// The frame every setting shares: its label (from the schema), a hint, the control, and one message
// line that says what is wrong with the typed value, or whether it saved. The control's
// aria-describedby points at the hint and the message, so both are read with it.
import type { ComponentChildren } from 'preact';
import { t } from '../platform/i18n';
import { formatPhrase } from '../settings/phrase';
import { SCHEMA, type SettingKey } from '../settings/schema';
import { HINTS } from './fields';
import type { FieldStatus } from './options-state';

export function fieldIds(key: SettingKey) {
  return { control: `field-${key}`, hint: `hint-${key}`, message: `message-${key}` };
}

/** The ids a control names in aria-describedby. */
export function describedBy(key: SettingKey): string {
  const ids = fieldIds(key);
  return HINTS[key] ? `${ids.hint} ${ids.message}` : ids.message;
}

interface FieldProps {
  settingKey: SettingKey;
  /** single: one labelled control; toggle: a checkbox with its label after it; group: a fieldset. */
  layout: 'single' | 'toggle' | 'group';
  status: FieldStatus | undefined;
  /** Why the value typed now is not saved; wins over the status. */
  error?: string | undefined;
  children: ComponentChildren;
}

function Message({ settingKey, status, error }: { settingKey: SettingKey; status: FieldStatus | undefined; error: string | undefined }) {
  const id = fieldIds(settingKey).message;
  if (error) return <p id={id} class="message" data-kind="error">{t('optionsNotSaved', error)}</p>;
  if (status?.kind === 'failed') return <p id={id} class="message" data-kind="error">{formatPhrase(t, status.error)}</p>;
  if (status?.kind === 'saving') return <p id={id} class="message" data-kind="saving">{t('optionsSaving')}</p>;
  if (status?.kind === 'saved') return <p id={id} class="message" data-kind="saved"><span aria-hidden="true">✓ </span>{t('optionsSaved')}</p>;
  return <p id={id} class="message" />;
}

export function Field({ settingKey, layout, status, error, children }: FieldProps) {
  const ids = fieldIds(settingKey);
  const label = formatPhrase(t, SCHEMA[settingKey].label);
  const hint = HINTS[settingKey]?.(t);
  const hintLine = hint ? <p id={ids.hint} class="hint">{hint}</p> : null;
  const message = <Message settingKey={settingKey} status={status} error={error} />;
  if (layout === 'group') {
    return (
      <fieldset class="field" data-setting={settingKey} aria-describedby={describedBy(settingKey)}>
        <legend class="label">{label}</legend>
        {hintLine}
        {children}
        {message}
      </fieldset>
    );
  }
  if (layout === 'toggle') {
    return (
      <div class="field toggle" data-setting={settingKey}>
        {children}
        <label for={ids.control} class="label">{label}</label>
        {hintLine}
        {message}
      </div>
    );
  }
  return (
    <div class="field" data-setting={settingKey}>
      <label for={ids.control} class="label">{label}</label>
      {hintLine}
      {children}
      {message}
    </div>
  );
}
