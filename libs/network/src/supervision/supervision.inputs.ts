import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { z } from 'zod';
import { DateTimeScalar, LocalDateScalar, isoDate, text, uuid, type BrokenRule } from '#core';
import { Sector } from '#directory';
import { parseRule } from './recurrence.js';
import { SupervisionGroupStatus } from './supervision.entity.js';

@InputType()
export class SectorCapInput {
  @Field(() => Sector) sector: Sector;
  @Field(() => Int) max: number;
}

@InputType({ description: 'A supervision group; sessions through a year are made from the recurrence rule.' })
export class CreateSupervisionGroupInput {
  @Field(() => ID) networkId: string;
  @Field() name: string;
  @Field({ description: 'E.g. "Selvmordstruede og selvskadende adfærd" or "Angst".' }) focus: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field() facilitatorName: string;
  @Field(() => String, { nullable: true }) facilitatorEmail?: string | null;
  @Field(() => Int, { nullable: true, description: 'Default 6.' }) minSeats?: number | null;
  @Field(() => Int, { nullable: true, description: 'Default 12.' }) maxSeats?: number | null;
  @Field(() => Int, { nullable: true, description: 'At most this many seats for the members of each party.' }) partyCap?: number | null;
  @Field(() => [SectorCapInput], { nullable: true, description: 'At most this many seats per sector of the parties.' })
  sectorCaps?: SectorCapInput[] | null;
  @Field({ description: 'RFC 5545 RRULE, e.g. "FREQ=WEEKLY;INTERVAL=3;BYDAY=TU;COUNT=12" or with UNTIL.' }) recurrence: string;
  @Field(() => DateTimeScalar, { description: 'The first session; its Copenhagen time of day is kept across summer time.' })
  firstSessionAt: Date;
  @Field(() => Int, { description: 'Length of each session.' }) sessionMinutes: number;
  @Field(() => [LocalDateScalar], { nullable: true, description: 'Days without a session.' }) exceptions?: string[] | null;
  @Field(() => String, { nullable: true }) venue?: string | null;
}

@InputType({ description: 'Only the fields given change. A new schedule regenerates the future sessions nobody has attended.' })
export class UpdateSupervisionGroupInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) focus?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) facilitatorName?: string | null;
  @Field(() => String, { nullable: true }) facilitatorEmail?: string | null;
  @Field(() => Int, { nullable: true }) minSeats?: number | null;
  @Field(() => Int, { nullable: true }) maxSeats?: number | null;
  @Field(() => Int, { nullable: true, description: 'Send 0 to remove the cap; null leaves it.' }) partyCap?: number | null;
  @Field(() => [SectorCapInput], { nullable: true, description: 'Replaces every sector cap; [] removes them, null leaves them.' })
  sectorCaps?: SectorCapInput[] | null;
  @Field(() => String, { nullable: true }) recurrence?: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) firstSessionAt?: Date | null;
  @Field(() => Int, { nullable: true }) sessionMinutes?: number | null;
  @Field(() => [LocalDateScalar], { nullable: true }) exceptions?: string[] | null;
  @Field(() => String, { nullable: true }) venue?: string | null;
  @Field(() => SupervisionGroupStatus, { nullable: true, description: 'CLOSED stops new applications.' })
  status?: SupervisionGroupStatus | null;
}

const seats = (what: string) =>
  z.number().int(`${what} skal være et helt tal.`).min(1, `${what} skal være mindst 1.`).max(100, `${what} må højst være 100.`);

/** Every field of a group, checked together (an update is checked merged with the group as it is). */
export const groupFields = z.object({
  networkId: uuid('Netværket'),
  name: text.required(200),
  focus: text.required(200),
  description: text.optional(4000),
  facilitatorName: text.required(200),
  facilitatorEmail: z
    .email('Ugyldig e-mailadresse.')
    .nullish()
    .transform((v) => v?.toLowerCase() ?? null),
  minSeats: seats('Mindste antal pladser')
    .nullish()
    .transform((v) => v ?? 6),
  maxSeats: seats('Største antal pladser')
    .nullish()
    .transform((v) => v ?? 12),
  partyCap: seats('Loftet pr. part')
    .or(z.literal(0))
    .nullish()
    .transform((v) => v || null),
  sectorCaps: z
    .array(z.object({ sector: z.enum(Sector, 'Ukendt sektor.'), max: seats('Loftet for sektoren') }))
    .max(5)
    .nullish()
    .transform((caps) => caps ?? [])
    .refine((caps) => new Set(caps.map((c) => c.sector)).size === caps.length, 'Hver sektor må kun have ét loft.'),
  recurrence: z.string().superRefine((rule, ctx) => {
    const parsed = parseRule(rule);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
  }),
  firstSessionAt: z.date('Angiv tidspunktet for første møde.').refine((d) => !Number.isNaN(d.getTime()), 'Ugyldigt tidspunkt.'),
  sessionMinutes: z
    .number()
    .int('Mødets længde skal være et helt antal minutter.')
    .min(15, 'Et møde skal vare mindst 15 minutter.')
    .max(8 * 60, 'Et møde må højst vare 8 timer.'),
  exceptions: z
    .array(isoDate())
    .max(200, 'Højst 200 undtagelser.')
    .nullish()
    .transform((days) => [...new Set(days ?? [])].sort()),
  venue: text.optional(500),
  status: z.enum(SupervisionGroupStatus).nullish(),
});

export type GroupFields = z.output<typeof groupFields>;

/** Rules across fields, on the group as it will be saved; fields that failed their own check are missing. */
export function groupRules(group: Partial<GroupFields>): BrokenRule[] {
  const { minSeats, maxSeats } = group;
  return minSeats !== undefined && maxSeats !== undefined && maxSeats < minSeats
    ? [{ fields: ['maxSeats', 'minSeats'], message: 'Største antal pladser må ikke være mindre end mindste antal.' }]
    : [];
}

export const applicationFields = z.object({ motivation: text.optional(2000) });
