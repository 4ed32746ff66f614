import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { z } from 'zod';
import { ChannelKind, Visibility } from './enums.js';

/** Each kind of channel in Danish, for text made from records (spreadsheets, printed sheets). */
export const CHANNEL_KIND_LABELS: Record<ChannelKind, string> = {
  PHONE: 'Telefon',
  SMS: 'SMS',
  EMAIL: 'E-mail',
  WEB: 'Web',
  CHAT: 'Chat',
  VIDEO: 'Video',
  DROP_IN: 'Fremmøde',
};

@ObjectType({ description: 'One way to reach a contact or offer.' })
export class Channel {
  @Field(() => ChannelKind) kind: ChannelKind;
  @Field({ description: 'Phone number, address, URL or place, depending on kind.' }) value: string;
  @Field(() => String, { nullable: true, description: 'e.g. "Direkte", "Vagttelefon".' }) label?: string | null;
  @Field(() => Visibility) visibility: Visibility;
}

@InputType()
export class ChannelInput {
  @Field(() => ChannelKind) kind: ChannelKind;
  @Field() value: string;
  @Field(() => String, { nullable: true }) label?: string | null;
  @Field(() => Visibility, { nullable: true, description: 'Default PUBLIC.' }) visibility?: Visibility | null;
}

/** Danish numbers are normalised to "+45 12 34 56 78"; foreign numbers must start with "+". */
export function normalisePhone(raw: string): string | null {
  const compact = raw.replace(/[\s\-().]/g, '');
  const danish = /^(?:\+45|0045)?(\d{8})$/.exec(compact);
  if (danish) return `+45 ${danish[1].replace(/(\d{2})(?=\d)/g, '$1 ')}`;
  if (/^\+\d{6,15}$/.test(compact)) return compact;
  return null;
}

const PHONE_KINDS = new Set([ChannelKind.PHONE, ChannelKind.SMS]);

/** What is wrong with a channel's value for its kind (a phone number, an e-mail address, a web address), if anything. */
function valueProblem(kind: ChannelKind, value: string): string | null {
  if (PHONE_KINDS.has(kind))
    return normalisePhone(value) ? null : 'Telefonnummeret skal have 8 cifre (dansk) eller starte med + og landekode.';
  if (kind === ChannelKind.EMAIL && !z.email().safeParse(value).success) return 'Ugyldig e-mailadresse.';
  if ((kind === ChannelKind.WEB || kind === ChannelKind.CHAT || kind === ChannelKind.VIDEO) && !/^https?:\/\/\S+$/.test(value))
    return 'Adressen skal starte med https:// eller http://.';
  return null;
}

const KINDS = new Set<unknown>(Object.values(ChannelKind));

export const channelSchema = z
  .object({
    kind: z.enum(ChannelKind),
    value: z.string().trim().min(1, 'Skal udfyldes.').max(300, 'Må højst være 300 tegn.'),
    label: z.string().trim().max(100, 'Må højst være 100 tegn.').nullish(),
    visibility: z
      .enum(Visibility)
      .nullish()
      .transform((v) => v ?? Visibility.PUBLIC),
  })
  .superRefine(
    (channel, ctx) => {
      const problem = valueProblem(channel.kind, channel.value);
      if (problem) ctx.addIssue({ code: 'custom', path: ['value'], message: problem });
    },
    {
      // Also when another field (a too long label) failed: one answer names every bad field.
      when: (payload) => {
        const raw = payload.value as { kind?: unknown; value?: unknown } | null;
        return typeof raw?.value === 'string' && raw.value.trim() !== '' && raw.value.trim().length <= 300 && KINDS.has(raw.kind);
      },
    },
  )
  .transform((channel) => ({
    ...channel,
    value: PHONE_KINDS.has(channel.kind) ? normalisePhone(channel.value)! : channel.value,
    label: channel.label ?? null,
  }));

export const channelsSchema = z.array(channelSchema).max(30, 'Højst 30 kanaler.');

/** Channels the viewer may see: STAFF lines only for signed-in professionals. */
export function visibleChannels(channels: Channel[], seesStaff: boolean): Channel[] {
  return seesStaff ? channels : channels.filter((c) => c.visibility === Visibility.PUBLIC);
}
