import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionType, Ctx, PageArgs, RequestContext, resultUnion, MUTATION_FAILURES, type Connection } from '#core';
import { GeographyService, Municipality, Region } from '#geography';
import { Unit } from '../units/unit.entity.js';
import { UnitsService } from '../units/units.service.js';
import { Organisation } from './organisation.entity.js';
import { RecordResolver } from '../shared/record-resolver.js';
import { CreateOrganisationInput, OrganisationFilter, UpdateOrganisationInput } from './organisation.inputs.js';
import { OrganisationsService } from './organisations.service.js';

export const OrganisationConnection = ConnectionType(Organisation);
export const OrganisationResult = resultUnion('OrganisationResult', [Organisation, ...MUTATION_FAILURES]);

@Resolver(() => Organisation)
export class OrganisationResolver extends RecordResolver({
  entity: Organisation,
  connection: OrganisationConnection,
  result: OrganisationResult,
  inputs: { create: CreateOrganisationInput, update: UpdateOrganisationInput, filter: OrganisationFilter },
  descriptions: {
    list: 'Organisations by name, filtered.',
    delete: 'Deletes an organisation with no units, contacts or offers left.',
    verify: 'Records that someone checked the organisation is correct today.',
  },
}) {
  constructor(
    protected readonly records: OrganisationsService,
    private readonly units: UnitsService,
    private readonly geography: GeographyService,
  ) {
    super();
  }

  @Query(() => OrganisationConnection, {
    description: 'Volunteer organisations (CIVIL_SOCIETY): with a municipality, its local branches first, then the national organisations.',
  })
  volunteerOrganisations(
    @Args('municipality', { type: () => String, nullable: true, description: 'Municipality code, e.g. "0540".' })
    municipality: string | null,
    @Args() page: PageArgs,
  ): Promise<Connection<Organisation>> {
    return this.records.listVolunteers(municipality, page);
  }

  @ResolveField(() => Municipality, { nullable: true })
  municipality(@Ctx() ctx: RequestContext, @Parent() org: Organisation): Promise<Municipality | null> {
    return org.municipalityCode ? this.geography.findMunicipality(ctx, org.municipalityCode) : Promise.resolve(null);
  }

  @ResolveField(() => Region, { nullable: true, description: 'The region of a regional organisation.' })
  region(@Ctx() ctx: RequestContext, @Parent() org: Organisation): Promise<Region | null> {
    return org.regionKey ? this.geography.findRegion(ctx, org.regionKey) : Promise.resolve(null);
  }

  @ResolveField(() => Organisation, { nullable: true, description: "A local branch's national (or parent) organisation." })
  parentOrganisation(@Ctx() ctx: RequestContext, @Parent() org: Organisation): Promise<Organisation | null> {
    return org.parentOrganisationId ? this.records.load(ctx, org.parentOrganisationId) : Promise.resolve(null);
  }

  @ResolveField(() => [Organisation], { description: 'Local branches of a volunteer organisation, by name.' })
  branches(@Ctx() ctx: RequestContext, @Parent() org: Organisation): Promise<Organisation[]> {
    return this.records.branchesOf(ctx, org.id);
  }

  @ResolveField(() => [Unit], { name: 'units', description: 'Top-level units (forvaltninger); each has its children.' })
  topLevelUnits(@Ctx() ctx: RequestContext, @Parent() org: Organisation): Promise<Unit[]> {
    return this.units.topLevelOf(ctx, org.id);
  }
}
