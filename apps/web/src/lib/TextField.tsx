import type { InputHTMLAttributes } from 'react';
import { describedBy, FieldGroup } from './FieldGroup';

/**
 * A labelled text field in Det Fælles Designsystem's markup, its error (if any) tied to the input with
 * aria-describedby and announced with aria-invalid.
 */
export function TextField({
  id,
  label,
  error,
  hint,
  ...input
}: { id: string; label: string; error?: string | null; hint?: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        className="form-input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
    </FieldGroup>
  );
}
