import type { InputHTMLAttributes } from 'react';

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
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="form-error-message" id={`${id}-error`}>
          <span className="sr-only">Fejl: </span>
          {error}
        </span>
      )}
      <input id={id} className="form-input" aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
    </div>
  );
}
