import { ChannelList, type ChannelView } from '../../lib/Channels';
import { formatDate } from '../../lib/danish-time';
import { OpeningStatus, type OpeningStatusView } from '../../lib/OpeningStatus';

export interface EntryPointView {
  callNow: boolean;
  contact: {
    id: string;
    kind: string;
    name: string;
    roleTitle?: string | null;
    helpText?: string | null;
    stale: boolean;
    lastVerifiedAt?: string | null;
    organisation: { name: string };
    unit?: { name: string } | null;
    channels: ChannelView[];
  };
  openingStatus?: OpeningStatusView | null;
}

/** "Ikke bekræftet siden 14. marts 2026 – ring og tjek": stale records are marked, never hidden. */
export function StaleNote({ stale, lastVerifiedAt }: { stale: boolean; lastVerifiedAt?: string | null }) {
  if (!stale) return null;
  return (
    <p className="handover-stale">
      <strong>{lastVerifiedAt ? `Ikke bekræftet siden ${formatDate(lastVerifiedAt)}` : 'Ikke bekræftet siden oprettelsen'}</strong> – ring
      og tjek.
    </p>
  );
}

/** One entry point: name, where, open or closed in words, what they help with, how to reach them (large: call now). */
export function EntryPointCard({ entry, at, now, large = false }: { entry: EntryPointView; at: Date; now: boolean; large?: boolean }) {
  const { contact, openingStatus } = entry;
  return (
    <div className={`handover-entry${large ? ' handover-call' : ''}`}>
      <h3 className="handover-entry-name">
        {contact.name}
        {contact.kind === 'PERSON' && contact.roleTitle ? ` – ${contact.roleTitle}` : ''}
      </h3>
      <p className="handover-place">{[contact.organisation.name, contact.unit?.name].filter(Boolean).join(' – ')}</p>
      <OpeningStatus status={openingStatus} at={at} now={now} />
      <StaleNote stale={contact.stale} lastVerifiedAt={contact.lastVerifiedAt} />
      {contact.helpText && <p className="handover-help">{contact.helpText}</p>}
      <ChannelList channels={contact.channels} className={`handover-channels${large ? ' handover-channels-large' : ''}`} quietWhenEmpty />
    </div>
  );
}
