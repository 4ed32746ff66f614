/** The ways to reach a contact or an offer. Phone numbers are tel: links; STAFF lines are marked for professionals. */
export interface ChannelView {
  kind: string;
  value: string;
  label?: string | null;
  visibility: string;
}

const KIND_LABEL: Record<string, string> = {
  PHONE: 'Telefon',
  SMS: 'SMS',
  EMAIL: 'E-mail',
  WEB: 'Hjemmeside',
  CHAT: 'Chat',
  VIDEO: 'Video',
  DROP_IN: 'Åben rådgivning',
};

/** "tel:+4570004655" from "+45 70 00 46 55". */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

function ChannelValue({ channel }: { channel: ChannelView }) {
  switch (channel.kind) {
    case 'PHONE':
      return <a href={telHref(channel.value)}>{channel.value}</a>;
    case 'SMS':
      return <a href={`sms:${channel.value.replace(/[^\d+]/g, '')}`}>{channel.value}</a>;
    case 'EMAIL':
      return <a href={`mailto:${channel.value}`}>{channel.value}</a>;
    case 'WEB':
    case 'CHAT':
    case 'VIDEO':
      return /^https?:\/\//.test(channel.value) ? <a href={channel.value}>{channel.value}</a> : <>{channel.value}</>;
    default:
      return <>{channel.value}</>;
  }
}

export function Channels({ channels }: { channels: ChannelView[] }) {
  if (channels.length === 0) return <p>Ingen telefonnumre eller andre kontaktveje er oplyst.</p>;
  return (
    <ul className="unstyled-list channel-list">
      {channels.map((channel, index) => (
        <li key={index}>
          <span className="channel-label">{channel.label ?? KIND_LABEL[channel.kind] ?? channel.kind}: </span>
          <ChannelValue channel={channel} />
          {channel.visibility === 'STAFF' && <span className="badge badge-info channel-staff">kun for fagpersoner</span>}
        </li>
      ))}
    </ul>
  );
}
