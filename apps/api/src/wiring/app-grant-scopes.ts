import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { GrantScopes } from '#auth';
import { RequestContext } from '#core';
import { UnitsService } from '#directory';
import { NetworksService } from '#network';

/** Answers auth's GrantScopes port from the directory (units) and the network (networks). */
@Injectable()
export class AppGrantScopes extends GrantScopes {
  constructor(
    private readonly units: UnitsService,
    private readonly networks: NetworksService,
  ) {
    super();
  }

  async unitOrganisation(manager: EntityManager, unitId: string): Promise<string | null> {
    const [unit] = await this.units.byIds(manager, [unitId]);
    return unit?.organisationId ?? null;
  }

  async networkExists(networkId: string): Promise<boolean> {
    return Boolean(await this.networks.load(new RequestContext(), networkId));
  }
}
