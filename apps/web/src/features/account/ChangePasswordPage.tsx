import { useState } from 'react';
import { Link } from 'wouter';
import { request } from '../../lib/graphql';
import { usePageTitle } from '../../lib/page-title';
import { TextField } from '../../lib/TextField';
import { ErrorSummary, outcomeOf, type Outcome } from '../records/edit/form-errors';
import { ChangePasswordDocument } from './account.operations';
import { SignedInGate } from './SignedInGate';

const LABELS = { currentPassword: 'Nuværende adgangskode', newPassword: 'Ny adgangskode' };

/** `/konto/adgangskode`: a new password, with the current one. */
export function ChangePasswordPage() {
  usePageTitle('Skift adgangskode');
  return (
    <SignedInGate title="Skift adgangskode">
      <h1>Skift adgangskode</h1>
      <p>
        <Link href="/konto">Tilbage til min konto</Link>
      </p>
      <ChangePasswordForm />
    </SignedInGate>
  );
}

function ChangePasswordForm() {
  const [values, setValues] = useState({ currentPassword: '', newPassword: '' });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const errors = outcome && !outcome.ok ? outcome.fieldErrors : {};
  return (
    <form
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const { changePassword } = await request(ChangePasswordDocument, { input: values });
        const result = outcomeOf(changePassword, 'Din adgangskode er skiftet. Brug den nye, næste gang du logger ind.');
        setOutcome(result);
        if (result.ok) setValues({ currentPassword: '', newPassword: '' });
      }}
    >
      {outcome && !outcome.ok && <ErrorSummary message={outcome.message} errors={errors} labels={LABELS} idPrefix="password" />}
      {outcome?.ok && (
        <div className="alert alert-success" role="status">
          <p className="alert-text">{outcome.message}</p>
        </div>
      )}
      <TextField
        id="password-currentPassword"
        label={LABELS.currentPassword}
        type="password"
        autoComplete="current-password"
        value={values.currentPassword}
        error={errors.currentPassword}
        onChange={(e) => setValues({ ...values, currentPassword: e.target.value })}
      />
      <TextField
        id="password-newPassword"
        label={LABELS.newPassword}
        hint="Mindst 12 tegn."
        type="password"
        autoComplete="new-password"
        value={values.newPassword}
        error={errors.newPassword}
        onChange={(e) => setValues({ ...values, newPassword: e.target.value })}
      />
      <button type="submit" className="button button-primary">
        Skift adgangskode
      </button>
    </form>
  );
}
