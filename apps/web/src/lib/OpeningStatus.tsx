import { formatClock, formatDateTime, localDay } from './danish-time';

/** The fields of the API's OpeningStatus the words are made from (StatusFields in lib/fragments.ts). */
export interface OpeningStatusView {
  openNow: boolean;
  closesAt?: string | null;
  nextOpensAt?: string | null;
  holiday?: string | null;
}

/**
 * "Åben nu – døgnåben", "Åben nu – lukker kl. 15.00", "Lukket (Langfredag) – åbner mandag 11. januar kl. 08.00":
 * open or closed in words, never colour alone. `at` is the moment asked about; `now` says whether that is now.
 */
export function openingWords(status: OpeningStatusView | null | undefined, at: Date = new Date(), now = true): string {
  if (!status) return 'Åbningstider er ikke oplyst';
  const state = status.openNow ? (now ? 'Åben nu' : 'Åben på tidspunktet') : 'Lukket';
  const holiday = status.holiday ? ` (${status.holiday})` : '';
  if (status.openNow) {
    if (!status.closesAt) return `${state}${holiday} – døgnåben`;
    const closes = localDay(status.closesAt) === localDay(at) ? `kl. ${formatClock(status.closesAt)}` : formatDateTime(status.closesAt, at);
    return `${state}${holiday} – lukker ${closes}`;
  }
  return status.nextOpensAt ? `${state}${holiday} – åbner ${formatDateTime(status.nextOpensAt, at)}` : `${state}${holiday}`;
}

interface OpeningStatusProps {
  status: OpeningStatusView | null | undefined;
  at?: Date;
  now?: boolean;
  /** A badge inside a line of text (record pages' lists) instead of a paragraph of its own. */
  badge?: boolean;
}

/** Open or closed in words: a paragraph marked ● open / ○ closed, or a badge. */
export function OpeningStatus({ status, at, now, badge = false }: OpeningStatusProps) {
  const text = openingWords(status, at, now);
  if (badge) {
    const tone = !status ? 'badge-info' : status.openNow ? 'badge-success' : 'badge-warning';
    return <span className={`badge ${tone} opening-status`}>{text}</span>;
  }
  return (
    <p className={`opening-line ${status?.openNow ? 'is-open' : 'is-closed'}`}>
      <strong>{text}</strong>
    </p>
  );
}
