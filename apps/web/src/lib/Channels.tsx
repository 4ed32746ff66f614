import type { ReactNode } from 'react';

/** A way to reach a contact or an offer (ChannelFields in lib/fragments.ts). */
export interface ChannelView {
  kind: string;
  value: string;
  label?: string | null;
  visibility?: string | null;
}

export const KIND_LABEL: Record<string, string> = {
  PHONE: 'Telefon',
  SMS: 'SMS',
  EMAIL: 'E-mail',
  WEB: 'Hjemmeside',
  CHAT: 'Chat',
  VIDEO: 'Video',
  DROP_IN: 'Åben rådgivning',
};

/** "tel:+4570004655" from "+45 70 00 46 55". */
export const telHref = (number: string) => `tel:${number.replace(/[^\d+]/g, '')}`;

function hrefOf(channel: ChannelView): string | null {
  switch (channel.kind) {
    case 'PHONE':
      return telHref(channel.value);
    case 'SMS':
      return `sms:${channel.value.replace(/[^\d+]/g, '')}`;
    case 'EMAIL':
      return `mailto:${channel.value}`;
    default:
      return /^https?:\/\//.test(channel.value) ? channel.value : null;
  }
}

/** The channel's value as a tel:, sms:, mailto: or web link (plain text when it is none of those). */
export function ChannelLink({ channel, children }: { channel: ChannelView; children?: ReactNode }) {
  const href = hrefOf(channel);
  return href ? <a href={href}>{children ?? channel.value}</a> : <>{children ?? channel.value}</>;
}

/** "kun for fagpersoner" beside a STAFF line (only signed-in professionals get those). */
export function StaffMark({ channel }: { channel: ChannelView }) {
  return channel.visibility === 'STAFF' ? <span className="badge badge-info channel-staff">kun for fagpersoner</span> : null;
}

interface ChannelListProps {
  channels: ChannelView[];
  /** Extra classes on the list, e.g. large type for the number to call now. */
  className?: string;
  /** Nothing at all instead of "Ingen … er oplyst" when there are no channels. */
  quietWhenEmpty?: boolean;
}

/** Every way to reach someone, "Døgntelefon: +45 …" with links, STAFF lines marked. */
export function ChannelList({ channels, className = '', quietWhenEmpty = false }: ChannelListProps) {
  if (channels.length === 0) return quietWhenEmpty ? null : <p>Ingen telefonnumre eller andre kontaktveje er oplyst.</p>;
  return (
    <ul className={`unstyled-list channel-list ${className}`.trim()}>
      {channels.map((channel, index) => (
        <li key={index}>
          <span className="channel-label">{channel.label ?? KIND_LABEL[channel.kind] ?? channel.kind}: </span>
          <ChannelLink channel={channel} />
          <StaffMark channel={channel} />
        </li>
      ))}
    </ul>
  );
}
