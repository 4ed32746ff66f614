import { Link } from 'wouter';
import type { HandOverOutcomeFragment } from '../../gql/graphql';

type Effect = HandOverOutcomeFragment & { __typename: 'RoleHandover' };

const ROLE: Record<string, string> = {
  ADMIN: 'administrator',
  EDITOR: 'redaktør',
  KEY_PERSON: 'nøgleperson',
  NETWORK_COORDINATOR: 'netværkskoordinator',
};

function Names({ items, path }: { items: { id: string; name: string }[]; path: string }) {
  return (
    <>
      {items.map((item, index) => (
        <span key={item.id}>
          {index > 0 && ', '}
          <Link href={`/${path}/${item.id}`}>{item.name}</Link>
        </span>
      ))}
    </>
  );
}

/** What a hand-over moves, in words: the same list for the preview and for the result. */
export function HandoverEffect({ effect, organisationName }: { effect: Effect; organisationName: string }) {
  const lines: React.ReactNode[] = [
    <>
      {effect.leaving.name} står som stoppet i {organisationName}, uden telefon og åbningstider. Søgninger efter navnet fører til{' '}
      {effect.successor.name}.
    </>,
  ];
  if (effect.situationsAdded.length)
    lines.push(
      <>
        {effect.successor.name} får {effect.situationsAdded.length} situationer mere at dække.
      </>,
    );
  if (effect.deputiesRedirected.length)
    lines.push(
      <>
        Ny stedfortræder for: <Names items={effect.deputiesRedirected} path="kontakter" />
      </>,
    );
  if (effect.contactsMoved.length)
    lines.push(
      <>
        Kontakter, der får ny ansvarlig: <Names items={effect.contactsMoved} path="kontakter" />
      </>,
    );
  if (effect.offersMoved.length)
    lines.push(
      <>
        Tilbud, der får ny ansvarlig: <Names items={effect.offersMoved} path="tilbud" />
      </>,
    );
  for (const grant of effect.grants)
    lines.push(
      <>
        Rollen som {ROLE[grant.role] ?? grant.role} {grant.moved ? 'flytter til efterfølgerens konto' : 'fjernes'}.
      </>,
    );
  for (const m of effect.memberships)
    lines.push(
      <>
        {m.networkName}: {[m.keyPerson && 'nøgleperson', m.steeringGroup && 'styregruppen'].filter(Boolean).join(' og ') || 'medlemskabet'}{' '}
        {m.newMembership ? 'går til efterfølgeren, som bliver medlem' : 'går til efterfølgeren'}.
      </>,
    );
  if (effect.coordinatorsNotified) lines.push(<>{effect.coordinatorsNotified} besked(er) til netværkenes koordinatorer.</>);
  if (effect.welcomed) lines.push(<>Efterfølgeren får en velkomstmail som ny nøgleperson.</>);
  return (
    <ul className="handover-effect">
      {lines.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </ul>
  );
}
