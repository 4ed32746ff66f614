import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  ConnectionType,
  Ctx,
  Deleted,
  PageArgs,
  RequestContext,
  resultUnion,
  MUTATION_FAILURES,
  type Connection,
  type ResultOf,
} from '#core';
import { GeographyService, Municipality, Region } from '#geography';
import { Unit } from '../units/unit.entity.js';
import { UnitsService } from '../units/units.service.js';
import { Organisation } from './organisation.entity.js';
import { VerifyInput } from '../shared/verification.js';
import { CreateOrganisationInput, OrganisationFilter, UpdateOrganisationInput } from './organisation.inputs.js';
import { OrganisationsService } from './organisations.service.js';

export const OrganisationConnection = ConnectionType(Organisation);
export const OrganisationResult = resultUnion('OrganisationResult', [Organisation, ...MUTATION_FAILURES]);
export const DeleteResult = resultUnion('DeleteResult', [Deleted, ...MUTATION_FAILURES]);

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly units: UnitsService,
    private readonly geography: GeographyService,
  ) {}

  @Query(() => Organisation, { nullable: true })
  organisation(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Organisation | null> {
    return this.organisations.load(ctx, id);
  }

  @Query(() => OrganisationConnection, { name: 'organisations', description: 'Organisations by name, filtered.' })
  listOrganisations(
    @Args('filter', { type: () => OrganisationFilter, nullable: true }) filter: OrganisationFilter | null,
    @Args() page: PageArgs,
  ): Promise<Connection<Organisation>> {
    return this.organisations.list(filter ?? {}, page);
  }

  @Query(() => OrganisationConnection, {
    description: 'Volunteer organisations (CIVIL_SOCIETY): with a municipality, its local branches first, then the national organisations.',
  })
  volunteerOrganisations(
    @Args('municipality', { type: () => String, nullable: true, description: 'Municipality code, e.g. "0540".' })
    municipality: string | null,
    @Args() page: PageArgs,
  ): Promise<Connection<Organisation>> {
    return this.organisations.listVolunteers(municipality, page);
  }

  @Mutation(() => OrganisationResult)
  createOrganisation(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateOrganisationInput,
  ): Promise<ResultOf<typeof OrganisationResult>> {
    return this.organisations.create(ctx, input);
  }

  @Mutation(() => OrganisationResult)
  updateOrganisation(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateOrganisationInput,
  ): Promise<ResultOf<typeof OrganisationResult>> {
    return this.organisations.update(ctx, id, input);
  }

  @Mutation(() => DeleteResult, { description: 'Deletes an organisation with no units, contacts or offers left.' })
  deleteOrganisation(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ResultOf<typeof DeleteResult>> {
    return this.organisations.delete(ctx, id);
  }

  @Mutation(() => OrganisationResult, { description: 'Records that someone checked the organisation is correct today.' })
  verifyOrganisation(@Ctx() ctx: RequestContext, @Args('input') input: VerifyInput): Promise<ResultOf<typeof OrganisationResult>> {
    return this.organisations.verify(ctx, input);
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
    return org.parentOrganisationId ? this.organisations.load(ctx, org.parentOrganisationId) : Promise.resolve(null);
  }

  @ResolveField(() => [Organisation], { description: 'Local branches of a volunteer organisation, by name.' })
  branches(@Ctx() ctx: RequestContext, @Parent() org: Organisation): Promise<Organisation[]> {
    return this.organisations.branchesOf(ctx, org.id);
  }

  @ResolveField(() => [Unit], { name: 'units', description: 'Top-level units (forvaltninger); each has its children.' })
  topLevelUnits(@Ctx() ctx: RequestContext, @Parent() org: Organisation): Promise<Unit[]> {
    return this.units.topLevelOf(ctx, org.id);
  }
}
