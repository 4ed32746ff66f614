import { Link } from 'wouter';
import { ChannelLink, StaffMark, type ChannelView } from '../../../lib/Channels';
import { OpeningStatus, type OpeningStatusView } from '../../../lib/OpeningStatus';
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
          – <ChannelLink channel={phone} />
          <StaffMark channel={phone} />
        </>
      )}{' '}
      {contact.openingStatus && <OpeningStatus status={contact.openingStatus} badge />} <StaleTag stale={contact.stale} />
    </>
  );
}
