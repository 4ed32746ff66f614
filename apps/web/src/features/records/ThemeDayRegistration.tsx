import { useEffect, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import type { ThemeDayPageQuery } from '../../gql/graphql';
import { formatDateTime } from '../../lib/danish-time';
import { request } from '../../lib/graphql';
import { fieldErrorsOf } from '../../lib/mutation-failure';

const RegisterDocument = graphql(`
  mutation RegisterForThemeDay($input: RegisterForThemeDayInput!) {
    registerForThemeDay(input: $input) {
      __typename
      ... on ThemeDayRegistration {
        status
        waitlistPosition
        email
      }
      ...MutationFailure
    }
  }
`);

type Field = 'name' | 'email' | 'workplace';
const FIELDS: { field: Field; label: string; type: string; autoComplete: string; hint?: string }[] = [
  { field: 'name', label: 'Dit navn', type: 'text', autoComplete: 'name' },
  { field: 'email', label: 'Din arbejdsmail', type: 'email', autoComplete: 'email', hint: 'Vi sender bekræftelsen hertil.' },
  { field: 'workplace', label: 'Arbejdsplads (valgfri)', type: 'text', autoComplete: 'organization' },
];

type Outcome = { kind: 'done'; text: string } | { kind: 'failed'; message: string; fields: Partial<Record<Field, string>> } | null;

/** The registration form: errors in Danish, tied to their fields; only the registrant's own work details are asked for. */
export function ThemeDayRegistration({
  day,
  me,
}: {
  day: NonNullable<ThemeDayPageQuery['themeDay']>;
  /** Signed in: the API registers the account, so only the workplace is asked for. */
  me: ThemeDayPageQuery['me'];
}) {
  const [values, setValues] = useState<Record<Field, string>>({ name: '', email: '', workplace: '' });
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  // After a refused attempt, focus goes to the first field in error (or the message), so it is announced.
  useEffect(() => {
    if (outcome?.kind !== 'failed') return;
    const target =
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.current?.querySelector<HTMLElement>('[role="alert"]');
    target?.focus();
  }, [outcome]);
  if (day.myRegistration && day.myRegistration.status !== 'CANCELLED')
    return (
      <p>
        {day.myRegistration.status === 'CONFIRMED'
          ? 'Du er tilmeldt.'
          : `Du er på venteliste som nr. ${day.myRegistration.waitlistPosition}.`}
      </p>
    );
  if (day.status === 'CANCELLED') return <p>Temadagen er aflyst; der kan ikke tilmeldes.</p>;
  if (!day.registrationOpen)
    return (
      <p>
        Tilmeldingen er lukket
        {day.registrationOpensAt && new Date(day.registrationOpensAt) > new Date()
          ? ` – den åbner ${formatDateTime(day.registrationOpensAt)}`
          : ''}
        .
      </p>
    );
  if (outcome?.kind === 'done')
    return (
      <div className="alert alert-success" role="status">
        <p className="alert-text">{outcome.text}</p>
      </div>
    );

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const input = { themeDayId: day.id, name: values.name || null, email: values.email || null, workplace: values.workplace || null };
      const result = (await request(RegisterDocument, { input })).registerForThemeDay;
      if (result.__typename === 'ThemeDayRegistration')
        setOutcome({
          kind: 'done',
          text:
            result.status === 'CONFIRMED'
              ? `Du er tilmeldt. Vi har sendt en bekræftelse til ${result.email ?? 'din mail'}.`
              : `Der er ikke flere pladser; du er på venteliste som nr. ${result.waitlistPosition}. Vi skriver, hvis du får en plads.`,
        });
      else {
        const fields: Partial<Record<Field, string>> = {};
        for (const e of fieldErrorsOf(result)) {
          const field = e.path.split('.').pop() as Field;
          if (FIELDS.some((f) => f.field === field)) fields[field] = e.message;
        }
        setOutcome({ kind: 'failed', message: result.message, fields });
      }
    } catch (error) {
      setOutcome({ kind: 'failed', message: error instanceof Error ? error.message : String(error), fields: {} });
    } finally {
      setBusy(false);
    }
  }

  const errors = outcome?.kind === 'failed' ? outcome.fields : {};
  return (
    <form ref={form} onSubmit={submit} noValidate className="registration">
      <p>
        Skriv kun dine egne arbejdsoplysninger – aldrig oplysninger om borgere.{' '}
        {day.seatsLeft > 0 ? '' : 'Der er ingen ledige pladser; du kommer på venteliste.'}
      </p>
      {outcome?.kind === 'failed' && (
        <div className="alert alert-error" role="alert" tabIndex={-1}>
          <p className="alert-text">{outcome.message}</p>
        </div>
      )}
      {me && (
        <p>
          Du tilmeldes som {me.displayName} ({me.email}).
        </p>
      )}
      {FIELDS.filter((f) => !me || f.field === 'workplace').map(({ field, label, type, autoComplete, hint }) => (
        <div key={field} className={`form-group${errors[field] ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor={`registration-${field}`}>
            {label}
          </label>
          {hint && (
            <span className="form-hint" id={`registration-${field}-hint`}>
              {hint}
            </span>
          )}
          {errors[field] && (
            <span className="form-error-message" id={`registration-${field}-error`}>
              <span className="sr-only">Fejl: </span>
              {errors[field]}
            </span>
          )}
          <input
            className="form-input"
            id={`registration-${field}`}
            name={field}
            type={type}
            autoComplete={autoComplete}
            value={values[field]}
            aria-invalid={errors[field] ? true : undefined}
            aria-describedby={
              [hint ? `registration-${field}-hint` : '', errors[field] ? `registration-${field}-error` : ''].filter(Boolean).join(' ') ||
              undefined
            }
            onChange={(e) => setValues({ ...values, [field]: e.target.value })}
          />
        </div>
      ))}
      <button className="button button-primary" type="submit" disabled={busy}>
        Tilmeld mig
      </button>
    </form>
  );
}
