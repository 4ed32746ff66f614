import { Link, useParams } from 'wouter';
import { usePageTitle } from '../../lib/page-title';
import { formatDateTime } from '../../lib/danish-time';
import { useQuery } from '../../lib/use-query';
import type { RecordHistoryQuery } from '../../gql/graphql';
import { useSession } from '../../auth/session-store';
import { SignInHint } from '../records/parts/SignInHint';
import { RecordHistoryDocument } from './upkeep.operations';
import './upkeep.css';

const ACTION: Record<string, string> = {
  CREATE: 'Oprettet',
  UPDATE: 'Rettet',
  DELETE: 'Slettet',
  VERIFY: 'Bekræftet som korrekt',
  ERASE: 'Personoplysninger slettet',
};

const FIELD: Record<string, string> = {
  name: 'Navn',
  roleTitle: 'Stilling',
  description: 'Beskrivelse',
  helpText: 'Hjælpetekst',
  ageMin: 'Alder fra',
  ageMax: 'Alder til',
  waitingTime: 'Ventetid',
  cost: 'Pris',
  address: 'Adresse',
  channels: 'Kanaler',
  openingHours: 'Åbningstider',
  situations: 'Situationer',
  lastVerifiedAt: 'Sidst bekræftet',
  lastVerifiedBy: 'Bekræftet af',
  verificationDue: 'Skal bekræftes senest',
  ownerAccountId: 'Ansvarlig',
  deputyContactId: 'Stedfortræder',
  leftAt: 'Fratrådt',
};

type Event = RecordHistoryQuery['history'][number];

/** A field's value as the audit stored it (JSON text), in words a person reads. */
function shown(value: string | null): string {
  if (value === null) return '(tom)';
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed === 'string') return /^\d{4}-\d\d-\d\dT/.test(parsed) ? formatDateTime(parsed) : parsed;
    if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'object' && item && 'value' in item))
      return parsed
        .map((item: { value: unknown; label?: unknown }) => `${String(item.value)}${item.label ? ` (${String(item.label)})` : ''}`)
        .join(', ');
    return JSON.stringify(parsed);
  } catch {
    return value;
  }
}

function HistoryEvent({ event }: { event: Event }) {
  const who = event.accountName ?? (event.accountId ? 'en slettet konto' : 'Vejviser (via link i en mail eller automatisk)');
  return (
    <li className="history-event">
      <h2 className="h4">
        {ACTION[event.action] ?? event.action} {formatDateTime(event.occurredAt)}
      </h2>
      <p>Af {who}</p>
      {event.changes.length > 0 && (
        <div className="table-scroll">
          <table className="table table--compact">
            <caption className="sr-only">Ændrede felter</caption>
            <thead>
              <tr>
                <th scope="col">Felt</th>
                <th scope="col">Før</th>
                <th scope="col">Efter</th>
              </tr>
            </thead>
            <tbody>
              {event.changes.map((c) => (
                <tr key={c.field}>
                  <th scope="row">{FIELD[c.field] ?? c.field}</th>
                  <td>{shown(c.before)}</td>
                  <td>{shown(c.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </li>
  );
}

function History({ kind, id }: { kind: 'contact' | 'offer'; id: string }) {
  const state = useQuery(RecordHistoryDocument, { id, isContact: kind === 'contact' });
  const record = state.status === 'done' ? (kind === 'contact' ? state.data.contact : state.data.offer) : null;
  usePageTitle(record ? `Historik for ${record.name}` : 'Historik');
  const back = `/${kind === 'contact' ? 'kontakter' : 'tilbud'}/${id}`;
  return (
    <>
      <h1>Historik{record ? ` for ${record.name}` : ''}</h1>
      <p>
        <Link href={back}>Tilbage til oplysningerne</Link>
      </p>
      {state.status === 'loading' && <p role="status">Henter historikken …</p>}
      {state.status === 'error' && (
        <div className="alert alert-error" role="alert">
          <p className="alert-text">{state.message}</p>
        </div>
      )}
      {state.status === 'done' &&
        (state.data.history.length === 0 ? (
          <p>Der er ingen ændringer at vise.</p>
        ) : (
          <ol className="unstyled-list history-list">
            {state.data.history.map((event) => (
              <HistoryEvent key={event.id} event={event} />
            ))}
          </ol>
        ))}
    </>
  );
}

function HistoryGate({ kind }: { kind: 'contact' | 'offer' }) {
  const { id } = useParams<{ id: string }>();
  const { account, ready } = useSession();
  if (!ready) return <p role="status">Henter …</p>;
  if (!account) {
    return (
      <>
        <h1>Historik</h1>
        <SignInHint text="Historikken vises for postens redaktører og administratorer." />
      </>
    );
  }
  return <History kind={kind} id={id} />;
}

/** `/kontakter/<id>/historik`: who changed the contact, when, and each field before and after. */
export function ContactHistoryPage() {
  return <HistoryGate kind="contact" />;
}

/** `/tilbud/<id>/historik`. */
export function OfferHistoryPage() {
  return <HistoryGate kind="offer" />;
}
