// A whole number in the schema's range, typed. Validates on every keystroke and says why a value is
// refused; a valid value saves once typing pauses on it (use-typed-commit.ts). The draft text stays the user's until a
// different value arrives from elsewhere (another tab, an import).
import { useLayoutEffect, useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { formatPhrase } from '../settings/phrase';
import { SCHEMA } from '../settings/schema';
import { languageOf } from '../shared/i18n';
import { describedBy, Field, fieldIds } from './Field';
import type { FieldProps } from './field-props';
import { parseTypedNumber, type NumberKey } from './typed-values';
import { useTypedCommit } from './use-typed-commit';

export function NumberField({ settingKey, value, status, onCommit }: FieldProps<NumberKey>) {
  const { min, max } = SCHEMA[settingKey].range;
  const [draft, setDraft] = useState(String(value));
  const [error, setError] = useState<string | undefined>(undefined);
  const typing = useTypedCommit((typed: number) => onCommit(typed));

  // Before paint: a value read from storage shows in the field in the same frame the page says it has loaded.
  useLayoutEffect(() => {
    const typed = parseTypedNumber(settingKey, draft);
    if (!typed.ok || typed.value !== value) {
      setDraft(String(value));
      setError(undefined);
    }
    // Only a new value from outside resets the draft; the draft itself is not a dependency.
  }, [value]);

  const onInput = (text: string) => {
    setDraft(text);
    const typed = parseTypedNumber(settingKey, text);
    setError(typed.ok ? undefined : formatPhrase(t, typed.error));
    if (typed.ok && typed.value !== value) typing.schedule(typed.value);
    else typing.cancel();
  };

  return (
    <Field settingKey={settingKey} layout="single" status={status} error={error}>
      <span class="number">
        <input
          type="text"
          inputMode="numeric"
          id={fieldIds(settingKey).control}
          value={draft}
          size={6}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(settingKey)}
          onInput={(event) => onInput(event.currentTarget.value)}
          onBlur={typing.flush}
        />
        <span class="range" aria-hidden="true">{t('optionsRange', min.toLocaleString(languageOf(t)), max.toLocaleString(languageOf(t)))}</span>
      </span>
    </Field>
  );
}
