import { Link, useLocation, useParams } from 'wouter';
import { request } from '../../lib/graphql';
import { usePageTitle } from '../../lib/page-title';
import { useQuery } from '../../lib/use-query';
import { DeleteSection } from '../records/edit/delete/DeleteSection';
import { DeleteOrganisationDocument } from '../records/edit/delete/delete.operations';
import { outcomeOf } from '../records/edit/form-errors';
import { RecordFieldsForm, type FieldValues } from '../records/edit/RecordFieldsForm';
import { CatalogueGate } from './CatalogueGate';
import { CreateOrganisationDocument, OrganisationEditDocument, UpdateOrganisationDocument } from './catalogue.operations';
import { editsOrganisation, useCatalogueRights } from './catalogue-rights';
import { ORGANISATION_FIELDS } from './fields';

type Sector = 'MUNICIPAL' | 'REGIONAL' | 'STATE' | 'CIVIL_SOCIETY' | 'PRIVATE';

/** The form's values as the API's input (a sector left unchosen goes as null, for the server to name). */
const organisationInput = (v: FieldValues) => ({
  ...v,
  name: String(v.name ?? ''),
  sector: (v.sector as Sector | null) ?? null,
  verificationIntervalDays: typeof v.verificationIntervalDays === 'number' ? v.verificationIntervalDays : null,
});

/** `/organisationer/ny` (administrators). */
export function NewOrganisationPage() {
  usePageTitle('Ny organisation');
  const [, navigate] = useLocation();
  return (
    <CatalogueGate allowed={(r) => r.admin}>
      <h1>Ny organisation</h1>
      <RecordFieldsForm
        idPrefix="organisation"
        legend="Organisationens oplysninger"
        fields={ORGANISATION_FIELDS}
        initial={{}}
        submitLabel="Opret organisationen"
        onSubmit={async (values) => {
          const result = (await request(CreateOrganisationDocument, { input: organisationInput(values) })).createOrganisation;
          if (result.__typename === 'Organisation') navigate(`/organisationer/${result.id}/ret`);
          return outcomeOf(result, 'Organisationen er oprettet.');
        }}
      />
    </CatalogueGate>
  );
}

function OrganisationEditor({ id }: { id: string }) {
  const state = useQuery(OrganisationEditDocument, { id });
  const rights = useCatalogueRights();
  if (state.status === 'loading') return <p role="status">Henter organisationen …</p>;
  if (state.status === 'error') return <p className="alert alert-error">{state.message}</p>;
  const { organisation } = state.data;
  if (!organisation) return <h1>Organisationen findes ikke</h1>;
  const initial = { ...organisation, municipalityCode: organisation.municipality?.code, region: organisation.region?.key };
  return (
    <>
      <h1>{organisation.name}</h1>
      <p>
        <Link href={`/organisationer/${id}`}>Se organisationens side</Link> ·{' '}
        <Link href={`/enheder/ny?organisation=${id}`}>Opret en enhed</Link> ·{' '}
        <Link href={`/kontakter/ny?organisation=${id}`}>Opret en kontakt</Link> ·{' '}
        <Link href={`/tilbud/ny?organisation=${id}`}>Opret et tilbud</Link>
      </p>
      <RecordFieldsForm
        idPrefix="organisation"
        legend="Organisationens oplysninger"
        fields={ORGANISATION_FIELDS}
        initial={initial}
        submitLabel="Gem organisationen"
        onSubmit={async (values) =>
          outcomeOf(
            (await request(UpdateOrganisationDocument, { id, input: organisationInput(values) })).updateOrganisation,
            'Organisationen er gemt.',
          )
        }
      />
      {rights !== 'loading' && rights?.admin ? (
        <DeleteSection
          what="organisationen"
          recordId={id}
          alsoGoes={['Rollerne i organisationen (redaktører og nøglepersoner mister dem) og dens bekræftelsesrunder']}
          onDelete={async () => (await request(DeleteOrganisationDocument, { id })).deleteOrganisation}
          after="/redigering"
        />
      ) : null}
    </>
  );
}

/** `/organisationer/<id>/ret` (its editors and administrators). */
export function OrganisationEditPage() {
  usePageTitle('Ret organisation');
  const { id } = useParams<{ id: string }>();
  return (
    <CatalogueGate allowed={(r) => editsOrganisation(r, id)}>
      <OrganisationEditor id={id} />
    </CatalogueGate>
  );
}
