import { Link, useParams } from 'wouter';
import { graphql } from '../../gql';
import type { MunicipalityEntryPointsQuery, MunicipalityPageQuery } from '../../gql/graphql';
import { usePageTitle } from '../../lib/page-title';
import { useQuery } from '../../lib/use-query';
import { MunicipalityCoverageSection } from './CoverageParts';
import { ContactLine } from './parts/ContactLine';
import { QueryResult } from './parts/QueryResult';
import { ShortList } from './parts/ShortList';

export const MunicipalityPageDocument = graphql(`
  query MunicipalityPage($code: String!) {
    municipality(code: $code) {
      code
      name
      officialName
      region {
        key
        name
      }
    }
    networks(first: 100) {
      edges {
        node {
          id
          name
          parties {
            organisation {
              municipality {
                code
              }
            }
          }
        }
      }
    }
  }
`);

export const MunicipalityEntryPointsDocument = graphql(`
  query MunicipalityEntryPoints($code: String!) {
    handoverGuide(municipalityCode: $code) {
      entryPoints {
        contact {
          id
          name
          stale
          situations {
            key
            label
          }
          channels {
            ...ChannelFields
          }
        }
        openingStatus {
          ...StatusFields
        }
      }
      volunteerOrganisations {
        id
        name
      }
    }
  }
`);

type EntryPoint = MunicipalityEntryPointsQuery['handoverGuide']['entryPoints'][number];

/** "217" → "0217": codes are four digits, links sometimes drop the zero. */
function normaliseCode(code: string): string {
  return /^\d{1,3}$/.test(code) ? code.padStart(4, '0') : code;
}

/** A municipality (`/kommuner/<kode>`): its entry points per situation, and their coverage for those allowed to see it. */
export function MunicipalityPage() {
  const code = normaliseCode(useParams<{ code: string }>().code);
  const state = useQuery(MunicipalityPageDocument, { code });
  return (
    <QueryResult state={state} select={(d) => (d.municipality ? d : null)} what="Kommunen">
      {(data) => <MunicipalityView data={data} />}
    </QueryResult>
  );
}

function MunicipalityView({ data }: { data: MunicipalityPageQuery }) {
  const municipality = data.municipality!;
  usePageTitle(municipality.officialName);
  const networks = data.networks.edges
    .map((e) => e.node)
    .filter((n) => n.parties.some((p) => p.organisation.municipality?.code === municipality.code));
  return (
    <article className="record">
      <p className="record-kind">Kommune</p>
      <h1>{municipality.officialName}</h1>
      <ul className="unstyled-list">
        {municipality.region && (
          <li>
            Region: <Link href={`/regioner/${municipality.region.key}`}>{municipality.region.name}</Link>
          </li>
        )}
        <li>Kommunekode: {municipality.code}</li>
        <li>
          <Link href={`/overlevering?kommune=${municipality.code}`}>Overlevering i {municipality.name}</Link>
        </li>
      </ul>
      <EntryPoints code={municipality.code} />
      {networks.map((n) => (
        <MunicipalityCoverageSection key={n.id} networkId={n.id} networkName={n.name} code={municipality.code} />
      ))}
    </article>
  );
}

/** Entry points grouped by their situations' Danish labels; one without a situation goes under "Øvrige". */
function groupBySituation(entryPoints: EntryPoint[]): [string, EntryPoint[]][] {
  const groups = new Map<string, EntryPoint[]>();
  for (const entry of entryPoints) {
    const labels = entry.contact.situations.length ? entry.contact.situations.map((s) => s.label) : ['Øvrige indgange'];
    for (const label of labels) groups.set(label, [...(groups.get(label) ?? []), entry]);
  }
  return [...groups].sort(([a], [b]) => (a === 'Øvrige indgange' ? 1 : b === 'Øvrige indgange' ? -1 : a.localeCompare(b, 'da')));
}

function EntryPoints({ code }: { code: string }) {
  const state = useQuery(MunicipalityEntryPointsDocument, { code });
  if (state.status === 'loading') return <p role="status">Henter indgange …</p>;
  if (state.status === 'error') return <p className="alert alert-error">{state.message}</p>;
  const guide = state.data.handoverGuide;
  return (
    <>
      <h2>Indgange efter situation</h2>
      {guide.entryPoints.length === 0 && <p>Kommunen har ingen indgange i Vejviser endnu.</p>}
      {groupBySituation(guide.entryPoints).map(([label, entries]) => (
        <section key={label} className="situation-group">
          <h3>{label}</h3>
          <ShortList
            items={entries}
            render={(e) => (
              <li key={e.contact.id}>
                <ContactLine contact={{ ...e.contact, openingStatus: e.openingStatus }} />
              </li>
            )}
          />
        </section>
      ))}
      {guide.volunteerOrganisations.length > 0 && (
        <>
          <h2>Frivillige organisationer</h2>
          <ul>
            {guide.volunteerOrganisations.map((o) => (
              <li key={o.id}>
                <Link href={`/frivillige/${o.id}`}>{o.name}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
