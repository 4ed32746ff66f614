import { Link } from 'wouter';
import type { FindSearchQuery } from '../../gql/graphql';
import { ChannelLink, StaffMark } from '../../lib/Channels';
import { formatDate } from '../../lib/danish-time';
import { OpeningStatus } from '../../lib/OpeningStatus';

export type Edge = FindSearchQuery['search']['edges'][number];

const KIND: Record<string, string> = { Offer: 'Tilbud', Organisation: 'Organisation', Unit: 'Enhed' };

function kindOf(node: Edge['node']): string {
  if (node.__typename === 'Contact') return node.kind === 'PERSON' ? 'Kontaktperson' : 'Kontakt (funktion)';
  return KIND[node.__typename ?? ''] ?? 'Post';
}

function placeOf(node: Edge['node']): string | null {
  const org = node.__typename === 'Organisation' ? node : 'organisation' in node ? node.organisation : null;
  if (!org) return null;
  if (org.municipality) return `${org.municipality.name} Kommune`;
  return org.region?.name ?? null;
}

/** The record page a hit links to; a unit is a part of its organisation's page. */
export function recordPath(node: Edge['node']): string | null {
  switch (node.__typename) {
    case 'Contact':
      return `/kontakter/${encodeURIComponent(node.id)}`;
    case 'Offer':
      return `/tilbud/${encodeURIComponent(node.id)}`;
    case 'Organisation':
      return `/organisationer/${encodeURIComponent(node.id)}`;
    case 'Unit':
      return `/organisationer/${encodeURIComponent(node.organisation.id)}#enhed-${encodeURIComponent(node.id)}`;
    default:
      return null;
  }
}

/** One hit: kind, name, organisation and place, open now or when it opens, phone numbers to call, and when last confirmed. */
export function HitCard({ edge }: { edge: Edge }) {
  const node = edge.node;
  const phones = 'channels' in node ? node.channels.filter((c) => c.kind === 'PHONE') : [];
  const organisation = 'organisation' in node ? node.organisation.name : null;
  const place = placeOf(node);
  const verified = node.lastVerifiedAt ? formatDate(node.lastVerifiedAt) : null;
  const href = recordPath(node);
  return (
    <li className="find-hit">
      <p className="find-hit-kind">
        <span>{kindOf(node)}</span>
        {place ? <span> · {place}</span> : null}
      </p>
      <h3 className="h4 find-hit-name" elementtiming="find-hit">
        {href ? <Link href={href}>{node.name}</Link> : node.name}
      </h3>
      {organisation && organisation !== node.name ? <p className="find-hit-org">{organisation}</p> : null}
      {node.__typename === 'Contact' && node.roleTitle ? <p className="find-hit-org">{node.roleTitle}</p> : null}
      {edge.openingStatus ? <OpeningStatus status={edge.openingStatus} /> : null}
      {phones.length ? (
        <ul className="nobullet-list find-hit-phones">
          {phones.map((p) => (
            <li key={p.value}>
              <ChannelLink channel={p}>
                {p.label ? `${p.label}: ` : 'Ring: '}
                {p.value}
              </ChannelLink>
              <StaffMark channel={p} />
            </li>
          ))}
        </ul>
      ) : null}
      {edge.stale ? (
        <p className="find-hit-stale">
          <strong>Ikke bekræftet for nylig</strong>
          {verified ? ` – sidst bekræftet ${verified}. Tjek oplysningerne, før du henviser.` : ' – tjek oplysningerne, før du henviser.'}
        </p>
      ) : verified ? (
        <p className="find-hit-verified">Sidst bekræftet {verified}</p>
      ) : null}
    </li>
  );
}
