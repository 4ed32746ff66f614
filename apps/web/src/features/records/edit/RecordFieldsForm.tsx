import { useState, type FormEvent } from 'react';
import { describedBy, FieldGroup } from '../../../lib/FieldGroup';
import { SelectField } from '../../../lib/SelectField';
import { TextField } from '../../../lib/TextField';
import { ErrorSummary, type FieldErrors, type Outcome } from './form-errors';

export interface FieldSpec {
  name: string;
  label: string;
  kind?: 'text' | 'number' | 'textarea' | 'select';
  required?: boolean;
  hint?: string;
  /** For a select: [value, text]; the value '' stands for none. */
  options?: readonly (readonly [string, string])[];
}

export type FieldValues = Record<string, string | number | null>;

/** The typed values as the API wants them: numbers, null for an emptied optional field, required text as typed. */
function toInput(fields: FieldSpec[], draft: Record<string, string>): FieldValues {
  return Object.fromEntries(
    fields.map(({ name, kind, required }) => {
      const raw = draft[name] ?? '';
      if (raw.trim() === '') return [name, required ? raw : null];
      return [name, kind === 'number' ? Number(raw) : raw];
    }),
  );
}

/**
 * A record's own fields in one form: pre-filled, checked by the server, and every invalid field shown at once, next
 * to the field and in a summary above. `noValidate`: the server's Danish messages are the ones shown.
 */
export function RecordFieldsForm({
  idPrefix,
  legend,
  fields,
  initial,
  submitLabel,
  onSubmit,
}: {
  idPrefix: string;
  legend: string;
  fields: FieldSpec[];
  initial: Record<string, unknown>;
  submitLabel: string;
  onSubmit: (values: FieldValues) => Promise<Outcome>;
}) {
  const [draft, setDraft] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((f) => [f.name, initial[f.name] == null ? '' : String(initial[f.name] as string | number)])),
  );
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const errors: FieldErrors = outcome && !outcome.ok ? outcome.fieldErrors : {};
  const labels = Object.fromEntries(fields.map((f) => [f.name, f.label]));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      setOutcome(await onSubmit(toInput(fields, draft)));
    } catch (error) {
      setOutcome({ ok: false, message: error instanceof Error ? error.message : String(error), fieldErrors: {} });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={submit} className="record-form">
      {outcome && !outcome.ok ? <ErrorSummary message={outcome.message} errors={errors} labels={labels} idPrefix={idPrefix} /> : null}
      {outcome?.ok ? (
        <div className="alert alert-success" role="status">
          <p className="alert-heading">{outcome.message}</p>
        </div>
      ) : null}
      <fieldset>
        <legend className="h3">{legend}</legend>
        {fields.map(({ name, label, kind, hint, options }) => {
          const id = `${idPrefix}-${name}`;
          const onChange = (value: string) => setDraft((d) => ({ ...d, [name]: value }));
          if (kind === 'select')
            return (
              <SelectField
                key={name}
                id={id}
                label={label}
                hint={hint}
                error={errors[name]}
                value={draft[name]}
                onChange={onChange}
                options={options ?? []}
              />
            );
          if (kind === 'textarea') {
            const error = errors[name];
            return (
              <FieldGroup key={name} id={id} label={label} hint={hint} error={error}>
                <textarea
                  id={id}
                  className="form-input"
                  rows={4}
                  value={draft[name]}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={describedBy(id, hint, error)}
                  onChange={(e) => onChange(e.target.value)}
                />
              </FieldGroup>
            );
          }
          return (
            <TextField
              key={name}
              id={id}
              label={label}
              hint={hint}
              error={errors[name]}
              type={kind === 'number' ? 'number' : 'text'}
              inputMode={kind === 'number' ? 'numeric' : undefined}
              className={kind === 'number' ? 'form-input input-width-xs' : 'form-input'}
              value={draft[name]}
              onChange={(e) => onChange(e.target.value)}
            />
          );
        })}
      </fieldset>
      <button type="submit" className="button button-primary" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
