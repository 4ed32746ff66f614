import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccountsService } from '#auth';
import { RequestContext } from '#core';
import { MembersService, NetworkMember, NetworksService, NetworkParty } from '#network';
import { ADMIN_CTX, ok } from '#testing';

/** Records of one network for the authorization matrix: parties and members to act on. */
export interface NetworkFixture {
  /** A municipality party (the given organisation) with members. */
  networkParty: string;
  /** A volunteer organisation party without members: removable. */
  emptyParty: string;
  /** A municipality not yet a party: addable. */
  freeOrg: string;
  pendingMember: string;
  approvedMember: string;
}

/** Adds parties and members to `networkId` (made by an administrator) through the services. */
export async function networkFixture(app: INestApplicationContext, networkId: string, organisationId: string): Promise<NetworkFixture> {
  const networks = app.get(NetworksService);
  const first = async (sector: string): Promise<string> =>
    (
      await app
        .get(DataSource)
        .query(`SELECT id FROM organisation WHERE sector = $1 AND id <> $2 ORDER BY name LIMIT 1`, [sector, organisationId])
    )[0].id;
  const [volunteer, free] = [await first('CIVIL_SOCIETY'), await first('MUNICIPAL')];
  const party = ok(await networks.addParty(ADMIN_CTX, { networkId, organisationId }), NetworkParty);
  const empty = ok(await networks.addParty(ADMIN_CTX, { networkId, organisationId: volunteer }), NetworkParty);
  const members = app.get(MembersService);
  const member = async () => {
    const suffix = Math.random().toString(36).slice(2);
    const account = await app.get(AccountsService).create({ email: `netvaerk-${suffix}@example.org`, displayName: 'Matrixmedlem' });
    const ctx = new RequestContext({ kind: 'account', accountId: account.id, grants: [] });
    return ok(await members.apply(ctx, { networkId, partyId: party.id }), NetworkMember);
  };
  const pending = await member();
  const approved = ok(await members.decide(ADMIN_CTX, (await member()).id, true), NetworkMember);
  return { networkParty: party.id, emptyParty: empty.id, freeOrg: free, pendingMember: pending.id, approvedMember: approved.id };
}
