import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar, ConflictError, Deleted, ForbiddenError, NotFoundError, ValidationError, resultUnion, MUTATION_FAILURES } from '#core';
import { Contact } from '#directory';
import { Municipality, Region } from '#geography';
import { CoverageRequirement } from './coverage-requirement.entity.js';

/**
 * An entry point for a requirement is *present* when at least one live contact (one who has not
 * left) of the municipality's own organisations is tagged with the situation or a sub-situation.
 * Present entry points are either verified or stale; otherwise the entry point is missing.
 */
export enum CoverageStatus {
  PRESENT_VERIFIED = 'PRESENT_VERIFIED',
  STALE = 'STALE',
  MISSING = 'MISSING',
}
registerEnumType(CoverageStatus, {
  name: 'CoverageStatus',
  description:
    'Whether a municipality has an entry point for a required situation. Present = at least one live contact (not left) of the municipality tagged with the situation or a sub-situation.',
  valuesMap: {
    PRESENT_VERIFIED: { description: 'Present and verified: at least one of its entry points is within its verification interval.' },
    STALE: { description: 'Present but stale: entry points exist, but every one is past its verification date. Confirm or correct them.' },
    MISSING: { description: 'Missing: no live contact of the municipality is tagged with the situation. Add one (a function line first).' },
  },
});

@ObjectType({ description: 'A contact that serves as an entry point, with its freshness as of the coverage moment.' })
export class CoverageEntryPoint {
  @Field(() => Contact) contact: Contact;
  @Field({ description: 'Past its verification date at the coverage moment.' }) stale: boolean;
  @Field(() => DateTimeScalar) verificationDue: Date;
}

@ObjectType({ description: 'One required entry point in one municipality.' })
export class CoverageItem {
  @Field(() => CoverageRequirement) requirement: CoverageRequirement;
  @Field(() => CoverageStatus) status: CoverageStatus;
  @Field({ description: 'PRESENT_VERIFIED or STALE: an entry point exists.' }) present: boolean;
  @Field(() => [CoverageEntryPoint], { description: 'The live contacts found: functions before persons, verified before stale, by name.' })
  entryPoints: CoverageEntryPoint[];
}

@ObjectType({ description: 'Counts of required entry points by status; present = verified + stale.' })
export class CoverageSummary {
  @Field(() => Int) required: number;
  @Field(() => Int) present: number;
  @Field(() => Int) verified: number;
  @Field(() => Int) stale: number;
  @Field(() => Int) missing: number;
}

@ObjectType({ description: "A municipality party's coverage: each requirement that applies to it and its status." })
export class MunicipalityCoverage {
  @Field(() => Municipality) municipality: Municipality;
  @Field(() => Region, { nullable: true, description: 'The region it belongs to at the coverage moment.' })
  region: Region | null;
  @Field(() => [ID], { description: 'Its party (or parties) in the network.' }) partyIds: string[];
  @Field(() => [CoverageItem], { description: "The network's requirements first, then its region's (and a merged-away predecessor region's)." })
  items: CoverageItem[];
  @Field(() => CoverageSummary) summary: CoverageSummary;
  /** The municipality's own organisations (sector MUNICIPAL), for links in mail. */
  organisationIds: string[];
}

@ObjectType({ description: "Which required entry points each of a network's municipalities has: present and verified, stale or missing." })
export class Coverage {
  @Field(() => ID) networkId: string;
  @Field(() => DateTimeScalar, { description: 'The moment freshness and regions are judged at.' }) at: Date;
  @Field(() => [CoverageRequirement], { description: "The network's own requirements and those of its municipalities' regions." })
  requirements: CoverageRequirement[];
  @Field(() => [MunicipalityCoverage], { description: 'Every municipality party of the network, by name.' })
  municipalities: MunicipalityCoverage[];
  @Field(() => CoverageSummary, { description: 'All municipalities together.' }) summary: CoverageSummary;
  @Field(() => Int, { description: 'Municipalities with at least one stale or missing entry point.' }) municipalitiesWithGaps: number;
}

@InputType({ description: 'Exactly one of networkId and regionKey.' })
export class AddCoverageRequirementInput {
  @Field(() => ID, { nullable: true, description: "A network: its coordinators decide what its municipalities must have." })
  networkId?: string | null;
  @Field(() => String, { nullable: true, description: 'A region by key or code ("hovedstaden", "1084"): administrators only.' })
  regionKey?: string | null;
  @Field({ description: 'Situation key, see `taxonomy(kind: SITUATION)`, e.g. "transition-18".' }) situationKey: string;
  @Field(() => String, { nullable: true, description: "Danish name of the entry point; default the situation's label." })
  label?: string | null;
}

export const CoverageRequirementResult = resultUnion('CoverageRequirementResult', [
  CoverageRequirement,
  ValidationError,
  NotFoundError,
  ConflictError,
  ForbiddenError,
]);
export const RemoveCoverageRequirementResult = resultUnion('RemoveCoverageRequirementResult', [Deleted, ...MUTATION_FAILURES]);
