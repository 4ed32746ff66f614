import { formatDate, formatLocalClock } from '../../../lib/danish-time';

export interface OpeningHoursView {
  alwaysOpen: boolean;
  openOnHolidays: boolean;
  note?: string | null;
  weekly: { day: string; opens: string; closes: string }[];
  exceptions: { date: string; closed: boolean; opens?: string | null; closes?: string | null; note?: string | null }[];
}

const DAYS: [string, string][] = [
  ['MON', 'Mandag'],
  ['TUE', 'Tirsdag'],
  ['WED', 'Onsdag'],
  ['THU', 'Torsdag'],
  ['FRI', 'Fredag'],
  ['SAT', 'Lørdag'],
  ['SUN', 'Søndag'],
];

function exceptionText(e: OpeningHoursView['exceptions'][number]): string {
  if (e.closed) return e.note ?? 'Lukket';
  const hours = `${formatLocalClock(e.opens ?? '')}–${formatLocalClock(e.closes ?? '')}`;
  return e.note ? `${hours} (${e.note})` : hours;
}

/** The weekly hours as a table (closed days in words), with the note and the coming exceptions. */
export function OpeningHours({ hours }: { hours: OpeningHoursView | null | undefined }) {
  if (!hours) return <p>Åbningstider er ikke oplyst.</p>;
  if (hours.alwaysOpen) return <p>Døgnåben – alle dage, hele året.{hours.note ? ` ${hours.note}` : ''}</p>;
  return (
    <>
      <table className="table table--borderless opening-hours">
        <caption className="sr-only">Åbningstider</caption>
        <tbody>
          {DAYS.map(([key, label]) => {
            const spans = hours.weekly.filter((w) => w.day === key);
            return (
              <tr key={key}>
                <th scope="row">{label}</th>
                <td>
                  {spans.length ? spans.map((w) => `${formatLocalClock(w.opens)}–${formatLocalClock(w.closes)}`).join(', ') : 'Lukket'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>{hours.openOnHolidays ? 'Samme tider på helligdage.' : 'Lukket på helligdage.'}</p>
      {hours.note && <p>{hours.note}</p>}
      {hours.exceptions.length > 0 && (
        <ul>
          {hours.exceptions.map((e) => (
            <li key={e.date}>
              {formatDate(e.date)}: {exceptionText(e)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
