import type { ReactNode } from 'react';
import { useParams } from 'wouter';
import { graphql } from '../../gql';
import type { OfferPageQuery } from '../../gql/graphql';
import { formatDate } from '../../lib/danish-time';
import { usePageTitle } from '../../lib/page-title';
import { useQuery } from '../../lib/use-query';
import { PlaceLinks } from './ContactPage';
import { ACCESS_ROUTE_LABEL, ageText } from './labels';
import { ChannelList } from '../../lib/Channels';
import { OpeningHours } from './parts/OpeningHours';
import { OpeningStatus } from '../../lib/OpeningStatus';
import { QueryResult } from './parts/QueryResult';
import { Verified } from './parts/Verified';

export const OfferPageDocument = graphql(`
  query OfferPage($id: ID!) {
    offer(id: $id) {
      id
      name
      description
      helpText
      notFor
      status
      accessRoute
      referredBy
      decidedBy
      holdsAuthority
      ageMin
      ageMax
      cost
      capacity
      waitingTime
      startsOn
      endsOn
      address
      languages
      legalBasis {
        act
        section
      }
      municipalities {
        code
        name
      }
      channels {
        ...ChannelFields
      }
      openingStatus {
        ...StatusFields
      }
      openingHours {
        ...HoursFields
      }
      ...OfferTrustFields
      situations {
        key
        label
      }
      problemTags {
        key
        label
      }
      organisation {
        ...PlaceFields
      }
      unit {
        id
        name
      }
    }
  }
`);

type OfferRecord = NonNullable<OfferPageQuery['offer']>;

export function OfferPage({ below }: { below?: ReactNode }) {
  const { id } = useParams<{ id: string }>();
  const state = useQuery(OfferPageDocument, { id });
  return (
    <QueryResult state={state} select={(d) => d.offer} what="Tilbuddet">
      {(offer) => <OfferView offer={offer} below={below} />}
    </QueryResult>
  );
}

const STATUS_LABEL: Record<string, string> = { ACTIVE: 'Aktivt', PAUSED: 'Sat på pause', ENDED: 'Ophørt' };

function OfferView({ offer, below }: { below?: ReactNode; offer: OfferRecord }) {
  usePageTitle(offer.name);
  const facts: [string, string | null | undefined][] = [
    ['Status', STATUS_LABEL[offer.status]],
    ['Adgang', ACCESS_ROUTE_LABEL[offer.accessRoute]],
    ['Hvem kan henvise', offer.referredBy],
    ['Hvem visiterer', offer.decidedBy],
    ['Alder', ageText(offer.ageMin, offer.ageMax)],
    ['Pris', offer.cost],
    ['Kapacitet', offer.capacity],
    ['Ventetid', offer.waitingTime],
    ['Starter', offer.startsOn && formatDate(offer.startsOn)],
    ['Slutter', offer.endsOn && formatDate(offer.endsOn)],
    ['Ikke for', offer.notFor],
    ['Lovgrundlag', offer.legalBasis.map((l) => (l.section ? `${l.act} ${l.section}` : l.act)).join(', ')],
    ['Dækker kommunerne', offer.municipalities.map((m) => m.name).join(', ')],
  ];
  return (
    <article className="record">
      <p className="record-kind">Tilbud</p>
      <h1>{offer.name}</h1>
      {below}
      {offer.helpText && <p className="font-lead">{offer.helpText}</p>}
      <p>
        <OpeningStatus status={offer.openingStatus} badge />
      </p>
      <ChannelList channels={offer.channels} />
      <Verified record={offer} />
      {offer.holdsAuthority && (
        <div className="alert alert-info" role="note">
          <p className="alert-text">Enheden er myndighed: en henvendelse kan føre til, at der oprettes en sag.</p>
        </div>
      )}
      {offer.description && <p>{offer.description}</p>}
      <h2>Fakta</h2>
      <dl className="facts">
        {facts
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {offer.situations.length + offer.problemTags.length > 0 && (
        <>
          <h2>Situationer og problemer</h2>
          <p>{[...new Set([...offer.situations, ...offer.problemTags].map((t) => t.label))].join(', ')}</p>
        </>
      )}
      <h2>Åbningstider</h2>
      <OpeningHours hours={offer.openingHours} />
      <h2>Hvor</h2>
      <PlaceLinks record={offer} />
    </article>
  );
}
