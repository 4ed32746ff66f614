import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { z } from 'zod';
import { ChannelKind, Visibility } from './enums.js';

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
  .transform((channel, ctx) => {
    if (PHONE_KINDS.has(channel.kind)) {
      const phone = normalisePhone(channel.value);
      if (!phone) {
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: 'Telefonnummeret skal have 8 cifre (dansk) eller starte med + og landekode.',
        });
        return z.NEVER;
      }
      return { ...channel, value: phone, label: channel.label ?? null };
    }
    if (channel.kind === ChannelKind.EMAIL && !z.email().safeParse(channel.value).success) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'Ugyldig e-mailadresse.' });
      return z.NEVER;
    }
    if (
      (channel.kind === ChannelKind.WEB || channel.kind === ChannelKind.CHAT || channel.kind === ChannelKind.VIDEO) &&
      !/^https?:\/\/\S+$/.test(channel.value)
    ) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'Adressen skal starte med https:// eller http://.' });
      return z.NEVER;
    }
    return { ...channel, label: channel.label ?? null };
  });

export const channelsSchema = z.array(channelSchema).max(30, 'Højst 30 kanaler.');

/** Channels the viewer may see: STAFF lines only for signed-in professionals. */
export function visibleChannels(channels: Channel[], seesStaff: boolean): Channel[] {
  return seesStaff ? channels : channels.filter((c) => c.visibility === Visibility.PUBLIC);
}
