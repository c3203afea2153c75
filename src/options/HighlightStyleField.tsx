// How each entity type is drawn: a kind, a colour (picker and typed #rrggbb) and a contrast check on
// light and dark pages. A colour that is hard to see is a warning, not an error: it still saves.
import { useLayoutEffect, useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { checkHighlightContrast } from '../settings/contrast';
import { formatPhrase } from '../settings/phrase';
import { HIGHLIGHT_KINDS, type HighlightKind, type HighlightStyle } from '../settings/schema';
import { ENTITY_TYPES, type EntityType } from '../shared/entity-index';
import { typePlural, typePluralInText } from '../shared/type-words';
import { KIND_NAMES } from './fields';
import { Field } from './Field';
import type { FieldProps } from './field-props';
import { HighlightPreview } from './HighlightPreview';
import { parseTypedColor } from './typed-values';
import { useTypedCommit } from './use-typed-commit';

interface StyleRowProps {
  type: EntityType;
  style: HighlightStyle;
  onChange: (style: HighlightStyle) => void;
  onError: (type: EntityType, error: string | undefined) => void;
}

function StyleRow({ type, style, onChange, onError }: StyleRowProps) {
  const [draft, setDraft] = useState(style.color);
  const [error, setError] = useState<string | undefined>(undefined);
  const typing = useTypedCommit((color: string) => onChange({ ...style, color }));
  const ids = { kind: `style-${type}-kind`, picker: `style-${type}-picker`, code: `style-${type}-code`, note: `style-${type}-note` };

  // Before paint: a value read from storage shows in the field in the same frame the page says it has loaded.
  useLayoutEffect(() => {
    const typed = parseTypedColor(draft);
    if (!typed.ok || typed.value !== style.color) {
      setDraft(style.color);
      setError(undefined);
      onError(type, undefined);
    }
  }, [style.color]);

  const typeColor = (text: string) => {
    setDraft(text);
    const typed = parseTypedColor(text);
    const problem = typed.ok ? undefined : t('optionsStyleProblem', typePlural(t, type), formatPhrase(t, typed.error));
    setError(problem);
    onError(type, problem);
    if (typed.ok && typed.value !== style.color) typing.schedule(typed.value);
    else typing.cancel();
  };

  const contrast = checkHighlightContrast(style);
  const warning = contrast?.warning ? formatPhrase(t, contrast.warning) : undefined;
  const name = typePlural(t, type);
  const inText = typePluralInText(t, type);
  return (
    <div class="style-row" role="group" aria-labelledby={`style-${type}-name`}>
      <span class="style-name" id={`style-${type}-name`}>{name}</span>
      <label class="visually-hidden" for={ids.kind}>{t('optionsStyleFor', inText)}</label>
      <select id={ids.kind} value={style.kind} onChange={(event) => onChange({ ...style, kind: event.currentTarget.value as HighlightKind })}>
        {HIGHLIGHT_KINDS.map((kind) => (
          <option key={kind} value={kind}>{KIND_NAMES[kind](t)}</option>
        ))}
      </select>
      <label class="visually-hidden" for={ids.picker}>{t('optionsColourFor', inText)}</label>
      <input type="color" id={ids.picker} value={style.color} onInput={(event) => typeColor(event.currentTarget.value)} onBlur={typing.flush} />
      <label class="visually-hidden" for={ids.code}>{t('optionsColourCodeFor', inText)}</label>
      <input
        type="text"
        id={ids.code}
        class="color-code"
        value={draft}
        size={8}
        spellcheck={false}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={ids.note}
        onInput={(event) => typeColor(event.currentTarget.value)}
        onBlur={typing.flush}
      />
      <p id={ids.note} class="style-note" data-kind={error ? 'error' : warning ? 'warning' : undefined}>
        {error ? t('optionsNotSaved', error) : (warning ?? '')}
      </p>
    </div>
  );
}

export function HighlightStyleField({ settingKey, value, status, onCommit }: FieldProps<'highlightStyle'>) {
  const [errors, setErrors] = useState<Partial<Record<EntityType, string>>>({});
  const onError = (type: EntityType, error: string | undefined) =>
    setErrors((current) => (current[type] === error ? current : { ...current, [type]: error }));
  const anyError = ENTITY_TYPES.map((type) => errors[type]).find(Boolean);
  return (
    <Field settingKey={settingKey} layout="group" status={anyError ? undefined : status}>
      {ENTITY_TYPES.map((type) => (
        <StyleRow key={type} type={type} style={value[type]} onError={onError} onChange={(style) => onCommit({ ...value, [type]: style })} />
      ))}
      <HighlightPreview styles={value} />
    </Field>
  );
}
