import { useState, type FormEvent } from 'react';
import { describedBy, FieldGroup } from '../../lib/FieldGroup';
import { SelectField, type SelectOption } from '../../lib/SelectField';
import { TextField } from '../../lib/TextField';
import { ErrorSummary, type FieldErrors, type Outcome } from '../records/edit/form-errors';

/**
 * A form's draft (every field as text), and the outcome of its last submit: the server's field errors merged with
 * those the page found itself (a number that is not one), so every invalid field shows at once, next to the field.
 */
export function useDraftForm<F extends string>(initial: Record<F, string>, labels: Record<F, string>, prefix: string) {
  const [draft, setDraft] = useState(initial);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const errors: FieldErrors = outcome && !outcome.ok ? outcome.fieldErrors : {};
  const id = (name: F) => `${prefix}-${name}`;
  const put = (name: F) => (value: string) => setDraft((d) => ({ ...d, [name]: value }));
  const set = (name: F) => (event: { target: { value: string } }) => put(name)(event.target.value);

  /** Sends the draft: `local` are the page's own findings, shown with whatever the server answers. */
  const submit = (send: () => Promise<Outcome>, local: () => FieldErrors) => async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const found = local();
    try {
      const answer = await send();
      if (answer.ok && Object.keys(found).length) setOutcome({ ok: false, message: 'Ret de markerede felter.', fieldErrors: found });
      else if (!answer.ok) setOutcome({ ...answer, fieldErrors: { ...answer.fieldErrors, ...found } });
      else setOutcome(answer);
    } catch (error) {
      setOutcome({ ok: false, message: error instanceof Error ? error.message : String(error), fieldErrors: found });
    } finally {
      setBusy(false);
    }
  };

  const text = (name: F, type = 'text', hint?: string) => (
    <TextField
      id={id(name)}
      label={labels[name]}
      hint={hint}
      error={errors[name]}
      type={type}
      inputMode={type === 'number' ? 'numeric' : undefined}
      value={draft[name]}
      onChange={set(name)}
    />
  );
  const area = (name: F, hint?: string) => (
    <FieldGroup id={id(name)} label={labels[name]} error={errors[name]} hint={hint}>
      <textarea
        id={id(name)}
        className="form-input"
        rows={3}
        value={draft[name]}
        onChange={set(name)}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describedBy(id(name), hint, errors[name])}
      />
    </FieldGroup>
  );
  const choice = (name: F, options: readonly SelectOption[], onChange?: (value: string) => void) => (
    <SelectField
      id={id(name)}
      label={labels[name]}
      error={errors[name]}
      value={draft[name]}
      options={options}
      onChange={onChange ?? put(name)}
    />
  );
  const banner = (
    <>
      {outcome && !outcome.ok ? <ErrorSummary message={outcome.message} errors={errors} labels={labels} idPrefix={prefix} /> : null}
      {outcome?.ok ? (
        <div className="alert alert-success" role="status">
          <p className="alert-heading">{outcome.message}</p>
        </div>
      ) : null}
    </>
  );
  return { draft, setDraft, busy, submit, text, area, choice, banner };
}

/** A line under an action: what happened, or why not. */
export type Notice = { ok: boolean; text: string } | null;

export function NoticeLine({ notice }: { notice: Notice }) {
  if (!notice) return null;
  return notice.ok ? (
    <div className="alert alert-success" role="status">
      <p className="alert-text">{notice.text}</p>
    </div>
  ) : (
    <div className="alert alert-error" role="alert">
      <p className="alert-text">{notice.text}</p>
    </div>
  );
}
