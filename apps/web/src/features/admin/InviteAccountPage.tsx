import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { Role } from '../../gql/graphql';
import { request } from '../../lib/graphql';
import { usePageTitle } from '../../lib/page-title';
import { TextField } from '../../lib/TextField';
import { ErrorSummary, outcomeOf, type Outcome } from '../records/edit/form-errors';
import { AdminGate } from './AdminGate';
import { InviteAccountDocument } from './admin.operations';
import { OrganisationPicker } from './OrganisationPicker';
import { SelectField } from '../../lib/SelectField';

const LABELS = { email: 'E-mail', displayName: 'Navn', organisationId: 'Organisation', role: 'Rolle' };

/** `/administration/konti/ny`: invite a person by mail, as a member, editor or key person of an organisation. */
export function InviteAccountPage() {
  usePageTitle('Invitér en ny bruger');
  return (
    <AdminGate>
      <h1>Invitér en ny bruger</h1>
      <p>
        <Link href="/administration/konti">Tilbage til konti</Link>
      </p>
      <p>Personen får en mail med et link, der gælder i 7 dage, og vælger selv sin adgangskode.</p>
      <InviteForm />
    </AdminGate>
  );
}

function InviteForm() {
  const [values, setValues] = useState({ email: '', displayName: '', organisationId: '', role: '' });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [, navigate] = useLocation();
  const errors = outcome && !outcome.ok ? outcome.fieldErrors : {};
  const set = (field: keyof typeof values) => (value: string) => setValues({ ...values, [field]: value });
  return (
    <form
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const input = { ...values, role: (values.role || null) as Role | null };
        const { inviteMember } = await request(InviteAccountDocument, { input });
        const result = outcomeOf(inviteMember, 'Invitationen er sendt.');
        if (result.ok && inviteMember.__typename === 'Account') navigate(`/administration/konti/${inviteMember.id}`);
        setOutcome(result);
      }}
    >
      {outcome && !outcome.ok && <ErrorSummary message={outcome.message} errors={errors} labels={LABELS} idPrefix="invite" />}
      <TextField
        id="invite-email"
        label={LABELS.email}
        type="email"
        value={values.email}
        error={errors.email}
        onChange={(e) => set('email')(e.target.value)}
      />
      <TextField
        id="invite-displayName"
        label={LABELS.displayName}
        value={values.displayName}
        error={errors.displayName}
        onChange={(e) => set('displayName')(e.target.value)}
      />
      <OrganisationPicker
        id="invite-organisationId"
        value={values.organisationId}
        onChange={set('organisationId')}
        error={errors.organisationId}
      />
      <SelectField
        id="invite-role"
        label={LABELS.role}
        hint="Uden rolle bliver personen almindelig fagperson i organisationen."
        empty="Ingen (fagperson)"
        options={[
          ['EDITOR', 'Redaktør'],
          ['KEY_PERSON', 'Nøgleperson'],
        ]}
        value={values.role}
        error={errors.role}
        onChange={set('role')}
      />
      <button type="submit" className="button button-primary">
        Send invitationen
      </button>
    </form>
  );
}
