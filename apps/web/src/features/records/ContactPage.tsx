import type { ReactNode } from 'react';
import { Link, useParams } from 'wouter';
import { graphql } from '../../gql';
import type { ContactPageQuery } from '../../gql/graphql';
import { usePageTitle } from '../../lib/page-title';
import { useQuery } from '../../lib/use-query';
import { ChannelList } from '../../lib/Channels';
import { OpeningHours } from './parts/OpeningHours';
import { OpeningStatus } from '../../lib/OpeningStatus';
import { QueryResult } from './parts/QueryResult';
import { Verified } from './parts/Verified';

export const ContactPageDocument = graphql(`
  query ContactPage($id: ID!) {
    contact(id: $id) {
      id
      name
      kind
      roleTitle
      helpText
      address
      leftAt
      formerNames
      channels {
        ...ChannelFields
      }
      openingStatus {
        ...StatusFields
      }
      openingHours {
        ...HoursFields
      }
      ...RecordTrustFields
      situations {
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
      deputy {
        id
        name
      }
      successor {
        id
        name
      }
    }
  }
`);

export type ContactRecord = NonNullable<ContactPageQuery['contact']>;

export function ContactPage({ below }: { below?: ReactNode }) {
  const { id } = useParams<{ id: string }>();
  const state = useQuery(ContactPageDocument, { id });
  return (
    <QueryResult state={state} select={(d) => d.contact} what="Kontakten">
      {(contact) => <ContactView contact={contact} below={below} />}
    </QueryResult>
  );
}

function ContactView({ contact, below }: { below?: ReactNode; contact: ContactRecord }) {
  usePageTitle(contact.name);
  return (
    <article className="record">
      <p className="record-kind">{contact.kind === 'FUNCTION' ? 'Funktion' : 'Kontaktperson'}</p>
      <h1>{contact.name}</h1>
      {below}
      {contact.roleTitle && <p className="font-lead">{contact.roleTitle}</p>}
      {contact.successor && (
        <div className="alert alert-info" role="note">
          <p className="alert-text">
            {contact.name} er stoppet. <Link href={`/kontakter/${contact.successor.id}`}>{contact.successor.name}</Link> har overtaget.
          </p>
        </div>
      )}
      <p>
        <OpeningStatus status={contact.openingStatus} badge />
      </p>
      <ChannelList channels={contact.channels} />
      <Verified record={contact} />
      {contact.helpText && (
        <>
          <h2>Hvad kan de hjælpe med?</h2>
          <p>{contact.helpText}</p>
        </>
      )}
      {contact.situations.length > 0 && (
        <>
          <h2>Situationer</h2>
          <ul>
            {contact.situations.map((s) => (
              <li key={s.key}>{s.label}</li>
            ))}
          </ul>
        </>
      )}
      <h2>Åbningstider</h2>
      <OpeningHours hours={contact.openingHours} />
      <h2>Hvor</h2>
      <PlaceLinks record={contact} />
      {contact.deputy && (
        <p>
          Stedfortræder: <Link href={`/kontakter/${contact.deputy.id}`}>{contact.deputy.name}</Link>
        </p>
      )}
      {contact.formerNames.length > 0 && <p>Har overtaget efter: {contact.formerNames.join(', ')}.</p>}
    </article>
  );
}

/** Organisation, unit, municipality or region of a contact or an offer, as links. */
export function PlaceLinks({
  record,
}: {
  record: {
    address?: string | null;
    organisation: ContactRecord['organisation'];
    unit?: { id: string; name: string } | null;
  };
}) {
  const org = record.organisation;
  return (
    <ul className="unstyled-list">
      {record.unit && (
        <li>
          Enhed: <Link href={`/organisationer/${org.id}#enhed-${record.unit.id}`}>{record.unit.name}</Link>
        </li>
      )}
      <li>
        Organisation: <Link href={`/${org.sector === 'CIVIL_SOCIETY' ? 'frivillige' : 'organisationer'}/${org.id}`}>{org.name}</Link>
      </li>
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
      {record.address && <li>Adresse: {record.address}</li>}
    </ul>
  );
}
