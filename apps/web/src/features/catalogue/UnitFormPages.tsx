import { Link, useLocation, useParams, useSearch } from 'wouter';
import type { UnitEditQuery, UnitKind } from '../../gql/graphql';
import { request } from '../../lib/graphql';
import { usePageTitle } from '../../lib/page-title';
import { useQuery } from '../../lib/use-query';
import { DeleteSection } from '../records/edit/delete/DeleteSection';
import { DeleteUnitDocument } from '../records/edit/delete/delete.operations';
import { outcomeOf } from '../records/edit/form-errors';
import { RecordFieldsForm, type FieldValues } from '../records/edit/RecordFieldsForm';
import { CatalogueGate } from './CatalogueGate';
import { CreateUnitDocument, OrganisationEditDocument, UnitEditDocument, UpdateUnitDocument } from './catalogue.operations';
import { editsUnitPath, type CatalogueRights } from './catalogue-rights';
import { unitFields } from './fields';

const unitInput = (v: FieldValues) => ({
  ...v,
  name: String(v.name ?? ''),
  kind: (v.kind as UnitKind | null) ?? null,
  parentId: (v.parentId as string | null) ?? null,
});

/** Where a unit can sit: the organisation's units, but never itself. */
function useUnitChoices(organisationId: string, except?: string): [string, string][] | null {
  const state = useQuery(OrganisationEditDocument, { id: organisationId });
  if (state.status !== 'done') return null;
  return state.data.units.edges.filter((e) => e.node.id !== except).map((e): [string, string] => [e.node.id, e.node.name]);
}

/** `/enheder/ny?organisation=<id>&overordnet=<unit id>`: a unit in the organisation, under a unit or at the top. */
export function NewUnitPage() {
  usePageTitle('Ny enhed');
  const params = new URLSearchParams(useSearch());
  const organisationId = params.get('organisation') ?? '';
  const parentId = params.get('overordnet');
  const [, navigate] = useLocation();
  const units = useUnitChoices(organisationId);
  const allowed = (r: CatalogueRights) =>
    editsUnitPath(
      r,
      organisationId,
      r.units.map((u) => u.unitId),
    );
  return (
    <CatalogueGate allowed={allowed}>
      <h1>Ny enhed</h1>
      {!organisationId ? <p>Linket mangler organisationen. Start fra siden Ret kataloget.</p> : null}
      {organisationId && units ? (
        <RecordFieldsForm
          idPrefix="unit"
          legend="Enhedens oplysninger"
          fields={unitFields(units)}
          initial={{ kind: 'TEAM', parentId }}
          submitLabel="Opret enheden"
          onSubmit={async (values) => {
            const result = (await request(CreateUnitDocument, { input: { ...unitInput(values), organisationId } })).createUnit;
            if (result.__typename === 'Unit') navigate(`/enheder/${result.id}/ret`);
            return outcomeOf(result, 'Enheden er oprettet.');
          }}
        />
      ) : null}
    </CatalogueGate>
  );
}

type Unit = NonNullable<UnitEditQuery['unit']>;

/** The unit and the units above it (as far as the query reaches). */
function unitPath(unit: Unit): string[] {
  const ids = [unit.id];
  for (let u: { id: string; parent?: unknown } | null | undefined = unit.parent; u; u = u.parent as typeof u) ids.push(u.id);
  return ids;
}

function UnitEditor({ unit }: { unit: Unit }) {
  const units = useUnitChoices(unit.organisation.id, unit.id);
  return (
    <>
      <h1>{unit.name}</h1>
      <p>
        Enhed i <Link href={`/organisationer/${unit.organisation.id}`}>{unit.organisation.name}</Link> ·{' '}
        <Link href={`/enheder/ny?organisation=${unit.organisation.id}&overordnet=${unit.id}`}>Opret en underenhed</Link> ·{' '}
        <Link href={`/tilbud/ny?organisation=${unit.organisation.id}&enhed=${unit.id}`}>Opret et tilbud i enheden</Link>
      </p>
      {units ? (
        <RecordFieldsForm
          idPrefix="unit"
          legend="Enhedens oplysninger"
          fields={unitFields(units)}
          initial={{ ...unit, parentId: unit.parent?.id }}
          submitLabel="Gem enheden"
          onSubmit={async (values) =>
            outcomeOf((await request(UpdateUnitDocument, { id: unit.id, input: unitInput(values) })).updateUnit, 'Enheden er gemt.')
          }
        />
      ) : null}
      <DeleteSection
        what="enheden"
        recordId={unit.id}
        alsoGoes={['Redaktørrettigheder givet for enheden']}
        onDelete={async () => (await request(DeleteUnitDocument, { id: unit.id })).deleteUnit}
        after={`/organisationer/${unit.organisation.id}`}
      />
    </>
  );
}

/** `/enheder/<id>/ret` (editors of the organisation or of the unit or one above it). */
export function UnitEditPage() {
  usePageTitle('Ret enhed');
  const { id } = useParams<{ id: string }>();
  const state = useQuery(UnitEditDocument, { id });
  if (state.status === 'loading') return <p role="status">Henter enheden …</p>;
  if (state.status === 'error') return <p className="alert alert-error">{state.message}</p>;
  const unit = state.data.unit;
  if (!unit) return <h1>Enheden findes ikke</h1>;
  return (
    <CatalogueGate allowed={(r) => editsUnitPath(r, unit.organisation.id, unitPath(unit))}>
      <UnitEditor unit={unit} />
    </CatalogueGate>
  );
}
