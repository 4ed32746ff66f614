import { useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { request } from '../../lib/graphql';
import { usePageTitle } from '../../lib/page-title';
import { useQuery } from '../../lib/use-query';
import { outcomeOf, type Outcome } from '../records/edit/form-errors';
import { QueryResult } from '../records/parts/QueryResult';
import { CoordinatorGate } from './Gate';
import { coordinatesNetwork, useCoordinates } from './rights';
import { draftOf, ThemeDayForm } from './ThemeDayForm';
import {
  CancelThemeDayDocument,
  CoordinatedNetworksDocument,
  CreateThemeDayDocument,
  ThemeDayAdminDocument,
  UpdateThemeDayDocument,
} from './theme-days.operations';

/** `/temadage/ny`: plan a theme day in one of the networks the account runs. */
export function NewThemeDayPage() {
  usePageTitle('Planlæg en temadag');
  return (
    <CoordinatorGate>
      <h1>Planlæg en temadag</h1>
      <NewThemeDayForm />
    </CoordinatorGate>
  );
}

function NewThemeDayForm() {
  const rights = useCoordinates();
  const [, navigate] = useLocation();
  const state = useQuery(CoordinatedNetworksDocument, {});
  if (state.status !== 'done') return <p role="status">Henter netværkene …</p>;
  const networks = state.data.networks.edges.map((e) => e.node).filter((n) => coordinatesNetwork(rights, n.id));
  const initial = { ...draftOf(), networkId: networks.length === 1 ? networks[0].id : '' };
  return (
    <ThemeDayForm
      initial={initial}
      networks={networks}
      submitLabel="Opret temadagen"
      onSubmit={async (values, networkId): Promise<Outcome> => {
        const { createThemeDay } = await request(CreateThemeDayDocument, { input: { ...values, networkId } });
        const outcome = outcomeOf(createThemeDay, 'Temadagen er oprettet.');
        if (outcome.ok && createThemeDay.__typename === 'ThemeDay') navigate(`/temadage/${createThemeDay.id}/tilmeldte`);
        return outcome;
      }}
    />
  );
}

/** `/temadage/<id>/ret`: change or cancel a theme day. */
export function ThemeDayEditPage() {
  const { id } = useParams<{ id: string }>();
  const state = useQuery(ThemeDayAdminDocument, { id });
  usePageTitle('Ret temadagen');
  return (
    <QueryResult state={state} select={(d) => d.themeDay} what="Temadagen">
      {(day) => (
        <CoordinatorGate networkId={day.network.id}>
          <h1>Ret “{day.title}”</h1>
          <p>
            <Link href={`/temadage/${day.id}/tilmeldte`}>Tilbage til tilmeldingerne</Link>
          </p>
          {day.status === 'CANCELLED' ? (
            <div className="alert alert-warning" role="note">
              <p className="alert-text">Temadagen er aflyst og kan ikke ændres.</p>
            </div>
          ) : (
            <>
              <ThemeDayForm
                initial={draftOf(day)}
                submitLabel="Gem temadagen"
                onSubmit={async (values) =>
                  outcomeOf((await request(UpdateThemeDayDocument, { id: day.id, input: values })).updateThemeDay, 'Temadagen er gemt.')
                }
              />
              <CancelDay id={day.id} />
            </>
          )}
        </CoordinatorGate>
      )}
    </QueryResult>
  );
}

function CancelDay({ id }: { id: string }) {
  const [reason, setReason] = useState('');
  const [sure, setSure] = useState(false);
  const [answer, setAnswer] = useState<{ ok: boolean; text: string } | null>(null);
  const [, navigate] = useLocation();
  const cancel = async () => {
    const { cancelThemeDay } = await request(CancelThemeDayDocument, { id, reason: reason.trim() || null });
    if (cancelThemeDay.__typename === 'ThemeDay') navigate(`/temadage/${id}/tilmeldte`);
    else setAnswer({ ok: false, text: cancelThemeDay.message });
  };
  return (
    <section aria-labelledby="cancel-day" className="cancel-day">
      <h2 id="cancel-day">Aflys temadagen</h2>
      <p>Alle tilmeldte og alle på ventelisten får besked med en aflysning til deres kalender.</p>
      <div className="form-group">
        <label className="form-label" htmlFor="cancel-reason">
          Begrundelse (sendes med beskeden)
        </label>
        <textarea id="cancel-reason" className="form-input" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      {sure ? (
        <p>
          <button type="button" className="button button-warning" onClick={() => void cancel()}>
            Ja, aflys temadagen
          </button>{' '}
          <button type="button" className="button button-secondary" onClick={() => setSure(false)}>
            Fortryd
          </button>
        </p>
      ) : (
        <button type="button" className="button button-secondary" onClick={() => setSure(true)}>
          Aflys temadagen …
        </button>
      )}
      {answer && (
        <div className="alert alert-error" role="alert">
          <p className="alert-text">{answer.text}</p>
        </div>
      )}
    </section>
  );
}
