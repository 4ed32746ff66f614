import type { Weekday, WeeklyHoursInput } from '../../../../gql/graphql';
import { TextField } from '../../../../lib/TextField';
import { ErrorSummary, type Outcome } from '../form-errors';
import { useItemForm } from '../use-item-form';

export const WEEKDAYS: [Weekday, string][] = [
  ['MON', 'Mandag'],
  ['TUE', 'Tirsdag'],
  ['WED', 'Onsdag'],
  ['THU', 'Torsdag'],
  ['FRI', 'Fredag'],
  ['SAT', 'Lørdag'],
  ['SUN', 'Søndag'],
];
const LABELS = { day: 'Ugedag', opens: 'Åbner', closes: 'Lukker', '': 'Åbningstiden' };
const TIME_HINT = 'TT:MM, fx 08:00.';

/** One weekly opening-hours entry (a day, when it opens and closes), added or changed on its own. */
export function WeeklyHoursForm({
  idPrefix,
  initial,
  submitLabel,
  onSave,
  onCancel,
}: {
  idPrefix: string;
  initial: WeeklyHoursInput;
  submitLabel: string;
  onSave: (input: WeeklyHoursInput) => Promise<Outcome>;
  onCancel?: () => void;
}) {
  const { draft, setDraft, failed, errors, busy, submit } = useItemForm(initial, onSave);
  return (
    <form noValidate onSubmit={submit} className="hours-form weekly-hours-form">
      {failed ? <ErrorSummary message={failed.message} errors={errors} labels={LABELS} idPrefix={idPrefix} /> : null}
      <div className={`form-group${errors.day ? ' form-error' : ''}`}>
        <label className="form-label" htmlFor={`${idPrefix}-day`}>
          {LABELS.day}
        </label>
        <select
          id={`${idPrefix}-day`}
          className="form-select"
          value={draft.day}
          onChange={(e) => setDraft({ ...draft, day: e.target.value as Weekday })}
        >
          {WEEKDAYS.map(([day, label]) => (
            <option key={day} value={day}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {(['opens', 'closes'] as const).map((name) => (
        <TextField
          key={name}
          id={`${idPrefix}-${name}`}
          label={LABELS[name]}
          hint={TIME_HINT}
          error={errors[name]}
          className="form-input input-width-xs"
          value={draft[name]}
          onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
        />
      ))}
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
