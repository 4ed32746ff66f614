import { useState, type FormEvent } from 'react';
import { request } from '../../../../lib/graphql';
import { SelectField } from '../../../../lib/SelectField';
import { useQuery } from '../../../../lib/use-query';
import { ErrorSummary, outcomeOf, type Outcome } from '../form-errors';
import { OwnershipChoicesDocument, SetContactOwnerDocument, SetOfferOwnerDocument } from './ownership.operations';

export interface Ownership {
  organisationId: string;
  unitId?: string | null;
  owner?: { kind: string; accountId?: string | null; unitId?: string | null } | null;
  deputyId?: string | null;
}

const LABELS = { owner: 'Ansvarlig', deputyId: 'Stedfortræder', '': 'Ansvar' };

/** The owner as one select value: "org", "unit:<id>" or "account:<id>". */
const ownerValue = (owner: Ownership['owner']) =>
  owner?.accountId ? `account:${owner.accountId}` : owner?.unitId ? `unit:${owner.unitId}` : 'org';

function ownerInput(value: string) {
  const [kind, id] = value.split(':');
  return { ownerAccountId: kind === 'account' ? id : null, ownerUnitId: kind === 'unit' ? id : null };
}

/** Who answers for the record (and gets the reminders to confirm it), and for a contact who stands in for it. */
export function OwnershipForm({ record, recordId, current }: { record: 'offer' | 'contact'; recordId: string; current: Ownership }) {
  const choices = useQuery(OwnershipChoicesDocument, { organisationId: current.organisationId, unitId: current.unitId ?? null });
  const [owner, setOwner] = useState(ownerValue(current.owner));
  const [deputy, setDeputy] = useState(current.deputyId ?? '');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  if (choices.status !== 'done') return choices.status === 'loading' ? <p role="status">Henter valgmulighederne …</p> : null;
  const { me, organisation, contacts, recordEditors } = choices.data;
  // The record's editors by name (oneself among them as "Mig"), and oneself when not among them (an administrator).
  const people = [...(recordEditors ?? [])];
  if (me && !people.some((p) => p.id === me.id)) people.push(me);
  const ownerOptions: [string, string][] = [
    ['org', `Redaktørerne for ${organisation?.name ?? 'organisationen'}`],
    ...(organisation?.units ?? []).map((u): [string, string] => [`unit:${u.id}`, `Redaktørerne for ${u.name}`]),
    ...people.map((p): [string, string] => [`account:${p.id}`, p.id === me?.id ? `Mig (${p.displayName})` : p.displayName]),
  ];
  if (current.owner?.accountId && !people.some((p) => p.id === current.owner?.accountId))
    ownerOptions.push([ownerValue(current.owner), 'Den nuværende ansvarlige (uændret)']);
  const deputyOptions: [string, string][] = [
    ['', 'Ingen stedfortræder'],
    ...contacts.edges.filter((e) => e.node.id !== recordId).map((e): [string, string] => [e.node.id, e.node.name]),
  ];
  const raw = outcome && !outcome.ok ? outcome.fieldErrors : {};
  // The owner is one select: its two input fields' messages are shown there.
  const { ownerAccountId, ownerUnitId, ...rest } = raw;
  const errors: Record<string, string> =
    ownerAccountId || ownerUnitId ? { owner: [ownerAccountId, ownerUnitId].filter(Boolean).join(' '), ...rest } : rest;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const input = ownerInput(owner);
      const result =
        record === 'offer'
          ? (await request(SetOfferOwnerDocument, { id: recordId, input })).updateOffer
          : (await request(SetContactOwnerDocument, { id: recordId, input: { ...input, deputyId: deputy || null } })).updateContact;
      setOutcome(outcomeOf(result, 'Ansvaret er gemt.'));
    } catch (error) {
      setOutcome({ ok: false, message: error instanceof Error ? error.message : String(error), fieldErrors: {} });
    }
  };
  return (
    <form noValidate onSubmit={submit} className="record-form ownership-form">
      {outcome && !outcome.ok ? (
        <ErrorSummary message={outcome.message} errors={errors} labels={LABELS} idPrefix={`${record}-ownership`} />
      ) : null}
      {outcome?.ok ? (
        <div className="alert alert-success" role="status">
          <p className="alert-heading">{outcome.message}</p>
        </div>
      ) : null}
      <fieldset>
        <legend className="h3">Ansvarlig og stedfortræder</legend>
        <SelectField
          id={`${record}-ownership-owner`}
          label={LABELS.owner}
          hint="Den ansvarlige får påmindelserne om at bekræfte oplysningerne."
          error={errors.owner}
          value={owner}
          onChange={setOwner}
          options={ownerOptions}
        />
        {record === 'contact' ? (
          <SelectField
            id={`${record}-ownership-deputyId`}
            label={LABELS.deputyId}
            hint="Den kontakt, man skal ringe til, når denne ikke kan træffes."
            error={errors.deputyId}
            value={deputy}
            onChange={setDeputy}
            options={deputyOptions}
          />
        ) : null}
      </fieldset>
      <button type="submit" className="button button-primary">
        Gem ansvaret
      </button>
    </form>
  );
}
