import { useState } from 'react';
import { Link, useParams } from 'wouter';
import type { HandOverOutcomeFragment, HandOverRolesInput, TurnoverPeopleQuery } from '../../gql/graphql';
import { useSession } from '../../auth/session-store';
import { request } from '../../lib/graphql';
import { usePageTitle } from '../../lib/page-title';
import { useQuery } from '../../lib/use-query';
import { SignInHint } from '../records/parts/SignInHint';
import { byField, ErrorSummary, type FieldErrors } from '../records/edit/form-errors';
import { HandOverDocument, HandOverPreviewDocument, TurnoverPeopleDocument } from './upkeep.operations';
import { HandoverEffect } from './HandoverEffect';
import { fieldErrorsOf } from '../../lib/mutation-failure';

type Person = TurnoverPeopleQuery['contacts']['edges'][number]['node'];

const LABELS: Record<string, string> = {
  contactId: 'Hvem stopper?',
  successorContactId: 'Hvem overtager?',
  accountId: 'Flyt roller og netværk',
  successorAccountId: 'Flyt roller og netværk',
  note: 'Besked til netværkets koordinatorer',
};

function PersonSelect({
  id,
  label,
  hint,
  people,
  value,
  error,
  onChange,
}: {
  id: string;
  label: string;
  hint: string;
  people: Person[];
  value: string;
  error?: string;
  onChange: (id: string) => void;
}) {
  const describedBy = [`turnover-${id}-hint`, error ? `turnover-${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={`turnover-${id}`}>
        {label}
      </label>
      <span className="form-hint" id={`turnover-${id}-hint`}>
        {hint}
      </span>
      {error && (
        <span className="form-error-message" id={`turnover-${id}-error`}>
          <span className="sr-only">Fejl: </span>
          {error}
        </span>
      )}
      <select
        className="form-select"
        id={`turnover-${id}`}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">Vælg …</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
            {p.roleTitle ? ` (${p.roleTitle})` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}

type Step =
  | { kind: 'form' }
  | { kind: 'preview'; effect: HandOverOutcomeFragment & { __typename: 'RoleHandover' } }
  | { kind: 'done'; effect: HandOverOutcomeFragment & { __typename: 'RoleHandover' } };

function Wizard({ people, organisationName }: { people: Person[]; organisationName: string }) {
  const [leaving, setLeaving] = useState('');
  const [successor, setSuccessor] = useState('');
  const [moveRoles, setMoveRoles] = useState(false);
  const [note, setNote] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'form' });
  const [failure, setFailure] = useState<{ message: string; errors: FieldErrors } | null>(null);
  const [busy, setBusy] = useState(false);
  const byId = new Map(people.map((p) => [p.id, p]));
  const accountOf = (id: string) => {
    const owner = byId.get(id)?.owner;
    return owner?.kind === 'ACCOUNT' ? (owner.accountId ?? null) : null;
  };
  const input = (): HandOverRolesInput => ({
    contactId: leaving,
    successorContactId: successor,
    accountId: moveRoles ? accountOf(leaving) : null,
    successorAccountId: moveRoles ? accountOf(successor) : null,
    note: note || null,
  });
  // An empty choice reaches the server as an empty id; say what to do instead of "not a valid UUID".
  const withChoices = (errors: FieldErrors): FieldErrors => ({
    ...errors,
    ...(errors.contactId && !leaving ? { contactId: 'Vælg den, der stopper.' } : {}),
    ...(errors.successorContactId && !successor ? { successorContactId: 'Vælg den, der overtager.' } : {}),
  });
  const send = async (preview: boolean) => {
    setBusy(true);
    setFailure(null);
    try {
      const result = preview
        ? (await request(HandOverPreviewDocument, { input: input() })).handOverRolesPreview
        : (await request(HandOverDocument, { input: input() })).handOverRoles;
      if (result.__typename === 'RoleHandover') setStep({ kind: preview ? 'preview' : 'done', effect: result });
      else {
        setStep({ kind: 'form' });
        setFailure({
          message: result.message,
          errors: withChoices(byField(fieldErrorsOf(result))),
        });
      }
    } catch (error) {
      setFailure({ message: error instanceof Error ? error.message : String(error), errors: {} });
    }
    setBusy(false);
  };

  if (step.kind === 'done')
    return (
      <div className="alert alert-success" role="status">
        <p className="alert-heading">
          {step.effect.successor.name} har overtaget efter {step.effect.leaving.name}
        </p>
        <p className="alert-text">
          Søgninger efter {step.effect.leaving.name} fører nu til{' '}
          <Link href={`/kontakter/${step.effect.successor.id}`}>{step.effect.successor.name}</Link>.
        </p>
      </div>
    );
  if (step.kind === 'preview')
    return (
      <>
        <h2>Sådan bliver det</h2>
        <p>Intet er ændret endnu. Tjek virkningen, og tryk “Overdrag” for at gøre det.</p>
        <HandoverEffect effect={step.effect} organisationName={organisationName} />
        <p className="turnover-actions">
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void send(false)}>
            Overdrag
          </button>{' '}
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => setStep({ kind: 'form' })}>
            Tilbage og ret
          </button>
        </p>
        {failure && (
          <div className="alert alert-error" role="alert">
            <p className="alert-text">{failure.message}</p>
          </div>
        )}
      </>
    );
  const errors = failure?.errors ?? {};
  const persons = people.filter((p) => p.kind === 'PERSON');
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void send(true);
      }}
    >
      {failure && <ErrorSummary message={failure.message} errors={errors} labels={LABELS} idPrefix="turnover" />}
      <PersonSelect
        id="contactId"
        label={LABELS.contactId}
        hint="Personen, der er holdt op. Kontakten bliver en henvisning til den, der overtager."
        people={persons}
        value={leaving}
        error={errors.contactId}
        onChange={setLeaving}
      />
      <PersonSelect
        id="successorContactId"
        label={LABELS.successorContactId}
        hint="En anden person eller en funktion, fx “Udskrivningskoordinator, vagttelefon”."
        people={people.filter((p) => p.id !== leaving)}
        value={successor}
        error={errors.successorContactId}
        onChange={setSuccessor}
      />
      <fieldset>
        <legend className="h5">Hvad flytter med?</legend>
        <p className="form-hint">
          Situationerne, stedfortræderskaber og de oplysninger, personen var ansvarlig for, flytter altid. Roller og netværksmedlemskaber
          flytter med personens konto.
        </p>
        <div className={`form-group-checkbox${errors.accountId || errors.successorAccountId ? ' form-error' : ''}`}>
          <input
            type="checkbox"
            className="form-checkbox"
            id="turnover-accountId"
            checked={moveRoles}
            onChange={(e) => setMoveRoles(e.target.checked)}
          />
          <label className="form-label" htmlFor="turnover-accountId">
            Flyt også roller og netværksmedlemskaber fra den konto, der står som ansvarlig for kontakten, til den konto, der står som
            ansvarlig for efterfølgeren
          </label>
          {(errors.accountId || errors.successorAccountId) && (
            <span className="form-error-message">{[errors.accountId, errors.successorAccountId].filter(Boolean).join(' ')}</span>
          )}
        </div>
      </fieldset>
      <div className={`form-group${errors.note ? ' form-error' : ''}`}>
        <label className="form-label" htmlFor="turnover-note">
          {LABELS.note}
        </label>
        <span className="form-hint" id="turnover-note-hint">
          Et par ord, fx hvornår efterfølgeren starter. Aldrig noget om borgere.
        </span>
        {errors.note && (
          <span className="form-error-message" id="turnover-note-error">
            <span className="sr-only">Fejl: </span>
            {errors.note}
          </span>
        )}
        <textarea
          className="form-input"
          id="turnover-note"
          rows={3}
          value={note}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={['turnover-note-hint', errors.note ? 'turnover-note-error' : null].filter(Boolean).join(' ')}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <button type="submit" className="button button-primary" disabled={busy}>
        Se virkningen
      </button>
    </form>
  );
}

function Turnover({ organisationId }: { organisationId: string }) {
  const state = useQuery(TurnoverPeopleDocument, { organisationId });
  const organisation = state.status === 'done' ? state.data.organisation : null;
  usePageTitle(organisation ? `En medarbejder stopper – ${organisation.name}` : 'En medarbejder stopper');
  return (
    <>
      <h1>En medarbejder stopper{organisation ? ` – ${organisation.name}` : ''}</h1>
      <p className="font-lead">Vælg hvem der stopper, og hvem der overtager. Du ser virkningen, før noget bliver ændret.</p>
      {state.status === 'loading' && <p role="status">Henter organisationens kontakter …</p>}
      {state.status === 'error' && (
        <div className="alert alert-error" role="alert">
          <p className="alert-text">{state.message}</p>
        </div>
      )}
      {state.status === 'done' && (
        <Wizard organisationName={organisation?.name ?? 'organisationen'} people={state.data.contacts.edges.map((e) => e.node)} />
      )}
    </>
  );
}

/** `/organisationer/<id>/fratraedelse`: the turnover wizard (handOverRoles), with a preview of the effect before it is done. */
export function TurnoverPage() {
  const { id } = useParams<{ id: string }>();
  const { account, ready } = useSession();
  if (!ready) return <p role="status">Henter …</p>;
  if (!account)
    return (
      <>
        <h1>En medarbejder stopper</h1>
        <SignInHint text="Siden er for organisationens redaktører." />
      </>
    );
  return <Turnover organisationId={id} />;
}
