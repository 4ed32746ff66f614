import type { EntityManager } from 'typeorm';

/**
 * What auth asks about the scopes of a role grant (a unit's organisation, whether a network exists): a port
 * auth owns, because auth may import neither the directory nor the network. The app provides the answer.
 */
export abstract class GrantScopes {
  /** The organisation the unit belongs to, or null when there is no such unit (the caller's transaction). */
  abstract unitOrganisation(manager: EntityManager, unitId: string): Promise<string | null>;
  /** Whether the network exists. */
  abstract networkExists(networkId: string): Promise<boolean>;
}
