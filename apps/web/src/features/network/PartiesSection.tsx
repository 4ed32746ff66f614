import { useState } from 'react';
import type { PartyKind, Sector } from '../../gql/graphql';
import { formatDate } from '../../lib/danish-time';
import { request } from '../../lib/graphql';
import { useQuery } from '../../lib/use-query';
import { outcomeOf, type FieldErrors } from '../records/edit/form-errors';
import { NoticeLine, useDraftForm, type Notice } from './form-kit';
import { AddNetworkPartyDocument, PartyCandidatesDocument, RemoveNetworkPartyDocument } from './network.operations';
import type { AdminNetwork } from './NetworkPage';
import { failureMessage } from '../../lib/mutation-failure';

const KINDS: Record<PartyKind, { label: string; sector: Sector }> = {
  MUNICIPALITY: { label: 'Kommune', sector: 'MUNICIPAL' },
  REGIONAL_UNIT: { label: 'Regional enhed', sector: 'REGIONAL' },
  VOLUNTEER_ORGANISATION: { label: 'Frivillig organisation', sector: 'CIVIL_SOCIETY' },
};

/** The network's parties (municipalities, regional units, volunteer organisations): remove one, add one. */
export function PartiesSection({ network, reload }: { network: AdminNetwork; reload: () => void }) {
  const [notice, setNotice] = useState<Notice>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const remove = async (party: { id: string; name: string }) => {
    setConfirming(null);
    const { removeNetworkParty } = await request(RemoveNetworkPartyDocument, { partyId: party.id });
    const failed = failureMessage(removeNetworkParty);
    setNotice(failed ? { ok: false, text: failed } : { ok: true, text: `${party.name} er ikke længere part i netværket.` });
    if (!failed) reload();
  };
  return (
    <section aria-labelledby="parties" className="network-section">
      <h2 id="parties">Parter ({network.parties.length})</h2>
      <NoticeLine notice={notice} />
      <div className="table--responsive-scroll">
        <table className="table table--compact party-table">
          <caption className="sr-only">Netværkets parter</caption>
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col">Slags</th>
              <th scope="col">Med siden</th>
              <th scope="col">Medlemmer</th>
              <th scope="col">Fjern</th>
            </tr>
          </thead>
          <tbody>
            {network.parties.map((p) => (
              <tr key={p.id}>
                <td>{p.name}</td>
                <td>{KINDS[p.kind].label}</td>
                <td>{formatDate(p.joinedOn)}</td>
                <td>{p.memberCount}</td>
                <td>
                  {confirming === p.id ? (
                    <>
                      <button type="button" className="button button-warning" onClick={() => void remove(p)}>
                        Ja, fjern {p.name}
                      </button>{' '}
                      <button type="button" className="button button-secondary" onClick={() => setConfirming(null)}>
                        Fortryd
                      </button>
                    </>
                  ) : (
                    <button type="button" className="button button-secondary" onClick={() => setConfirming(p.id)}>
                      Fjern<span className="sr-only"> {p.name}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <AddPartyForm networkId={network.id} onAdded={reload} />
    </section>
  );
}

type Field = 'kind' | 'organisationId' | 'unitId';
const LABELS: Record<Field, string> = { kind: 'Slags part', organisationId: 'Organisation', unitId: 'Enhed i regionen' };

function AddPartyForm({ networkId, onAdded }: { networkId: string; onAdded: () => void }) {
  const form = useDraftForm<Field>({ kind: 'MUNICIPALITY', organisationId: '', unitId: '' }, LABELS, 'party');
  const kind = form.draft.kind as PartyKind;
  const candidates = useQuery(PartyCandidatesDocument, { sector: KINDS[kind].sector });
  const organisations = candidates.status === 'done' ? candidates.data.organisations.edges.map((e) => e.node) : [];
  const chosen = organisations.find((o) => o.id === form.draft.organisationId);
  const local = (): FieldErrors => {
    const found: FieldErrors = {};
    if (!form.draft.organisationId) found.organisationId = 'Vælg en organisation.';
    if (kind === 'REGIONAL_UNIT' && !form.draft.unitId) found.unitId = 'Vælg enheden i regionen.';
    return found;
  };
  const send = async () => {
    if (Object.keys(local()).length) return { ok: false as const, message: 'Ret de markerede felter.', fieldErrors: {} };
    const input = { networkId, organisationId: form.draft.organisationId, unitId: form.draft.unitId || null };
    const outcome = outcomeOf((await request(AddNetworkPartyDocument, { input })).addNetworkParty, 'Parten er tilføjet.');
    if (outcome.ok) onAdded();
    return outcome;
  };
  const pick = (name: Field) => (value: string) =>
    form.setDraft((d) => ({
      ...d,
      [name]: value,
      ...(name === 'unitId' ? {} : { unitId: '' }),
      ...(name === 'kind' ? { organisationId: '' } : {}),
    }));
  return (
    <form noValidate onSubmit={form.submit(send, local)} className="record-form" aria-labelledby="add-party">
      <h3 id="add-party">Tilføj en part</h3>
      {form.banner}
      {form.choice(
        'kind',
        Object.entries(KINDS).map(([value, k]): [string, string] => [value, k.label]),
        pick('kind'),
      )}
      {form.choice(
        'organisationId',
        [
          ['', candidates.status === 'loading' ? 'Henter …' : 'Vælg organisation'],
          ...organisations.map((o): [string, string] => [o.id, o.name]),
        ],
        pick('organisationId'),
      )}
      {kind === 'REGIONAL_UNIT' &&
        form.choice('unitId', [['', 'Vælg enhed'], ...(chosen?.units ?? []).map((u): [string, string] => [u.id, u.name])], pick('unitId'))}
      <button type="submit" className="button button-primary" disabled={form.busy}>
        Tilføj parten
      </button>
    </form>
  );
}
