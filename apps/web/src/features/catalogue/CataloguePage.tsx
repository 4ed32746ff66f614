import { Link } from 'wouter';
import { usePageTitle } from '../../lib/page-title';
import { useQuery } from '../../lib/use-query';
import { CatalogueGate } from './CatalogueGate';
import { AllOrganisationsDocument, OrganisationEditDocument } from './catalogue.operations';
import { editsAnything, useCatalogueRights } from './catalogue-rights';

/** One organisation the account edits: its form, a new unit or contact, and each unit's form. */
function EditedOrganisation({ id }: { id: string }) {
  const state = useQuery(OrganisationEditDocument, { id });
  if (state.status !== 'done' || !state.data.organisation) return null;
  const { organisation, units } = state.data;
  return (
    <li className="catalogue-organisation">
      <h2 className="h3">{organisation.name}</h2>
      <ul className="nobullet-list">
        <li>
          <Link href={`/organisationer/${id}/ret`}>Ret {organisation.name}</Link>
        </li>
        <li>
          <Link href={`/enheder/ny?organisation=${id}`}>Opret en enhed</Link>
        </li>
        <li>
          <Link href={`/kontakter/ny?organisation=${id}`}>Opret en kontakt</Link>
        </li>
        <li>
          <Link href={`/tilbud/ny?organisation=${id}`}>Opret et tilbud</Link>
        </li>
      </ul>
      {units.edges.length ? (
        <details className="catalogue-units">
          <summary>Enheder ({units.totalCount})</summary>
          <ul>
            {units.edges.map(({ node }) => (
              <li key={node.id}>
                <Link href={`/enheder/${node.id}/ret`}>Ret {node.name}</Link>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  );
}

function AllOrganisations() {
  const state = useQuery(AllOrganisationsDocument, {});
  if (state.status !== 'done') return null;
  return (
    <section aria-labelledby="all-organisations">
      <h2 id="all-organisations">Alle organisationer</h2>
      <ul>
        {state.data.organisations.edges.map(({ node }) => (
          <li key={node.id}>
            <Link href={`/organisationer/${node.id}/ret`}>Ret {node.name}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Overview() {
  const rights = useCatalogueRights();
  if (rights === 'loading' || !rights) return null;
  return (
    <>
      <h1>Ret kataloget</h1>
      <p className="font-lead">Organisationer og enheder, du kan rette. Kontakter og tilbud rettes fra deres egne sider.</p>
      {rights.admin ? (
        <p>
          <Link className="button button-primary" href="/organisationer/ny">
            Opret en organisation
          </Link>
        </p>
      ) : null}
      {rights.organisationIds.length ? (
        <ul className="nobullet-list">
          {rights.organisationIds.map((id) => (
            <EditedOrganisation key={id} id={id} />
          ))}
        </ul>
      ) : null}
      {rights.units.length ? (
        <section aria-labelledby="my-units">
          <h2 id="my-units">Dine enheder</h2>
          <ul>
            {rights.units.map((u) => (
              <li key={u.unitId}>
                <Link href={`/enheder/${u.unitId}/ret`}>Ret enheden</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {rights.admin ? <AllOrganisations /> : null}
    </>
  );
}

/** `/redigering`: the editor's way into the organisation and unit forms (the menu's "Ret kataloget"). */
export function CataloguePage() {
  usePageTitle('Ret kataloget');
  return (
    <CatalogueGate allowed={editsAnything}>
      <Overview />
    </CatalogueGate>
  );
}
