import { formatClock, formatNextTime } from '../../../lib/danish-time';

export interface OpeningStatusView {
  openNow: boolean;
  closesAt?: string | null;
  nextOpensAt?: string | null;
  holiday?: string | null;
}

/** "Åben nu", "Åben nu – lukker kl. 15.00", "Lukket – åbner man. kl. 8.00", in words (never colour alone). */
export function openingStatusText(status: OpeningStatusView | null | undefined, now: Date = new Date()): string {
  if (!status) return 'Åbningstider er ikke oplyst';
  if (status.openNow) return status.closesAt ? `Åben nu – lukker kl. ${formatClock(status.closesAt)}` : 'Åben nu';
  const closed = status.holiday ? `Lukket (${status.holiday})` : 'Lukket';
  return status.nextOpensAt ? `${closed} – åbner ${formatNextTime(status.nextOpensAt, now)}` : closed;
}

export function OpeningStatusBadge({ status }: { status: OpeningStatusView | null | undefined }) {
  const tone = !status ? 'badge-info' : status.openNow ? 'badge-success' : 'badge-warning';
  return <span className={`badge ${tone} opening-status`}>{openingStatusText(status)}</span>;
}
