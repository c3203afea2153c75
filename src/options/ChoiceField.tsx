// One of a few values (scope, theme) as radio buttons; the choices come from the schema.
import { t } from '../platform/i18n';
import { SCHEMA, type Settings } from '../settings/schema';
import { CHOICE_LABELS } from './fields';
import { fieldIds, Field } from './Field';
import type { FieldProps } from './field-props';

export type ChoiceKey = 'scope' | 'theme';

export function ChoiceField({ settingKey, value, status, onCommit }: FieldProps<ChoiceKey>) {
  // Each key's choices and labels belong together; TypeScript cannot follow that through a union.
  const choices = SCHEMA[settingKey].choices as readonly Settings[ChoiceKey][];
  const labels = CHOICE_LABELS[settingKey] as Record<string, (translate: typeof t) => string>;
  return (
    <Field settingKey={settingKey} layout="group" status={status}>
      <div class="choices">
        {choices.map((choice) => (
          <label class="choice" key={choice}>
            <input
              type="radio"
              name={fieldIds(settingKey).control}
              value={choice}
              checked={value === choice}
              onChange={() => onCommit(choice)}
            />
            {labels[choice]?.(t)}
          </label>
        ))}
      </div>
    </Field>
  );
}
