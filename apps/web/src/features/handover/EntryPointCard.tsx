import { openingWords, telHref } from './danish-time';

export interface ChannelView {
  kind: string;
  label?: string | null;
  value: string;
  visibility: string;
}

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
  openingStatus?: { openNow: boolean; closesAt?: string | null; nextOpensAt?: string | null; holiday?: string | null } | null;
}

const KINDS: Record<string, string> = {
  PHONE: 'Telefon',
  SMS: 'SMS',
  EMAIL: 'E-mail',
  WEB: 'Web',
  CHAT: 'Chat',
  VIDEO: 'Video',
  DROP_IN: 'Fremmøde',
};

const dateFormat = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', day: 'numeric', month: 'long', year: 'numeric' });

/** "Ikke bekræftet siden 14. marts 2026 – ring og tjek": stale records are marked, never hidden. */
export function StaleNote({ stale, lastVerifiedAt }: { stale: boolean; lastVerifiedAt?: string | null }) {
  if (!stale) return null;
  return (
    <p className="handover-stale">
      <strong>
        {lastVerifiedAt ? `Ikke bekræftet siden ${dateFormat.format(new Date(lastVerifiedAt))}` : 'Ikke bekræftet siden oprettelsen'}
      </strong>{' '}
      – ring og tjek.
    </p>
  );
}

/** Channels: phone numbers as tel: links (large for the ones to call now), staff lines marked "kun for fagpersoner". */
export function Channels({ channels, large = false }: { channels: ChannelView[]; large?: boolean }) {
  if (!channels.length) return null;
  return (
    <ul className={`unstyled-list handover-channels${large ? ' handover-channels-large' : ''}`}>
      {channels.map((c, i) => {
        const kind = KINDS[c.kind] ?? c.kind;
        const label = c.label && c.label.toLowerCase() !== kind.toLowerCase() ? ` (${c.label})` : '';
        const staff = c.visibility !== 'PUBLIC' ? <span className="handover-staff"> – kun for fagpersoner</span> : null;
        const value =
          c.kind === 'PHONE' || c.kind === 'SMS' ? (
            <a href={c.kind === 'SMS' ? telHref(c.value).replace('tel:', 'sms:') : telHref(c.value)}>{c.value}</a>
          ) : c.kind === 'EMAIL' ? (
            <a href={`mailto:${c.value}`}>{c.value}</a>
          ) : /^https?:\/\//.test(c.value) ? (
            <a href={c.value}>{c.value}</a>
          ) : (
            c.value
          );
        return (
          <li key={i}>
            {kind}
            {label}: {value}
            {staff}
          </li>
        );
      })}
    </ul>
  );
}

/** One entry point: name, where, open or closed in words, what they help with, how to reach them. */
export function EntryPointCard({ entry, at, now, large = false }: { entry: EntryPointView; at: Date; now: boolean; large?: boolean }) {
  const { contact, openingStatus } = entry;
  const open = openingStatus?.openNow === true;
  return (
    <div className={`handover-entry${large ? ' handover-call' : ''}`}>
      <h3 className="handover-entry-name">
        {contact.name}
        {contact.kind === 'PERSON' && contact.roleTitle ? ` – ${contact.roleTitle}` : ''}
      </h3>
      <p className="handover-place">{[contact.organisation.name, contact.unit?.name].filter(Boolean).join(' – ')}</p>
      <p className={open ? 'handover-open' : 'handover-closed'}>
        <strong>{openingWords(openingStatus, at, now)}</strong>
      </p>
      <StaleNote stale={contact.stale} lastVerifiedAt={contact.lastVerifiedAt} />
      {contact.helpText && <p className="handover-help">{contact.helpText}</p>}
      <Channels channels={contact.channels} large={large} />
    </div>
  );
}
