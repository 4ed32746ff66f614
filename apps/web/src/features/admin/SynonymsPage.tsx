import { useState } from 'react';
import { request } from '../../lib/graphql';
import { usePageTitle } from '../../lib/page-title';
import { useQuery } from '../../lib/use-query';
import { ErrorSummary, outcomeOf, type Outcome } from '../records/edit/form-errors';
import { AdminGate } from './AdminGate';
import { CreateSynonymGroupDocument, DeleteSynonymGroupDocument, SynonymGroupsDocument } from './admin-lists.operations';
import { isFailure } from '../../lib/mutation-failure';

/** `/administration/synonymer`: the groups of words search treats as the same; add and remove. */
export function SynonymsPage() {
  usePageTitle('Synonymer');
  const [version, setVersion] = useState(0);
  return (
    <AdminGate>
      <h1>Synonymer</h1>
      <p>
        En søgning på ét ord i en gruppe finder også de andre, fx “BUP” og “børne- og ungdomspsykiatri”. Ændringer gælder med det samme.
      </p>
      <AddGroup onAdded={() => setVersion(version + 1)} />
      <GroupList key={version} onChanged={() => setVersion(version + 1)} />
    </AdminGate>
  );
}

function AddGroup({ onAdded }: { onAdded: () => void }) {
  const [terms, setTerms] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const errors = outcome && !outcome.ok ? outcome.fieldErrors : {};
  return (
    <form
      noValidate
      aria-labelledby="add-synonyms"
      onSubmit={async (event) => {
        event.preventDefault();
        const list = terms
          .split(/[,\n]/)
          .map((t) => t.trim())
          .filter(Boolean);
        const { createSynonymGroup } = await request(CreateSynonymGroupDocument, { input: { terms: list } });
        const result = outcomeOf(createSynonymGroup, 'Gruppen er tilføjet.');
        setOutcome(result);
        if (result.ok) {
          setTerms('');
          onAdded();
        }
      }}
    >
      <h2 id="add-synonyms">Tilføj en gruppe</h2>
      {outcome && !outcome.ok && <ErrorSummary message={outcome.message} errors={errors} labels={{ terms: 'Ord' }} idPrefix="synonym" />}
      {outcome?.ok && (
        <div className="alert alert-success" role="status">
          <p className="alert-text">{outcome.message}</p>
        </div>
      )}
      <div className={`form-group${errors.terms ? ' form-error' : ''}`}>
        <label className="form-label" htmlFor="synonym-terms">
          Ord
        </label>
        <span className="form-hint" id="synonym-terms-hint">
          2–20 ord eller udtryk, adskilt med komma eller linjeskift.
        </span>
        {errors.terms && (
          <span className="form-error-message" id="synonym-terms-error">
            <span className="sr-only">Fejl: </span>
            {errors.terms}
          </span>
        )}
        <textarea
          id="synonym-terms"
          className="form-input"
          rows={3}
          value={terms}
          aria-invalid={errors.terms ? true : undefined}
          aria-describedby={`synonym-terms-hint${errors.terms ? ' synonym-terms-error' : ''}`}
          onChange={(e) => setTerms(e.target.value)}
        />
      </div>
      <button type="submit" className="button button-primary">
        Tilføj gruppen
      </button>
    </form>
  );
}

function GroupList({ onChanged }: { onChanged: () => void }) {
  const state = useQuery(SynonymGroupsDocument, {});
  const [answer, setAnswer] = useState<string | null>(null);
  if (state.status === 'loading') return <p role="status">Henter synonymer …</p>;
  if (state.status === 'error') return <p role="alert">{state.message}</p>;
  return (
    <section aria-labelledby="synonym-groups">
      <h2 id="synonym-groups">Grupper ({state.data.synonymGroups.length})</h2>
      {answer && (
        <div className="alert alert-error" role="alert">
          <p className="alert-text">{answer}</p>
        </div>
      )}
      <ul className="nobullet-list admin-synonyms">
        {state.data.synonymGroups.map((group) => (
          <li key={group.id}>
            {group.terms.join(' · ')}{' '}
            <button
              type="button"
              className="button button-secondary"
              aria-label={`Fjern gruppen ${group.terms.join(', ')}`}
              onClick={async () => {
                const { deleteSynonymGroup } = await request(DeleteSynonymGroupDocument, { id: group.id });
                if (isFailure(deleteSynonymGroup)) setAnswer(deleteSynonymGroup.message);
                else onChanged();
              }}
            >
              Fjern
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
