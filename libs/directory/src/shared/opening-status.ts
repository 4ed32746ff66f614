import { Field, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, BadInputError, type RequestContext } from '#core';
import { formatCopenhagen, openingState, type HoursLike } from './opening-times.js';

@ObjectType({ description: 'Open or closed at a moment, by the opening hours in Copenhagen time with Danish public holidays.' })
export class OpeningStatus {
  @Field({ description: 'Open at the moment asked about (now, unless a time was given).' }) openNow: boolean;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the current opening ends (null when closed or open for a year).' })
  closesAt: Date | null;
  @Field(() => String, { nullable: true, description: 'closesAt in Copenhagen time with its offset, e.g. "2026-03-27T15:00:00+01:00".' })
  closesAtLocal: string | null;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it next opens after the moment (after the current opening, when open); null: not within a year.',
  })
  nextOpensAt: Date | null;
  @Field(() => String, { nullable: true, description: 'nextOpensAt in Copenhagen time with its offset, e.g. "2026-03-30T08:00:00+02:00".' })
  nextOpensAtLocal: string | null;
  @Field(() => String, { nullable: true, description: 'The Danish public holiday on that date, e.g. "Langfredag".' })
  holiday: string | null;
}

/** The status of a record's hours at `at`; null when it has no opening hours. */
export function openingStatusOf(hours: HoursLike | null | undefined, at: Date): OpeningStatus | null {
  if (!hours) return null;
  const state = openingState(hours, at);
  return Object.assign(new OpeningStatus(), {
    ...state,
    closesAtLocal: state.closesAt && formatCopenhagen(state.closesAt),
    nextOpensAtLocal: state.nextOpensAt && formatCopenhagen(state.nextOpensAt),
  });
}

/**
 * The status at `at`, or at `now` when no moment is given: that answer holds until the place next opens or closes
 * (RequestContext.holdsUntil), so an answer kept for others ends then. A list passes one `now` for all its rows.
 */
export function openingStatusAt(
  ctx: RequestContext,
  hours: HoursLike | null | undefined,
  at?: Date | null,
  now?: Date,
): OpeningStatus | null {
  const aboutNow = at === null || at === undefined;
  const status = openingStatusOf(hours, aboutNow ? (now ?? new Date()) : momentOrNow(at));
  if (status && aboutNow) ctx.holdsUntil(status.openNow ? status.closesAt : status.nextOpensAt);
  return status;
}

/** A DateTime argument, checked: the scalar turns a malformed string into an invalid Date. */
export function momentOrNow(at: Date | null | undefined, name = 'at'): Date {
  if (at === null || at === undefined) return new Date();
  if (Number.isNaN(at.getTime())) throw new BadInputError(`"${name}" skal være et tidspunkt i ISO 8601, fx "2026-04-03T10:00:00+02:00".`);
  return at;
}
