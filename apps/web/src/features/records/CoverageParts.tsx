import { Link, useParams, useSearch } from 'wouter';
import { graphql } from '../../gql';
import type { NetworkCoverageQuery } from '../../gql/graphql';
import { useSession } from '../../auth/session-store';
import { usePageTitle } from '../../lib/page-title';
import { useQuery } from '../../lib/use-query';
import { QueryResult } from './parts/QueryResult';
import { SignInHint } from './parts/SignInHint';
import { StaleTag } from './parts/Verified';

const NetworkNameDocument = graphql(`
  query NetworkName($id: ID!) {
    network(id: $id) {
      id
      name
      parties {
        id
        organisation {
          id
        }
      }
    }
  }
`);

export const NetworkCoverageDocument = graphql(`
  query NetworkCoverage($networkId: ID!) {
    coverage(networkId: $networkId) {
      summary {
        required
        verified
        stale
        missing
      }
      municipalitiesWithGaps
      municipalities {
        partyIds
        municipality {
          code
          name
        }
        summary {
          required
          verified
          stale
          missing
        }
        items {
          status
          requirement {
            id
            label
            situationKey
          }
          entryPoints {
            stale
            contact {
              id
              name
            }
          }
        }
      }
    }
  }
`);

type MunicipalityCoverage = NonNullable<NetworkCoverageQuery['coverage']>['municipalities'][number];

const STATUS_TEXT: Record<string, string> = {
  PRESENT_VERIFIED: 'Dækket og bekræftet',
  STALE: 'Dækket, men skal tjekkes',
  MISSING: 'Mangler',
};
const STATUS_BADGE: Record<string, string> = { PRESENT_VERIFIED: 'badge-success', STALE: 'badge-warning', MISSING: 'badge-error' };

/** One municipality's required entry points and their state (a table a screen reader can follow). */
export function CoverageTable({
  coverage,
  headingLevel = 3,
  organisationId,
}: {
  coverage: MunicipalityCoverage;
  headingLevel?: 2 | 3;
  /** The municipality's organisation in the network: each gap links to the form that fills it. */
  organisationId?: string;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const s = coverage.summary;
  return (
    <section className="coverage" id={`kommune-${coverage.municipality.code}`}>
      <Heading>
        <Link href={`/kommuner/${coverage.municipality.code}`}>{coverage.municipality.name}</Link>
      </Heading>
      <p>
        {s.required} påkrævede indgange: {s.verified} bekræftet, {s.stale} skal tjekkes, {s.missing} mangler.
      </p>
      <table className="table table--borderless">
        <caption className="sr-only">Dækning i {coverage.municipality.name}</caption>
        <thead>
          <tr>
            <th scope="col">Indgang</th>
            <th scope="col">Status</th>
            <th scope="col">Kontakter</th>
          </tr>
        </thead>
        <tbody>
          {coverage.items.map((item) => (
            <tr key={item.requirement.id}>
              <th scope="row">{item.requirement.label}</th>
              <td>
                <span className={`badge ${STATUS_BADGE[item.status]}`}>{STATUS_TEXT[item.status] ?? item.status}</span>
              </td>
              <td>
                {item.entryPoints.length === 0
                  ? '–'
                  : item.entryPoints.map((e, index) => (
                      <span key={e.contact.id}>
                        {index > 0 && ', '}
                        <Link href={`/kontakter/${e.contact.id}${organisationId && e.stale ? '/ret' : ''}`}>{e.contact.name}</Link>{' '}
                        <StaleTag stale={e.stale} />
                      </span>
                    ))}
                {organisationId && item.status === 'MISSING' && (
                  <>
                    {' '}
                    <Link
                      className="coverage-fill"
                      href={`/kontakter/ny?organisation=${organisationId}&situation=${encodeURIComponent(item.requirement.situationKey)}`}
                    >
                      Opret en indgang<span className="sr-only"> for {item.requirement.label}</span>
                    </Link>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** On a municipality's page: its coverage in a network, when the API lets the viewer see it; nothing otherwise. */
export function MunicipalityCoverageSection({ networkId, networkName, code }: { networkId: string; networkName: string; code: string }) {
  const state = useQuery(NetworkCoverageDocument, { networkId });
  if (state.status !== 'done' || !state.data.coverage) return null;
  const mine = state.data.coverage.municipalities.find((m) => m.municipality.code === code);
  if (!mine) return null;
  return (
    <>
      <h2>Dækning i netværket {networkName}</h2>
      <CoverageTable coverage={mine} />
    </>
  );
}

/** `/netvaerk/<id>/daekning[?kommune=<kode>]`, linked from the coverage mails: the network's coverage, or why not. */
export function NetworkCoveragePage() {
  const { id } = useParams<{ id: string }>();
  const state = useQuery(NetworkNameDocument, { id });
  return (
    <QueryResult state={state} select={(d) => d.network} what="Netværket">
      {(network) => <NetworkCoverage network={network} />}
    </QueryResult>
  );
}

function NetworkCoverage({ network }: { network: { id: string; name: string; parties: { id: string; organisation: { id: string } }[] } }) {
  const organisationOf = (partyIds: string[]) => network.parties.find((p) => partyIds.includes(p.id))?.organisation.id;
  usePageTitle(`Dækning i ${network.name}`);
  const code = new URLSearchParams(useSearch()).get('kommune');
  const session = useSession();
  const state = useQuery(NetworkCoverageDocument, { networkId: network.id });
  const heading = <h1>Dækning i {network.name}</h1>;
  if (state.status === 'loading')
    return (
      <>
        {heading}
        <p role="status">Henter dækningen …</p>
      </>
    );
  const coverage = state.status === 'done' ? state.data.coverage : null;
  if (!coverage)
    return (
      <>
        {heading}
        {session.account ? (
          <div className="alert alert-info" role="note">
            <p className="alert-text">
              {state.status === 'error' ? state.message : 'Dækningen kan ikke vises.'} Kontakt netværkets koordinator, hvis du mener, du
              burde kunne se den.
            </p>
          </div>
        ) : (
          <SignInHint text="Dækningen vises for netværkets koordinatorer, godkendte medlemmer og administratorer." />
        )}
      </>
    );
  const shown = code ? coverage.municipalities.filter((m) => m.municipality.code === code) : coverage.municipalities;
  const s = coverage.summary;
  return (
    <>
      {heading}
      <p className="font-lead">
        {s.required} påkrævede indgange: {s.verified} bekræftet, {s.stale} skal tjekkes, {s.missing} mangler.{' '}
        {coverage.municipalitiesWithGaps} kommuner har huller.
      </p>
      {code && (
        <p>
          Viser kun én kommune. <Link href={`/netvaerk/${network.id}/daekning`}>Vis alle kommuner</Link>
        </p>
      )}
      {shown.map((m) => (
        <CoverageTable key={m.municipality.code} coverage={m} headingLevel={2} organisationId={organisationOf(m.partyIds)} />
      ))}
    </>
  );
}
