import type { FindSearchQuery } from '../../gql/graphql';
import { longDate, openingWords } from './format';

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

/** One hit: kind, name, organisation and place, open now or when it opens, phone numbers to call, and when last confirmed. */
export function HitCard({ edge }: { edge: Edge }) {
  const node = edge.node;
  const phones = 'channels' in node ? node.channels.filter((c) => c.kind === 'PHONE') : [];
  const organisation = 'organisation' in node ? node.organisation.name : null;
  const place = placeOf(node);
  const opening = edge.openingStatus ? openingWords(edge.openingStatus) : null;
  const verified = node.lastVerifiedAt ? longDate(node.lastVerifiedAt) : null;
  return (
    <li className="find-hit">
      <p className="find-hit-kind">
        <span>{kindOf(node)}</span>
        {place ? <span> · {place}</span> : null}
      </p>
      <h3 className="h4 find-hit-name">{node.name}</h3>
      {organisation && organisation !== node.name ? <p className="find-hit-org">{organisation}</p> : null}
      {node.__typename === 'Contact' && node.roleTitle ? <p className="find-hit-org">{node.roleTitle}</p> : null}
      {opening ? (
        <p className={`find-hit-open ${opening.open ? 'is-open' : 'is-closed'}`}>
          <strong>{opening.text}</strong>
        </p>
      ) : null}
      {phones.length ? (
        <ul className="nobullet-list find-hit-phones">
          {phones.map((p) => (
            <li key={p.value}>
              <a href={`tel:${p.value.replace(/[^\d+]/g, '')}`}>
                {p.label ? `${p.label}: ` : 'Ring: '}
                {p.value}
              </a>
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
