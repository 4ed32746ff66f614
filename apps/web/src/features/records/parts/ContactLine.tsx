import { Link } from 'wouter';
import { telHref, type ChannelView } from './Channels';
import { OpeningStatusBadge, type OpeningStatusView } from './OpeningStatus';
import { StaleTag } from './Verified';

export interface ContactLineView {
  id: string;
  name: string;
  stale: boolean;
  channels: ChannelView[];
  openingStatus?: OpeningStatusView | null;
}

/** One contact in a list: its name as a link, its first phone number as a tel: link, open or closed in words, stale. */
export function ContactLine({ contact, path = 'kontakter' }: { contact: ContactLineView; path?: 'kontakter' | 'tilbud' }) {
  const phone = contact.channels.find((c) => c.kind === 'PHONE');
  return (
    <>
      <Link href={`/${path}/${contact.id}`}>{contact.name}</Link>
      {phone && (
        <>
          {' '}
          – <a href={telHref(phone.value)}>{phone.value}</a>
          {phone.visibility === 'STAFF' && <span className="badge badge-info channel-staff">kun for fagpersoner</span>}
        </>
      )}{' '}
      {contact.openingStatus && <OpeningStatusBadge status={contact.openingStatus} />} <StaleTag stale={contact.stale} />
    </>
  );
}
