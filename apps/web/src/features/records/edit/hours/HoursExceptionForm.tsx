import type { HoursExceptionInput } from '../../../../gql/graphql';
import { TextField } from '../../../../lib/TextField';
import { ErrorSummary, type Outcome } from '../form-errors';
import { useItemForm } from '../use-item-form';

/** What the form holds: times and note as typed (empty for none). */
export type ExceptionDraft = { date: string; closed: boolean; opens: string; closes: string; note: string };

const LABELS = { date: 'Dato', closed: 'Lukket hele dagen', opens: 'Åbner', closes: 'Lukker', note: 'Bemærkning', '': 'Undtagelsen' };
const orNull = (text: string) => (text.trim() === '' ? null : text);

export const toExceptionInput = (d: ExceptionDraft): HoursExceptionInput => ({
  date: d.date,
  closed: d.closed,
  opens: d.closed ? null : orNull(d.opens),
  closes: d.closed ? null : orNull(d.closes),
  note: orNull(d.note),
});

/** One date with other hours than usual (a holiday, a closed day, longer hours), added or changed on its own. */
export function HoursExceptionForm({
  idPrefix,
  initial,
  submitLabel,
  onSave,
  onCancel,
}: {
  idPrefix: string;
  initial: ExceptionDraft;
  submitLabel: string;
  onSave: (draft: ExceptionDraft) => Promise<Outcome>;
  onCancel?: () => void;
}) {
  const { draft, setDraft, failed, errors, busy, submit } = useItemForm(initial, async (d: ExceptionDraft) =>
    // The API's date type refuses a missing date before any field is checked; the date control gives a whole date or none.
    d.date ? onSave(d) : { ok: false, message: 'Ret de markerede felter.', fieldErrors: { date: 'Vælg datoen.' } },
  );
  const text = (name: 'date' | 'opens' | 'closes' | 'note', hint: string, narrow = true) => (
    <TextField
      id={`${idPrefix}-${name}`}
      type={name === 'date' ? 'date' : 'text'}
      label={LABELS[name]}
      hint={hint}
      error={errors[name]}
      className={narrow ? 'form-input input-width-s' : 'form-input'}
      value={draft[name]}
      onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
    />
  );
  return (
    <form noValidate onSubmit={submit} className="hours-form exception-form">
      {failed ? <ErrorSummary message={failed.message} errors={errors} labels={LABELS} idPrefix={idPrefix} /> : null}
      {text('date', 'Dagen med andre tider end de faste.')}
      <div className={`form-group form-group-checkbox${errors.closed ? ' form-error' : ''}`}>
        <input
          id={`${idPrefix}-closed`}
          type="checkbox"
          className="form-checkbox"
          checked={draft.closed}
          onChange={(e) => setDraft({ ...draft, closed: e.target.checked })}
        />
        <label htmlFor={`${idPrefix}-closed`}>{LABELS.closed}</label>
      </div>
      {draft.closed ? null : (
        <>
          {text('opens', 'TT:MM, fx 10:00.')}
          {text('closes', 'TT:MM, fx 14:00.')}
        </>
      )}
      {text('note', 'Fx Juleaften eller Kortere åbningstid (valgfri).', false)}
      <button type="submit" className="button button-primary" disabled={busy}>
        {submitLabel}
      </button>
      {onCancel ? (
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Annuller
        </button>
      ) : null}
    </form>
  );
}
