import { useState } from 'react';
import type { AccountAdminQuery } from '../../gql/graphql';
import { request } from '../../lib/graphql';
import { useQuery } from '../../lib/use-query';
import { GrantScopeNameDocument, RevokeRoleDocument } from './admin.operations';
import { ROLE_LABELS } from './labels';
import { isFailure } from '../../lib/mutation-failure';

type Grant = NonNullable<AccountAdminQuery['account']>['grants'][number];

/** The account's roles, each with where it applies and a button that takes it away. */
export function GrantList({ grants, onChanged }: { grants: Grant[]; onChanged: () => void }) {
  const [answer, setAnswer] = useState<string | null>(null);
  if (!grants.length) return <p>Ingen roller ud over fagperson.</p>;
  return (
    <>
      {answer && (
        <div className="alert alert-error" role="alert">
          <p className="alert-text">{answer}</p>
        </div>
      )}
      <ul className="nobullet-list admin-grants">
        {grants.map((g) => (
          <li key={g.id}>
            <strong>{ROLE_LABELS[g.role]}</strong> <ScopeName grant={g} />{' '}
            <button
              type="button"
              className="button button-secondary"
              aria-label={`Fjern rollen ${ROLE_LABELS[g.role]}`}
              onClick={async () => {
                const { revokeRole } = await request(RevokeRoleDocument, { id: g.id });
                if (isFailure(revokeRole)) setAnswer(revokeRole.message);
                else onChanged();
              }}
            >
              Fjern
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

function ScopeName({ grant }: { grant: Grant }) {
  const none = '00000000-0000-0000-0000-000000000000';
  const state = useQuery(GrantScopeNameDocument, {
    organisationId: grant.organisationId ?? none,
    unitId: grant.unitId ?? none,
    networkId: grant.networkId ?? none,
    hasOrganisation: Boolean(grant.organisationId),
    hasUnit: Boolean(grant.unitId),
    hasNetwork: Boolean(grant.networkId),
  });
  if (!grant.organisationId && !grant.networkId) return <span>overalt</span>;
  if (state.status !== 'done') return <span>…</span>;
  const { organisation, unit, network } = state.data;
  const parts = [organisation?.name, unit ? `enheden ${unit.name}` : null, network ? `netværket ${network.name}` : null].filter(Boolean);
  return <span>for {parts.join(', ') || 'et sted, der ikke findes mere'}</span>;
}
