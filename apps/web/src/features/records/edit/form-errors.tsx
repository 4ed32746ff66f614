import { useEffect, useRef } from 'react';
import { fieldErrorsOf, isFailure, type FieldError } from '../../../lib/mutation-failure';

/** The server's field errors by field name ("input.ageMin" → "ageMin"); several on one field are joined. */
export type FieldErrors = Record<string, string>;

export function byField(errors: readonly FieldError[], prefix = 'input'): FieldErrors {
  const found: FieldErrors = {};
  for (const { path, message } of errors) {
    const name = path === prefix ? '' : path.startsWith(`${prefix}.`) ? path.slice(prefix.length + 1).split('.')[0] : path;
    found[name] = found[name] ? `${found[name]} ${message}` : message;
  }
  return found;
}

/** What a save answered, in words for people: done, or why not (with each field's message). */
export type Outcome = { ok: true; message: string } | { ok: false; message: string; fieldErrors: FieldErrors };

/** A mutation's typed result as an Outcome: the record on success, else the MutationFailure's message and field errors. */
export function outcomeOf(result: object, done: string): Outcome {
  return isFailure(result)
    ? { ok: false, message: result.message, fieldErrors: byField(fieldErrorsOf(result)) }
    : { ok: true, message: done };
}

/**
 * Det Fælles Designsystem's error summary above a form: every invalid field, each a link to the field. It takes focus
 * when it appears, so a screen reader hears it at once.
 */
export function ErrorSummary({
  message,
  errors,
  labels,
  idPrefix,
}: {
  message: string;
  errors: FieldErrors;
  labels: Record<string, string>;
  idPrefix: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [message, errors]);
  const named = Object.entries(errors);
  return (
    <div className="alert alert-error" role="alert" tabIndex={-1} ref={ref}>
      <div className="alert-body">
        <p className="alert-heading">{message}</p>
        {named.length > 0 && (
          <ul className="alert-text">
            {named.map(([field, text]) => (
              <li key={field}>
                {labels[field] ? <a href={`#${idPrefix}-${field}`}>{labels[field]}</a> : null}
                {labels[field] ? ': ' : ''}
                {text}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
