import { useState } from 'react';
import { Link, useLocation, useParams, useSearch } from 'wouter';
import type { VerificationQueueQuery } from '../../gql/graphql';
import { useSession } from '../../auth/session-store';
import { formatDate } from '../../lib/danish-time';
import { request } from '../../lib/graphql';
import { usePageTitle } from '../../lib/page-title';
import { useQuery } from '../../lib/use-query';
import { SignInHint } from '../records/parts/SignInHint';
import './upkeep.css';
import { VerificationQueueDocument, VerifyContactDocument, VerifyOfferDocument } from './upkeep.operations';
import { failureMessage } from '../../lib/mutation-failure';

type Item = VerificationQueueQuery['verificationQueue']['edges'][number]['node'];

const OWNER: Record<string, string> = { ACCOUNT: 'en person', ORGANISATION: 'organisationen', UNIT: 'enheden' };

/** Confirms one record as still correct; the Danish message of a refusal, or null. */
async function confirm(item: Item, verifiedBy: string): Promise<string | null> {
  const input = { id: item.id, verifiedBy };
  try {
    const result =
      item.recordType === 'CONTACT'
        ? (await request(VerifyContactDocument, { input })).verifyContact
        : (await request(VerifyOfferDocument, { input })).verifyOffer;
    return failureMessage(result);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function recordLink(item: Item): string {
  return `/${item.recordType === 'CONTACT' ? 'kontakter' : 'tilbud'}/${item.id}/ret`;
}

type Outcome = { done: string[]; failed: string[] };

const WINDOWS = [14, 30, 90, 365];

/** How far ahead the queue looks, from `?dage=` (14 by default, as in the digests). */
function useWindow(): [number, (days: number) => void] {
  const [path, navigate] = useLocation();
  const asked = Number(new URLSearchParams(useSearch()).get('dage'));
  const days = WINDOWS.includes(asked) ? asked : 14;
  return [days, (next) => navigate(next === 14 ? path : `${path}?dage=${next}`, { replace: true })];
}

function WindowField({ days, onChange }: { days: number; onChange: (days: number) => void }) {
  return (
    <div className="form-group">
      <label className="form-label" htmlFor="koe-dage">
        Vis oplysninger der skal bekræftes inden for
      </label>
      <select className="form-select" id="koe-dage" value={days} onChange={(e) => onChange(Number(e.target.value))}>
        {WINDOWS.map((d) => (
          <option key={d} value={d}>
            {d} dage
          </option>
        ))}
      </select>
    </div>
  );
}

function Queue({ organisationId, outcome, onDone }: { organisationId: string; outcome: Outcome | null; onDone: (o: Outcome) => void }) {
  const [withinDays, setWithinDays] = useWindow();
  const state = useQuery(VerificationQueueDocument, { organisationId, withinDays });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const organisation = state.status === 'done' ? state.data.organisation : null;
  usePageTitle(organisation ? `Bekræft oplysninger – ${organisation.name}` : 'Bekræft oplysninger');
  const heading = <h1>Oplysninger der skal bekræftes{organisation ? ` – ${organisation.name}` : ''}</h1>;
  if (state.status === 'loading')
    return (
      <>
        {heading}
        <p role="status">Henter køen …</p>
      </>
    );
  if (state.status === 'error')
    return (
      <>
        {heading}
        <div className="alert alert-error" role="alert">
          <p className="alert-text">{state.message}</p>
        </div>
      </>
    );
  const items = state.data.verificationQueue.edges.map((e) => e.node);
  const verifiedBy = state.data.me?.displayName ?? 'Redaktør';
  const run = async (chosen: Item[]) => {
    setBusy(true);
    const done: string[] = [];
    const failed: string[] = [];
    for (const item of chosen) {
      const refusal = await confirm(item, verifiedBy);
      if (refusal) failed.push(`${item.name}: ${refusal}`);
      else done.push(item.name);
    }
    // The page shows the queue anew: confirmed records have left it.
    onDone({ done, failed });
  };
  const toggle = (id: string) =>
    setSelected((now) => {
      const next = new Set(now);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <>
      {heading}
      <p className="font-lead">
        Kontakter og tilbud, der er forfaldne eller skal bekræftes inden for {withinDays} dage. Tjek oplysningerne, og tryk “Stadig
        korrekt”, eller ret dem.
      </p>
      <WindowField days={withinDays} onChange={setWithinDays} />
      <div aria-live="polite">
        {outcome && outcome.done.length > 0 && (
          <div className="alert alert-success" role="status">
            <p className="alert-text">
              {outcome.done.length === 1 ? '1 oplysning er bekræftet' : `${outcome.done.length} oplysninger er bekræftet`}:{' '}
              {outcome.done.join(', ')}.
            </p>
          </div>
        )}
        {outcome && outcome.failed.length > 0 && (
          <div className="alert alert-error" role="alert">
            <p className="alert-text">Kunne ikke bekræfte: {outcome.failed.join('; ')}</p>
          </div>
        )}
      </div>
      {items.length === 0 ? (
        <p>Der er intet at bekræfte lige nu.</p>
      ) : (
        <>
          <p>
            <button
              type="button"
              className="button button-primary"
              disabled={busy || selected.size === 0}
              onClick={() => void run(items.filter((i) => selected.has(i.id)))}
            >
              Bekræft valgte som stadig korrekte ({selected.size})
            </button>
          </p>
          <div className="table-scroll">
            <table className="table verification-queue">
              <caption>
                {state.data.verificationQueue.totalCount} {state.data.verificationQueue.totalCount === 1 ? 'oplysning' : 'oplysninger'} i
                køen
              </caption>
              <thead>
                <tr>
                  <th scope="col">Oplysning</th>
                  <th scope="col">Skal bekræftes</th>
                  <th scope="col">Handling</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.id}>
                    <th scope="row">
                      <div className="form-group-checkbox">
                        <input
                          type="checkbox"
                          className="form-checkbox"
                          id={`vaelg-${item.id}`}
                          checked={selected.has(item.id)}
                          onChange={() => toggle(item.id)}
                        />
                        <label className="form-label" htmlFor={`vaelg-${item.id}`}>
                          <span className="sr-only">Vælg {item.name}</span>
                        </label>
                      </div>
                      <Link href={recordLink(item)}>{item.name}</Link>
                      <br />
                      <span className="text-small">
                        {item.recordType === 'CONTACT' ? 'Kontakt' : 'Tilbud'}, ansvarlig: {OWNER[item.owner.kind] ?? item.owner.kind}
                      </span>
                    </th>
                    <td>
                      {formatDate(item.verificationDue)} {item.overdue && <span className="badge badge-warning">Forfalden</span>}{' '}
                      {item.escalatedAt && <span className="badge badge-error">Sendt videre</span>}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button-secondary"
                        disabled={busy}
                        aria-label={`Stadig korrekt: ${item.name}`}
                        onClick={() => void run([item])}
                      >
                        Stadig korrekt
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}

/** `/organisationer/<id>/bekraeft`: the organisation's verification queue, confirmed per record or for a selection. */
export function VerificationQueuePage() {
  const { id } = useParams<{ id: string }>();
  const { account, ready } = useSession();
  const [round, setRound] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  if (!ready) return <p role="status">Henter …</p>;
  if (!account)
    return (
      <>
        <h1>Oplysninger der skal bekræftes</h1>
        <SignInHint text="Køen vises for organisationens redaktører og nøglepersoner." />
      </>
    );
  return (
    <Queue
      key={round}
      organisationId={id}
      outcome={outcome}
      onDone={(o) => {
        setOutcome(o);
        setRound((n) => n + 1);
      }}
    />
  );
}
