import { useState } from 'react';
import { setSession, useSession } from '../../auth/session-store';
import { request } from '../../lib/graphql';
import { TextField } from '../../lib/TextField';
import { ErrorSummary, outcomeOf, type Outcome } from '../records/edit/form-errors';
import { UpdateMyProfileDocument } from './account.operations';

const LABELS = { displayName: 'Navn', jobTitle: 'Stilling', workPhone: 'Telefon på arbejdet' };

/** One's own name, job title and work phone: every invalid field shown at once, with the server's messages. */
export function ProfileForm({ me }: { me: { displayName: string; jobTitle?: string | null; workPhone?: string | null } }) {
  const [values, setValues] = useState({ displayName: me.displayName, jobTitle: me.jobTitle ?? '', workPhone: me.workPhone ?? '' });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { account } = useSession();
  const errors = outcome && !outcome.ok ? outcome.fieldErrors : {};
  const field = (name: keyof typeof values, extra: { type?: string; autoComplete?: string } = {}) => (
    <TextField
      id={`profile-${name}`}
      label={LABELS[name]}
      value={values[name]}
      error={errors[name]}
      onChange={(e) => setValues({ ...values, [name]: e.target.value })}
      {...extra}
    />
  );
  return (
    <form
      noValidate
      aria-labelledby="profile-heading"
      onSubmit={async (event) => {
        event.preventDefault();
        const { updateMyProfile } = await request(UpdateMyProfileDocument, { input: values });
        setOutcome(outcomeOf(updateMyProfile, 'Dine oplysninger er gemt.'));
        if (updateMyProfile.__typename === 'Account' && account)
          setSession({ account: { ...account, displayName: updateMyProfile.displayName } });
      }}
    >
      <h2 id="profile-heading">Navn og arbejde</h2>
      {outcome && !outcome.ok && <ErrorSummary message={outcome.message} errors={errors} labels={LABELS} idPrefix="profile" />}
      {outcome?.ok && (
        <div className="alert alert-success" role="status">
          <p className="alert-text">{outcome.message}</p>
        </div>
      )}
      {field('displayName', { autoComplete: 'name' })}
      {field('jobTitle', { autoComplete: 'organization-title' })}
      {field('workPhone', { type: 'tel', autoComplete: 'work tel' })}
      <button type="submit" className="button button-primary">
        Gem mine oplysninger
      </button>
    </form>
  );
}
