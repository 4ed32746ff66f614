import { useState } from 'react';
import type { Role } from '../../gql/graphql';
import { request } from '../../lib/graphql';
import { useQuery } from '../../lib/use-query';
import { ErrorSummary, outcomeOf, type Outcome } from '../records/edit/form-errors';
import { GrantRoleDocument, AdminOrganisationUnitsDocument, ScopeNamesDocument } from './admin.operations';
import { ROLE_LABELS } from './labels';
import { OrganisationPicker } from './OrganisationPicker';
import { SelectField } from '../../lib/SelectField';

const LABELS = { role: 'Rolle', organisationId: 'Organisation', unitId: 'Enhed', networkId: 'Netværk' };
const EMPTY = { role: '', organisationId: '', unitId: '', networkId: '' };

/** Gives the account a role: administrator everywhere, editor or key person of an organisation (or unit), coordinator of a network. */
export function GrantRoleForm({ accountId, onGranted }: { accountId: string; onGranted: () => void }) {
  const [values, setValues] = useState(EMPTY);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const errors = outcome && !outcome.ok ? outcome.fieldErrors : {};
  const set = (field: keyof typeof values) => (value: string) =>
    setValues({ ...values, [field]: value, ...(field === 'organisationId' ? { unitId: '' } : {}) });
  const networks = useQuery(ScopeNamesDocument, { organisations: null });
  const units = useQuery(AdminOrganisationUnitsDocument, { organisationId: values.organisationId }, { skip: !values.organisationId });
  return (
    <form
      noValidate
      aria-labelledby="grant-heading"
      onSubmit={async (event) => {
        event.preventDefault();
        const input = {
          accountId,
          role: (values.role || null) as Role | null,
          organisationId: values.organisationId || null,
          unitId: values.unitId || null,
          networkId: values.networkId || null,
        };
        const { grantRole } = await request(GrantRoleDocument, { input });
        const result = outcomeOf(grantRole, 'Rollen er givet.');
        setOutcome(result);
        if (result.ok) {
          setValues(EMPTY);
          onGranted();
        }
      }}
    >
      <h2 id="grant-heading">Giv en rolle</h2>
      {outcome && !outcome.ok && <ErrorSummary message={outcome.message} errors={errors} labels={LABELS} idPrefix="grant" />}
      {outcome?.ok && (
        <div className="alert alert-success" role="status">
          <p className="alert-text">{outcome.message}</p>
        </div>
      )}
      <SelectField
        id="grant-role"
        label={LABELS.role}
        empty="Vælg en rolle"
        options={Object.entries(ROLE_LABELS)}
        value={values.role}
        error={errors.role}
        onChange={set('role')}
      />
      <OrganisationPicker
        id="grant-organisationId"
        value={values.organisationId}
        onChange={set('organisationId')}
        error={errors.organisationId}
      />
      <SelectField
        id="grant-unitId"
        label={LABELS.unitId}
        hint="Kun for en redaktør, der skal rette én enhed."
        empty="Hele organisationen"
        options={
          units.status === 'done' && values.organisationId ? units.data.units.edges.map((e) => [e.node.id, e.node.name] as const) : []
        }
        value={values.unitId}
        error={errors.unitId}
        onChange={set('unitId')}
      />
      <SelectField
        id="grant-networkId"
        label={LABELS.networkId}
        hint="Kun for en netværkskoordinator."
        empty="Intet netværk"
        options={networks.status === 'done' ? networks.data.networks.edges.map((e) => [e.node.id, e.node.name] as const) : []}
        value={values.networkId}
        error={errors.networkId}
        onChange={set('networkId')}
      />
      <button type="submit" className="button button-primary">
        Giv rollen
      </button>
    </form>
  );
}
