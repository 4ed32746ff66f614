import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { z } from 'zod';
import { DateTimeScalar, text, uuid, type BrokenRule } from '#core';
import { ThemeDayKind, ThemeDayVisibility } from './theme-day.entity.js';

@InputType()
export class ProgrammeItemInput {
  @Field({ description: 'Copenhagen time of day, "09:30".' }) startsAt: string;
  @Field(() => String, { nullable: true }) endsAt?: string | null;
  @Field() title: string;
  @Field(() => String, { nullable: true }) speaker?: string | null;
}

@InputType()
export class CreateThemeDayInput {
  @Field(() => ID) networkId: string;
  @Field(() => ID, { nullable: true, description: 'The host, e.g. a volunteer organisation; default the network itself.' })
  hostOrganisationId?: string | null;
  @Field(() => ThemeDayKind, { nullable: true, description: 'Default THEME_DAY.' }) kind?: ThemeDayKind | null;
  @Field() title: string;
  @Field() topic: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [String], { nullable: true, description: 'Situation keys of the taxonomy.' }) situations?: string[] | null;
  @Field(() => [ProgrammeItemInput], { nullable: true }) programme?: ProgrammeItemInput[] | null;
  @Field(() => String, { nullable: true, description: 'Address; a venue, an online link or both.' }) venue?: string | null;
  @Field(() => String, { nullable: true }) onlineUrl?: string | null;
  @Field(() => DateTimeScalar) startsAt: Date;
  @Field(() => DateTimeScalar) endsAt: Date;
  @Field(() => Int) capacity: number;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Default: open now.' }) registrationOpensAt?: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Default: when the day starts.' }) registrationClosesAt?: Date | null;
  @Field(() => [String], { nullable: true, description: 'Intended audience, e.g. "Psykologer", "Frivillige".' }) audience?: string[] | null;
  @Field(() => ThemeDayVisibility, { nullable: true, description: 'Default MEMBERS.' }) visibility?: ThemeDayVisibility | null;
}

@InputType({ description: 'Only the fields given change. Attendees are told by mail when time or place changes.' })
export class UpdateThemeDayInput {
  @Field(() => ID, { nullable: true }) hostOrganisationId?: string | null;
  @Field(() => ThemeDayKind, { nullable: true }) kind?: ThemeDayKind | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) topic?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [String], { nullable: true }) situations?: string[] | null;
  @Field(() => [ProgrammeItemInput], { nullable: true }) programme?: ProgrammeItemInput[] | null;
  @Field(() => String, { nullable: true }) venue?: string | null;
  @Field(() => String, { nullable: true }) onlineUrl?: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) startsAt?: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) endsAt?: Date | null;
  @Field(() => Int, { nullable: true }) capacity?: number | null;
  @Field(() => DateTimeScalar, { nullable: true }) registrationOpensAt?: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) registrationClosesAt?: Date | null;
  @Field(() => [String], { nullable: true }) audience?: string[] | null;
  @Field(() => ThemeDayVisibility, { nullable: true }) visibility?: ThemeDayVisibility | null;
}

@InputType()
export class ThemeDayFilter {
  @Field(() => ID, { nullable: true }) networkId?: string | null;
  @Field(() => ID, { nullable: true }) hostOrganisationId?: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Days ending after this; default now (upcoming days).' })
  from?: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Days starting before this.' }) to?: Date | null;
  @Field(() => String, { nullable: true, description: 'A situation key.' }) situation?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Include cancelled days (default false).' }) includeCancelled?: boolean | null;
}

@InputType({ description: 'Signed-in members register as themselves; for a public day anyone may register with name and e-mail.' })
export class RegisterForThemeDayInput {
  @Field(() => ID) themeDayId: string;
  @Field(() => String, { nullable: true, description: 'Required when not signed in.' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'Required when not signed in.' }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'Workplace, e.g. "Helsingør Kommune, PPR".' }) workplace?: string | null;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = z.string().regex(TIME, 'Tid skal skrives TT:MM, fx "09:30".');
const instant = z.date('Skal være et tidspunkt.');

export const programmeItem = z.object({
  startsAt: time,
  endsAt: time.nullish().transform((v) => v ?? null),
  title: text.required(300),
  speaker: text.optional(300),
});

const httpsUrl = z
  .url({ protocol: /^https?$/, error: 'Linket skal starte med https://.' })
  .nullish()
  .transform((v) => v ?? null);

export const themeDayFields = z.object({
  hostOrganisationId: uuid('Værten')
    .nullish()
    .transform((v) => v ?? null),
  kind: z
    .enum(ThemeDayKind)
    .nullish()
    .transform((v) => v ?? ThemeDayKind.THEME_DAY),
  title: text.required(200),
  topic: text.required(1000),
  description: text.optional(8000),
  situations: z
    .array(z.string())
    .max(20)
    .nullish()
    .transform((v) => v ?? []),
  programme: z
    .array(programmeItem)
    .max(40, 'Højst 40 punkter i programmet.')
    .nullish()
    .transform((v) => v ?? []),
  venue: text.optional(500),
  onlineUrl: httpsUrl,
  startsAt: instant,
  endsAt: instant,
  capacity: z
    .number()
    .int('Antal pladser skal være et helt tal.')
    .min(1, 'Der skal være mindst én plads.')
    .max(5000, 'Højst 5000 pladser.'),
  registrationOpensAt: instant.nullish().transform((v) => v ?? null),
  registrationClosesAt: instant.nullish().transform((v) => v ?? null),
  audience: z
    .array(text.required(100))
    .max(20)
    .nullish()
    .transform((v) => v ?? []),
  visibility: z
    .enum(ThemeDayVisibility)
    .nullish()
    .transform((v) => v ?? ThemeDayVisibility.MEMBERS),
});
export type ThemeDayFields = z.output<typeof themeDayFields>;

/**
 * Rules across fields, checked on the whole record after an update too. Fields that failed their own
 * check are missing from `day`; a rule that reads them is dropped by `onSentFields`.
 */
type Timing = Pick<ThemeDayFields, 'venue' | 'onlineUrl' | 'startsAt' | 'endsAt' | 'registrationOpensAt' | 'registrationClosesAt'>;

export function themeDayRules(day: Partial<Timing>, now: Date, isNew: boolean): BrokenRule[] {
  const broken: BrokenRule[] = [];
  const { startsAt, endsAt } = day;
  if (!day.venue && !day.onlineUrl) broken.push({ fields: ['venue', 'onlineUrl'], message: 'Angiv et sted, et onlinelink eller begge.' });
  if (startsAt && endsAt && endsAt <= startsAt) broken.push({ fields: ['endsAt', 'startsAt'], message: 'Slut skal ligge efter start.' });
  if (isNew && startsAt && startsAt <= now) broken.push({ fields: ['startsAt'], message: 'Temadagen skal ligge i fremtiden.' });
  const closes = day.registrationClosesAt ?? startsAt;
  if (startsAt && closes && closes > startsAt) {
    broken.push({ fields: ['registrationClosesAt', 'startsAt'], message: 'Tilmeldingen skal lukke senest, når dagen begynder.' });
  }
  if (day.registrationOpensAt && closes && day.registrationOpensAt >= closes) {
    const fields = day.registrationClosesAt ? ['registrationOpensAt', 'registrationClosesAt'] : ['registrationOpensAt', 'startsAt'];
    broken.push({ fields, message: 'Tilmeldingen skal åbne, før den lukker.' });
  }
  return broken;
}

export const registrationFields = z.object({
  themeDayId: uuid('Temadagen'),
  name: text.optional(200),
  email: z
    .email('Ugyldig e-mailadresse.')
    .nullish()
    .transform((v) => v?.trim().toLowerCase() ?? null),
  workplace: text.optional(300),
});
