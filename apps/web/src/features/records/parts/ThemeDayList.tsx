import { Link } from 'wouter';
import { formatDateTime } from '../../../lib/danish-time';

export interface ThemeDayLineView {
  id: string;
  title: string;
  startsAt: string;
  venue?: string | null;
  status: string;
}

/** Theme days as links with their start in Danish time. */
export function ThemeDayList({ days }: { days: ThemeDayLineView[] }) {
  if (days.length === 0) return <p>Ingen kommende temadage.</p>;
  return (
    <ul>
      {days.map((day) => (
        <li key={day.id}>
          <Link href={`/temadage/${day.id}`}>{day.title}</Link> – {formatDateTime(day.startsAt)}
          {day.venue ? `, ${day.venue}` : ''}
          {day.status === 'CANCELLED' && <span className="badge badge-error">Aflyst</span>}
        </li>
      ))}
    </ul>
  );
}
