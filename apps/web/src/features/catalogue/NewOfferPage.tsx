import { Link, useLocation, useSearch } from 'wouter';
import type { AccessRoute } from '../../gql/graphql';
import { request } from '../../lib/graphql';
import { usePageTitle } from '../../lib/page-title';
import { useQuery } from '../../lib/use-query';
import { outcomeOf } from '../records/edit/form-errors';
import { RecordFieldsForm } from '../records/edit/RecordFieldsForm';
import { CatalogueGate } from './CatalogueGate';
import { CreateOfferDocument, OrganisationEditDocument } from './catalogue.operations';
import { editsUnitPath, type CatalogueRights } from './catalogue-rights';
import { newOfferFields } from './fields';

/**
 * `/tilbud/ny?organisation=<id>&enhed=<unit id>`: a new offer in the organisation (in a unit, or the organisation as
 * a whole); once created, its edit form opens for channels, opening hours and owner.
 */
export function NewOfferPage() {
  usePageTitle('Nyt tilbud');
  const params = new URLSearchParams(useSearch());
  const organisationId = params.get('organisation') ?? '';
  const unitId = params.get('enhed');
  const [, navigate] = useLocation();
  const state = useQuery(OrganisationEditDocument, { id: organisationId }, { skip: !organisationId });
  const units = state.status === 'done' ? state.data.units.edges.map((e): [string, string] => [e.node.id, e.node.name]) : null;
  const allowed = (r: CatalogueRights) =>
    editsUnitPath(
      r,
      organisationId,
      r.units.map((u) => u.unitId),
    );
  return (
    <CatalogueGate allowed={allowed}>
      <h1>Nyt tilbud</h1>
      {!organisationId ? <p>Linket mangler organisationen. Start fra siden Ret kataloget.</p> : null}
      {organisationId && units ? (
        <>
          <p>
            Tilbud i <Link href={`/organisationer/${organisationId}`}>{state.status === 'done' ? state.data.organisation?.name : ''}</Link>.
            Bagefter kan du tilføje telefon, mail, åbningstider og ansvarlig.
          </p>
          <RecordFieldsForm
            idPrefix="offer"
            legend="Det nye tilbud"
            fields={newOfferFields(units)}
            initial={{ unitId, accessRoute: 'SELF_REFERRAL' }}
            submitLabel="Opret tilbuddet"
            onSubmit={async (values) => {
              const input = {
                ...values,
                name: String(values.name ?? ''),
                organisationId,
                unitId: (values.unitId as string | null) ?? null,
                accessRoute: (values.accessRoute as AccessRoute | null) ?? null,
              };
              const result = (await request(CreateOfferDocument, { input })).createOffer;
              if (result.__typename === 'Offer') navigate(`/tilbud/${result.id}/ret`);
              return outcomeOf(result, 'Tilbuddet er oprettet.');
            }}
          />
        </>
      ) : null}
    </CatalogueGate>
  );
}
