// An on/off control announced as a switch (a checkbox with role=switch: Space toggles it, and
// screen readers say "on"/"off"); its label is the sentence that is true when it is on.
export interface SwitchProps {
  id: string;
  label: string;
  checked: boolean;
  hint?: string;
  onChange(checked: boolean): void;
}

export function Switch({ id, label, checked, hint, onChange }: SwitchProps) {
  return (
    <div class="switch-row">
      <input
        type="checkbox"
        role="switch"
        id={id}
        class="switch"
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
