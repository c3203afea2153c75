// Which entity types are highlighted: one checkbox per type, kept in the index's order.
import { ENTITY_TYPES } from '../shared/entity-index';
import { t } from '../platform/i18n';
import { typePlural } from '../shared/type-words';
import { Field } from './Field';
import type { FieldProps } from './field-props';

export function TypesField({ settingKey, value, status, onCommit }: FieldProps<'types'>) {
  const toggle = (type: (typeof ENTITY_TYPES)[number], on: boolean) =>
    onCommit(ENTITY_TYPES.filter((t) => (t === type ? on : value.includes(t))));
  return (
    <Field settingKey={settingKey} layout="group" status={status}>
      <div class="choices">
        {ENTITY_TYPES.map((type) => (
          <label class="choice" key={type}>
            <input type="checkbox" name={`type-${type}`} checked={value.includes(type)} onChange={(event) => toggle(type, event.currentTarget.checked)} />
            {typePlural(t, type)}
          </label>
        ))}
      </div>
      {value.length === 0 ? <p class="note">{t('optionsTypesNone')}</p> : null}
    </Field>
  );
}
