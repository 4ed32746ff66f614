import type { SelectHTMLAttributes } from 'react';
import { describedBy, FieldGroup } from './FieldGroup';

/** One choice: the value sent, the text shown. */
export type SelectOption = readonly [value: string, text: string];

/**
 * A labelled select in Det Fælles Designsystem's markup, like TextField: hint and error tied to it with
 * aria-describedby, aria-invalid when its value was refused. The one select of every form in the app.
 */
export function SelectField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  options,
  empty,
  ...select
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  /** A first, empty choice ("Vælg …", "Alle"), when the field may be left empty. */
  empty?: string;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange' | 'className' | 'children'>) {
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        className="form-select"
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
        {...select}
      >
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </FieldGroup>
  );
}
