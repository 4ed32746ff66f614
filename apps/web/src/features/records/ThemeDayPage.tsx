import { Link, useParams } from 'wouter';
import { graphql } from '../../gql';
import type { ThemeDayPageQuery } from '../../gql/graphql';
import { formatClock, formatDateTime } from '../../lib/danish-time';
import { usePageTitle } from '../../lib/page-title';
import { useQuery } from '../../lib/use-query';
import { QueryResult } from './parts/QueryResult';
import { ThemeDayRegistration } from './ThemeDayRegistration';

export const ThemeDayPageDocument = graphql(`
  query ThemeDayPage($id: ID!) {
    me {
      displayName
      email
    }
    themeDay(id: $id) {
      id
      title
      topic
      description
      kind
      status
      cancellationReason
      startsAt
      endsAt
      venue
      onlineUrl
      audience
      capacity
      seatsLeft
      waitlistCount
      registrationOpen
      registrationOpensAt
      registrationClosesAt
      visibility
      programme {
        startsAt
        endsAt
        title
        speaker
      }
      hostOrganisation {
        id
        name
        sector
      }
      network {
        id
        name
      }
      myRegistration {
        status
        waitlistPosition
      }
    }
  }
`);

type ThemeDayRecord = NonNullable<ThemeDayPageQuery['themeDay']>;

/** A theme day (`/temadage/<id>`, linked from calendar feeds and mails), with registration. */
export function ThemeDayPage() {
  const { id } = useParams<{ id: string }>();
  const state = useQuery(ThemeDayPageDocument, { id });
  return (
    <QueryResult state={state} select={(d) => d.themeDay} what="Temadagen">
      {(day) => <ThemeDayView day={day} me={state.status === 'done' ? state.data.me : null} />}
    </QueryResult>
  );
}

function ThemeDayView({ day, me }: { day: ThemeDayRecord; me: ThemeDayPageQuery['me'] }) {
  usePageTitle(day.title);
  const host = day.hostOrganisation;
  return (
    <article className="record">
      <p className="record-kind">{day.kind === 'JOINT_CASE_DISCUSSION' ? 'Fælles sagsdrøftelse' : 'Temadag'}</p>
      <h1>{day.title}</h1>
      {day.status === 'CANCELLED' && (
        <div className="alert alert-error" role="note">
          <p className="alert-heading">Aflyst</p>
          {day.cancellationReason && <p className="alert-text">{day.cancellationReason}</p>}
        </div>
      )}
      <p className="font-lead">{day.topic}</p>
      <ul className="unstyled-list">
        <li>
          Tid: {formatDateTime(day.startsAt)}–{formatClock(day.endsAt)}
        </li>
        {day.venue && <li>Sted: {day.venue}</li>}
        {day.onlineUrl && (
          <li>
            Online: <a href={day.onlineUrl}>{day.onlineUrl}</a>
          </li>
        )}
        {day.audience.length > 0 && <li>For: {day.audience.join(', ')}</li>}
        {host && (
          <li>
            Vært: <Link href={`/${host.sector === 'CIVIL_SOCIETY' ? 'frivillige' : 'organisationer'}/${host.id}`}>{host.name}</Link>
          </li>
        )}
        <li>Netværk: {day.network.name}</li>
        <li>
          Pladser: {day.seatsLeft} ledige af {day.capacity}
          {day.waitlistCount > 0 ? `, ${day.waitlistCount} på venteliste` : ''}
        </li>
      </ul>
      {day.description && <p>{day.description}</p>}
      {day.programme.length > 0 && (
        <>
          <h2>Program</h2>
          <table className="table table--borderless">
            <caption className="sr-only">Program</caption>
            <tbody>
              {day.programme.map((item, index) => (
                <tr key={index}>
                  <th scope="row">
                    {item.startsAt.replace(':', '.')}
                    {item.endsAt ? `–${item.endsAt.replace(':', '.')}` : ''}
                  </th>
                  <td>
                    {item.title}
                    {item.speaker ? ` – ${item.speaker}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h2>Tilmelding</h2>
      <ThemeDayRegistration day={day} me={me} />
    </article>
  );
}
