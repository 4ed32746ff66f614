import type { ReactNode } from 'react';

/** What a field's control names in aria-describedby: its hint and its error, those shown. */
export const describedBy = (id: string, hint?: string | null, error?: string | null): string | undefined =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

/**
 * Det Fælles Designsystem's form group around one control (input, select, textarea): the label, the hint and the
 * error ("Fejl: " for a screen reader), whose ids the control names with describedBy(id, hint, error).
 */
export function FieldGroup({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string | null;
  error?: string | null;
  children: ReactNode;
}) {
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="form-error-message" id={`${id}-error`}>
          <span className="sr-only">Fejl: </span>
          {error}
        </span>
      ) : null}
      {children}
    </div>
  );
}
