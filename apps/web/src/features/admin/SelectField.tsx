import type { SelectHTMLAttributes } from 'react';

/** A labelled select in Det Fælles Designsystem's markup, its error tied to it like TextField's. */
export function SelectField({
  id,
  label,
  error,
  hint,
  options,
  empty,
  ...select
}: {
  id: string;
  label: string;
  error?: string | null;
  hint?: string;
  options: { value: string; label: string }[];
  /** The first, empty choice ("Vælg …"). */
  empty: string;
} & SelectHTMLAttributes<HTMLSelectElement>) {
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
      <select id={id} className="form-select" aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...select}>
        <option value="">{empty}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
