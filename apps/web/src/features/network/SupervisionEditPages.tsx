import { Link, useLocation, useParams } from 'wouter';
import type { UpdateSupervisionGroupInput } from '../../gql/graphql';
import { request } from '../../lib/graphql';
import { usePageTitle } from '../../lib/page-title';
import { useQuery } from '../../lib/use-query';
import type { Outcome } from '../records/edit/form-errors';
import { QueryResult } from '../records/parts/QueryResult';
import { NetworkGate } from './Gate';
import { groupDraftOf, groupOutcome, type GroupDraft, type GroupValues } from './supervision-draft';
import { SupervisionGroupForm } from './SupervisionGroupForm';
import { CreateSupervisionGroupDocument, SupervisionGroupAdminDocument, UpdateSupervisionGroupDocument } from './supervision.operations';

/** `/netvaerk/<id>/supervision/ny`: a new supervision group with its sessions through the year. */
export function NewSupervisionGroupPage() {
  const { id } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  usePageTitle('Opret en supervisionsgruppe');
  return (
    <NetworkGate networkId={id}>
      <h1>Opret en supervisionsgruppe</h1>
      <p>
        <Link href={`/netvaerk/${id}/supervision`}>Tilbage til supervisionsgrupperne</Link>
      </p>
      <SupervisionGroupForm
        initial={groupDraftOf()}
        submitLabel="Opret gruppen"
        onSubmit={async (values): Promise<Outcome> => {
          const { createSupervisionGroup: answer } = await request(CreateSupervisionGroupDocument, { input: { ...values, networkId: id } });
          const outcome = groupOutcome(answer, values, 'Gruppen er oprettet.');
          if (outcome.ok && answer.__typename === 'SupervisionGroup') navigate(`/supervisionsgrupper/${answer.id}`);
          return outcome;
        }}
      />
    </NetworkGate>
  );
}

/** `/supervisionsgrupper/<id>/ret`: change a group; a new schedule replaces the sessions to come that nobody attended. */
export function SupervisionGroupEditPage() {
  const { id } = useParams<{ id: string }>();
  const state = useQuery(SupervisionGroupAdminDocument, { id });
  usePageTitle('Ret supervisionsgruppen');
  return (
    <QueryResult state={state} select={(d) => d.supervisionGroup} what="Supervisionsgruppen">
      {(group) => {
        const initial = groupDraftOf(group);
        return (
          <NetworkGate networkId={group.network.id}>
            <h1>Ret “{group.name}”</h1>
            <p>
              <Link href={`/supervisionsgrupper/${group.id}`}>Tilbage til gruppen</Link>
            </p>
            <SupervisionGroupForm
              initial={initial}
              editing
              submitLabel="Gem gruppen"
              onSubmit={async (values, draft) => {
                const input = changesOf(values, draft, initial);
                return groupOutcome(
                  (await request(UpdateSupervisionGroupDocument, { id: group.id, input })).updateSupervisionGroup,
                  values,
                  'Gruppen er gemt.',
                );
              }}
            />
          </NetworkGate>
        );
      }}
    </QueryResult>
  );
}

/** The schedule goes only when one of its fields changed: an unchanged plan keeps every session as it is. */
function changesOf(values: GroupValues, draft: GroupDraft, initial: GroupDraft): UpdateSupervisionGroupInput {
  const schedule = (['firstSessionAt', 'sessionMinutes', 'frequency', 'recurrence', 'exceptions'] as const).some(
    (k) => draft[k] !== initial[k],
  );
  const { firstSessionAt, sessionMinutes, recurrence, exceptions, ...rest } = values;
  return {
    ...rest,
    status: draft.status === 'CLOSED' ? 'CLOSED' : 'OPEN',
    ...(schedule ? { firstSessionAt, sessionMinutes, recurrence, exceptions } : {}),
  };
}
