import type { Outcome } from '../records/edit/form-errors';
import { useDraftForm } from './form-kit';
import {
  CAPPED_SECTORS,
  capField,
  FREQUENCIES,
  GROUP_LABELS,
  groupInputOf,
  type GroupDraft,
  type GroupField,
  type GroupValues,
} from './supervision-draft';

/**
 * Create or change a supervision group: its people, place, schedule (first session, length, how often, how many,
 * days without a session) and seats. Every invalid field at once, next to the field, in the server's words.
 */
export function SupervisionGroupForm({
  initial,
  submitLabel,
  editing = false,
  onSubmit,
}: {
  initial: GroupDraft;
  submitLabel: string;
  editing?: boolean;
  onSubmit: (values: GroupValues, draft: GroupDraft) => Promise<Outcome>;
}) {
  const form = useDraftForm<GroupField>(initial, GROUP_LABELS, 'group');
  const send = async (): Promise<Outcome> => {
    const { values, ruleUnchecked } = groupInputOf(form.draft);
    const answer = await onSubmit(values, form.draft);
    if (answer.ok || !ruleUnchecked) return answer;
    // The rule was sent empty to stop the save: the server's word on it is not about the coordinator's rule.
    const { recurrence: _unchecked, ...rest } = answer.fieldErrors;
    void _unchecked;
    return { ...answer, fieldErrors: rest };
  };
  return (
    <form noValidate onSubmit={form.submit(send, () => groupInputOf(form.draft).local)} className="record-form">
      {form.banner}
      <fieldset>
        <legend className="h3">Gruppen</legend>
        {form.text('name')}
        {form.text('focus', 'text', 'Fx "Selvmordstruede og selvskadende adfærd" eller "Angst".')}
        {form.area('description')}
        {form.text('facilitatorName')}
        {form.text('facilitatorEmail', 'email')}
        {form.text('venue')}
        {editing &&
          form.choice('status', [
            ['OPEN', 'Åben for ansøgninger'],
            ['CLOSED', 'Lukket for nye ansøgninger'],
          ])}
      </fieldset>
      <fieldset>
        <legend className="h3">Møderne</legend>
        {form.text('firstSessionAt', 'datetime-local', 'Dansk tid. Ugedag og klokkeslæt gælder for alle møder.')}
        {form.text('sessionMinutes', 'number')}
        {form.choice('frequency', FREQUENCIES)}
        {form.text('recurrence', 'number', 'Højst et år frem.')}
        {form.area('exceptions', 'Én dato pr. linje, fx 2027-07-13 (ferie).')}
      </fieldset>
      <fieldset>
        <legend className="h3">Pladser</legend>
        {form.text('minSeats', 'number')}
        {form.text('maxSeats', 'number')}
        {form.text('partyCap', 'number', 'Tom: intet loft.')}
      </fieldset>
      <fieldset>
        <legend className="h3">Loft pr. sektor</legend>
        <p>Højst så mange pladser til deltagere fra parter i hver sektor. Tomt felt: intet loft.</p>
        {CAPPED_SECTORS.map((sector) => form.text(capField(sector), 'number'))}
      </fieldset>
      <button type="submit" className="button button-primary" disabled={form.busy}>
        {submitLabel}
      </button>
    </form>
  );
}
