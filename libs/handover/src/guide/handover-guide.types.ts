import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '#core';
import { Contact, OpeningStatus } from '#directory';
import type { PlaceScope } from '#geography';
import { Municipality } from '#geography';

/** A checked handover question: where, who (age only), what situation, when. Nothing about the citizen. */
export interface HandoverRequest {
  municipality: Municipality;
  /** The moment asked about. */
  at: Date;
  /** `at` as a date in Denmark, for region membership and offer periods. */
  date: string;
  age: number | null;
  /** The situation keys asked about, as given. */
  askedSituations: string[];
  /** With their sub-situations and parents (a general discharge line serves every discharge); empty: every situation. */
  situationKeys: string[];
  /** The municipality and the regions it belongs (or belonged) to on `date`. */
  scope: PlaceScope;
}

@ObjectType({
  description: 'An entry point (a contact) with whether it is open at the moment the guide asks about, and how well it fits the question.',
})
export class HandoverEntryPoint {
  @Field(() => Contact, { description: 'STAFF channels are shown only to signed-in professionals; `stale` says it needs checking.' })
  contact: Contact;

  @Field(() => OpeningStatus, {
    nullable: true,
    description: "Open at the guide's `at`, when it closes, and when it next opens (null: no opening hours, so not known to be open).",
  })
  openingStatus: OpeningStatus | null;

  @Field({
    description:
      'It serves one of the situations asked about itself, not only a parent or sub-situation of one (no situations asked: true).',
  })
  exactSituation: boolean;

  @Field({
    description:
      'Its age-specific situations (BUP discharge 0–17, adult discharge from 18, young people 15–25, the transition to adult life 16–23) ' +
      'include the age asked about; true when no age was asked or it has none.',
  })
  ageFits: boolean;

  @Field({
    description:
      'One to call now (it is in `HandoverGuide.callNow`): a municipal entry point open at `at` whose ages fit, on an exact situation ' +
      '(or, when no exact one is open, a general line). Always false for regional entry points.',
  })
  callNow: boolean;
}

@ObjectType({
  description:
    'Who to hand over to in a municipality, for an age and situations, at a moment: first the one(s) to call now, then the entry points ' +
    '(ranked: open at `at`, exact situation, age fit, functions before persons), the regional entry points (ranked the same way), ' +
    'the offers that fit, the volunteer organisations there and upcoming theme days on the topic. ' +
    'It asks for and stores nothing about the citizen.',
})
export class HandoverGuide {
  @Field(() => Municipality) municipality: Municipality;

  @Field(() => DateTimeScalar, { description: 'The moment asked about (default: now, to the minute).' }) at: Date;

  @Field(() => Int, { nullable: true, description: 'The age asked about; null: any age.' }) age: number | null;

  /** The checked question the list fields answer. */
  request: HandoverRequest;
}
