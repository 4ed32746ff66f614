import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { z } from 'zod';
import { LocalDateScalar, isoDate } from '#core';
import { Weekday } from './enums.js';

@ObjectType()
export class WeeklyHours {
  @Field(() => Weekday) day: Weekday;
  @Field({ description: 'HH:MM, Danish time.' }) opens: string;
  @Field({ description: 'HH:MM; earlier than opens means past midnight.' }) closes: string;
}

@ObjectType({ description: 'A date with other hours than usual, e.g. a bank holiday.' })
export class HoursException {
  @Field(() => LocalDateScalar) date: string;
  @Field() closed: boolean;
  @Field(() => String, { nullable: true }) opens?: string | null;
  @Field(() => String, { nullable: true }) closes?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ObjectType()
export class OpeningHours {
  @Field({ description: 'Open day and night, all year.' }) alwaysOpen: boolean;
  /** Whether the weekly hours also apply on Danish public holidays (GraphQL field in opening-status.resolver.ts). */
  openOnHolidays: boolean;
  @Field(() => [WeeklyHours]) weekly: WeeklyHours[];
  @Field(() => [HoursException]) exceptions: HoursException[];
  @Field(() => String, { nullable: true, description: 'Danish note, e.g. "Lukket på helligdage".' }) note?: string | null;
}

@InputType()
export class WeeklyHoursInput {
  @Field(() => Weekday) day: Weekday;
  @Field() opens: string;
  @Field() closes: string;
}

@InputType()
export class HoursExceptionInput {
  @Field(() => LocalDateScalar) date: string;
  @Field() closed: boolean;
  @Field(() => String, { nullable: true }) opens?: string | null;
  @Field(() => String, { nullable: true }) closes?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class OpeningHoursInput {
  @Field({ nullable: true, defaultValue: false }) alwaysOpen?: boolean;
  @Field(() => Boolean, {
    nullable: true,
    description: 'The weekly hours apply on public holidays too (default false: closed on helligdage unless an exception says otherwise).',
  })
  openOnHolidays?: boolean | null;
  @Field(() => [WeeklyHoursInput], { nullable: true }) weekly?: WeeklyHoursInput[] | null;
  @Field(() => [HoursExceptionInput], { nullable: true }) exceptions?: HoursExceptionInput[] | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

const time = () => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Tidspunkt skal skrives TT:MM, fx "08:00".');

/** One weekly opening-hours entry. */
export const weeklyHoursSchema = z
  .object({ day: z.enum(Weekday), opens: time(), closes: time() })
  .refine((h) => h.opens !== h.closes, { message: 'Åbner og lukker kan ikke være samme tidspunkt.', path: ['closes'] });

/** One date with other hours than usual. */
export const exceptionSchema = z
  .object({
    date: isoDate(),
    closed: z.boolean(),
    opens: time()
      .nullish()
      .transform((v) => v ?? null),
    closes: time()
      .nullish()
      .transform((v) => v ?? null),
    note: z
      .string()
      .trim()
      .max(200, 'Må højst være 200 tegn.')
      .nullish()
      .transform((v) => v ?? null),
  })
  .refine((e) => e.closed || (e.opens && e.closes), {
    message: 'Angiv åbner og lukker, eller marker dagen som lukket.',
    path: ['opens'],
  });

export const openingHoursSchema = z.object({
  alwaysOpen: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
  openOnHolidays: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
  weekly: z
    .array(weeklyHoursSchema)
    .nullish()
    .transform((v) => v ?? []),
  exceptions: z
    .array(exceptionSchema)
    .nullish()
    .transform((v) => v ?? []),
  note: z
    .string()
    .trim()
    .max(300, 'Må højst være 300 tegn.')
    .nullish()
    .transform((v) => v ?? null),
});

@InputType({ description: 'The hours-wide settings; a field left out stays as it is.' })
export class HoursSettingsInput {
  @Field(() => Boolean, { nullable: true, description: 'Open day and night, all year.' }) alwaysOpen?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'The weekly hours apply on public holidays too.' }) openOnHolidays?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Danish note; an empty note removes it.' }) note?: string | null;
}
