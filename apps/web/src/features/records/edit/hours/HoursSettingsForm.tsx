import type { HoursSettingsInput } from '../../../../gql/graphql';
import { TextField } from '../../../../lib/TextField';
import { ErrorSummary, type Outcome } from '../form-errors';
import { useItemForm } from '../use-item-form';

/** What the form holds: the two settings and the note as typed (empty for none). */
export type SettingsDraft = { alwaysOpen: boolean; openOnHolidays: boolean; note: string };

const LABELS = {
  alwaysOpen: 'Døgnåben',
  openOnHolidays: 'Samme tider på helligdage',
  note: 'Bemærkning til åbningstiderne',
  '': 'Indstillingerne',
};

export const toSettingsInput = (d: SettingsDraft): HoursSettingsInput => ({
  alwaysOpen: d.alwaysOpen,
  openOnHolidays: d.openOnHolidays,
  note: d.note.trim(),
});

/**
 * The settings for the whole of a record's opening hours ("døgnåben", "samme tider på helligdage", the note), saved
 * on their own: the weekly times and the exceptions stay as they are.
 */
export function HoursSettingsForm({
  idPrefix,
  initial,
  onSave,
}: {
  idPrefix: string;
  initial: SettingsDraft;
  onSave: (draft: SettingsDraft) => Promise<Outcome>;
}) {
  const { draft, setDraft, failed, errors, busy, submit } = useItemForm(initial, onSave, true);
  const checkbox = (name: 'alwaysOpen' | 'openOnHolidays') => (
    <div className={`form-group form-group-checkbox${errors[name] ? ' form-error' : ''}`}>
      <input
        id={`${idPrefix}-${name}`}
        type="checkbox"
        className="form-checkbox"
        checked={draft[name]}
        onChange={(e) => setDraft({ ...draft, [name]: e.target.checked })}
      />
      <label htmlFor={`${idPrefix}-${name}`}>{LABELS[name]}</label>
    </div>
  );
  return (
    <form noValidate onSubmit={submit} className="hours-form settings-form">
      {failed ? <ErrorSummary message={failed.message} errors={errors} labels={LABELS} idPrefix={idPrefix} /> : null}
      {checkbox('alwaysOpen')}
      {checkbox('openOnHolidays')}
      <TextField
        id={`${idPrefix}-note`}
        label={LABELS.note}
        hint='Fx "Ring før du kommer" (valgfri, højst 300 tegn).'
        error={errors.note}
        value={draft.note}
        onChange={(e) => setDraft({ ...draft, note: e.target.value })}
      />
      <button type="submit" className="button button-primary" disabled={busy}>
        Gem indstillingerne
      </button>
    </form>
  );
}
