import { Link, useParams } from 'wouter';
import { graphql } from '../../gql';
import type { RegionPageQuery } from '../../gql/graphql';
import { formatDate } from '../../lib/danish-time';
import { usePageTitle } from '../../lib/page-title';
import { useQuery } from '../../lib/use-query';
import { QueryResult } from './parts/QueryResult';

export const RegionPageDocument = graphql(`
  query RegionPage($key: String!) {
    region(key: $key) {
      key
      code
      name
      validFrom
      validTo
      succeededBy {
        key
        name
      }
      municipalities {
        code
        name
      }
    }
  }
`);

const RegionalOrganisationsDocument = graphql(`
  query RegionalOrganisations($key: String!) {
    organisations(filter: { region: $key, sector: REGIONAL }, first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** A region (`/regioner/<key or code>`): its municipalities and its regional organisations. */
export function RegionPage() {
  const { key } = useParams<{ key: string }>();
  const state = useQuery(RegionPageDocument, { key });
  return (
    <QueryResult state={state} select={(d) => (d.region ? d : null)} what="Regionen">
      {(data) => <RegionView data={data} />}
    </QueryResult>
  );
}

function RegionView({ data }: { data: RegionPageQuery }) {
  const region = data.region!;
  usePageTitle(region.name);
  return (
    <article className="record">
      <p className="record-kind">Region</p>
      <h1>{region.name}</h1>
      <ul className="unstyled-list">
        {region.code && <li>Regionskode: {region.code}</li>}
        <li>
          Gælder fra {formatDate(region.validFrom)}
          {region.validTo ? ` til ${formatDate(region.validTo)}` : ''}
        </li>
        {region.succeededBy && (
          <li>
            Afløses af <Link href={`/regioner/${region.succeededBy.key}`}>{region.succeededBy.name}</Link>
          </li>
        )}
      </ul>
      <h2>Regionale organisationer</h2>
      <RegionalOrganisations regionKey={region.key} />
      <h2>Kommuner</h2>
      <ul className="municipality-list">
        {region.municipalities.map((m) => (
          <li key={m.code}>
            <Link href={`/kommuner/${m.code}`}>{m.name}</Link>
          </li>
        ))}
      </ul>
    </article>
  );
}

function RegionalOrganisations({ regionKey }: { regionKey: string }) {
  const state = useQuery(RegionalOrganisationsDocument, { key: regionKey });
  if (state.status === 'loading') return <p role="status">Henter organisationer …</p>;
  if (state.status === 'error') return <p className="alert alert-error">{state.message}</p>;
  if (state.data.organisations.edges.length === 0) return <p>Ingen regionale organisationer i Vejviser endnu.</p>;
  return (
    <ul>
      {state.data.organisations.edges.map(({ node }) => (
        <li key={node.id}>
          <Link href={`/organisationer/${node.id}`}>{node.name}</Link>
        </li>
      ))}
    </ul>
  );
}
