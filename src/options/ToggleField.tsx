// An on/off setting as a checkbox; saves as soon as it changes.
import { fieldIds, describedBy, Field } from './Field';
import type { FieldProps } from './field-props';

export type ToggleKey = 'enabled' | 'badge' | 'firstMentionOnly';

export function ToggleField({ settingKey, value, status, onCommit }: FieldProps<ToggleKey>) {
  return (
    <Field settingKey={settingKey} layout="toggle" status={status}>
      <input
        type="checkbox"
        id={fieldIds(settingKey).control}
        checked={value}
        aria-describedby={describedBy(settingKey)}
        onChange={(event) => onCommit(event.currentTarget.checked)}
      />
    </Field>
  );
}
