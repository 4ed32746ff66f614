import { useEffect } from 'react';
import { Link, useParams } from 'wouter';
import { graphql } from '../../gql';
import type { OrganisationPageQuery, OrganisationUnitsQuery } from '../../gql/graphql';
import { usePageTitle } from '../../lib/page-title';
import { SECTOR_LABEL, UNIT_KIND_LABEL } from './labels';
import { useQuery } from '../../lib/use-query';
import { ContactLine } from './parts/ContactLine';
import { QueryResult } from './parts/QueryResult';
import { ThemeDayList } from './parts/ThemeDayList';
import { OrganisationEditLinks } from '../catalogue/OrganisationEditLinks';

/** The unit tree, contacts and offers as pages (nested lists would cost too much), assembled into a tree here. */
export const OrganisationUnitsDocument = graphql(`
  query OrganisationUnits($id: ID!) {
    units(first: 100, filter: { organisationId: $id }) {
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          name
          kind
          parent {
            id
          }
        }
      }
    }
    contacts(first: 100, filter: { organisationId: $id }) {
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          name
          stale
          unit {
            id
          }
          channels {
            ...ChannelFields
          }
          openingStatus {
            ...StatusFields
          }
        }
      }
    }
    offers(first: 100, filter: { organisationId: $id }) {
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          name
          stale
          unit {
            id
          }
          channels {
            ...ChannelFields
          }
          openingStatus {
            ...StatusFields
          }
        }
      }
    }
  }
`);

export const OrganisationPageDocument = graphql(`
  query OrganisationPage($id: ID!) {
    organisation(id: $id) {
      id
      name
      sector
      description
      address
      website
      municipality {
        code
        name
      }
      region {
        key
        name
      }
      parentOrganisation {
        id
        name
      }
      branches {
        id
        name
        municipality {
          code
          name
        }
      }
      hostedThemeDays {
        id
        title
        startsAt
        venue
        status
      }
    }
  }
`);

type OrganisationRecord = NonNullable<OrganisationPageQuery['organisation']>;

/** An organisation with its unit tree (`/organisationer/<id>`); volunteer organisations also at `/frivillige/<id>`. */
export function OrganisationPage() {
  const { id } = useParams<{ id: string }>();
  const state = useQuery(OrganisationPageDocument, { id });
  return (
    <QueryResult state={state} select={(d) => d.organisation} what="Organisationen">
      {(organisation) => <OrganisationView organisation={organisation} />}
    </QueryResult>
  );
}

function OrganisationView({ organisation: org }: { organisation: OrganisationRecord }) {
  usePageTitle(org.name);
  const volunteer = org.sector === 'CIVIL_SOCIETY';
  return (
    <article className="record">
      <p className="record-kind">{SECTOR_LABEL[org.sector] ?? org.sector}</p>
      <h1>{org.name}</h1>
      {org.description && <p className="font-lead">{org.description}</p>}
      <ul className="unstyled-list">
        {org.municipality && (
          <li>
            Kommune: <Link href={`/kommuner/${org.municipality.code}`}>{org.municipality.name}</Link>
          </li>
        )}
        {org.region && (
          <li>
            Region: <Link href={`/regioner/${org.region.key}`}>{org.region.name}</Link>
          </li>
        )}
        {org.parentOrganisation && (
          <li>
            Del af: <Link href={`/frivillige/${org.parentOrganisation.id}`}>{org.parentOrganisation.name}</Link>
          </li>
        )}
        {org.address && <li>Adresse: {org.address}</li>}
        {org.website && (
          <li>
            Hjemmeside: <a href={org.website}>{org.website}</a>
          </li>
        )}
      </ul>
      <OrganisationEditLinks organisationId={org.id} />
      {org.branches.length > 0 && (
        <>
          <h2>Lokalafdelinger</h2>
          <ul>
            {org.branches.map((b) => (
              <li key={b.id}>
                <Link href={`/frivillige/${b.id}`}>{b.name}</Link>
                {b.municipality ? ` (${b.municipality.name})` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {(volunteer || org.hostedThemeDays.length > 0) && (
        <>
          <h2>Kommende temadage</h2>
          <ThemeDayList days={org.hostedThemeDays} />
        </>
      )}
      <h2>Enheder og kontakter</h2>
      <Units organisationId={org.id} />
    </article>
  );
}

type Line = OrganisationUnitsQuery['contacts']['edges'][number]['node'];
interface UnitNode {
  id: string;
  name: string;
  kind: string;
  children: UnitNode[];
  contacts: Line[];
  offers: Line[];
}

/** Builds the tree from the flat pages: a unit whose parent is not among them is a top unit; records without a unit go last. */
function buildTree(data: OrganisationUnitsQuery): { top: UnitNode[]; loose: { contacts: Line[]; offers: Line[] } } {
  const nodes = new Map<string, UnitNode>(
    data.units.edges.map(({ node }) => [
      node.id,
      { id: node.id, name: node.name, kind: node.kind, children: [], contacts: [], offers: [] },
    ]),
  );
  const top: UnitNode[] = [];
  for (const { node } of data.units.edges) {
    const parent = node.parent ? nodes.get(node.parent.id) : undefined;
    (parent ? parent.children : top).push(nodes.get(node.id)!);
  }
  const loose = { contacts: [] as Line[], offers: [] as Line[] };
  for (const { node } of data.contacts.edges) (nodes.get(node.unit?.id ?? '')?.contacts ?? loose.contacts).push(node);
  for (const { node } of data.offers.edges) (nodes.get(node.unit?.id ?? '')?.offers ?? loose.offers).push(node);
  return { top, loose };
}

function Units({ organisationId }: { organisationId: string }) {
  const state = useQuery(OrganisationUnitsDocument, { id: organisationId });
  useScrollToHash(state.status === 'done');
  if (state.status === 'loading') return <p role="status">Henter enheder …</p>;
  if (state.status === 'error') return <p className="alert alert-error">{state.message}</p>;
  const { top, loose } = buildTree(state.data);
  const more = state.data.units.pageInfo.hasNextPage || state.data.contacts.pageInfo.hasNextPage || state.data.offers.pageInfo.hasNextPage;
  if (top.length + loose.contacts.length + loose.offers.length === 0)
    return <p>Organisationen har ingen enheder eller kontakter i Vejviser.</p>;
  return (
    <>
      <UnitTree units={top} />
      {loose.contacts.length + loose.offers.length > 0 && <RecordLines contacts={loose.contacts} offers={loose.offers} />}
      {more && <p>Viser de første 100 enheder, kontakter og tilbud. Søg for at finde resten.</p>}
    </>
  );
}

function RecordLines({ contacts, offers }: { contacts: Line[]; offers: Line[] }) {
  return (
    <ul className="unit-records">
      {contacts.map((c) => (
        <li key={c.id}>
          <ContactLine contact={c} />
        </li>
      ))}
      {offers.map((o) => (
        <li key={o.id}>
          Tilbud: <ContactLine contact={o} path="tilbud" />
        </li>
      ))}
    </ul>
  );
}

function UnitTree({ units }: { units: UnitNode[] }) {
  return (
    <ul className="unit-tree">
      {units.map((unit) => (
        <li key={unit.id} id={`enhed-${unit.id}`}>
          <span className="unit-name">{unit.name}</span> <span className="unit-kind">({UNIT_KIND_LABEL[unit.kind] ?? unit.kind})</span>
          {unit.contacts.length + unit.offers.length > 0 && <RecordLines contacts={unit.contacts} offers={unit.offers} />}
          {unit.children.length > 0 && <UnitTree units={unit.children} />}
        </li>
      ))}
    </ul>
  );
}

/** A link to a unit (`#enhed-<id>`) arrives before the tree does: scroll to it once the tree is shown. */
function useScrollToHash(ready: boolean): void {
  useEffect(() => {
    if (!ready || !window.location.hash) return;
    document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView();
  }, [ready]);
}
