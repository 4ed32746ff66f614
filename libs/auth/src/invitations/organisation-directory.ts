import type { EntityManager } from 'typeorm';

/**
 * What auth asks about organisations (whether one exists, its name for an invitation, where a unit sits): a port auth owns,
 * because auth may not import the directory. The app hands `AuthModule.forRoot` the directory's
 * OrganisationsService to answer it.
 */
export abstract class OrganisationDirectory {
  /** Organisations by id, in the caller's transaction; an id that names none is left out. */
  abstract byIds(manager: EntityManager, ids: string[]): Promise<{ id: string; name: string }[]>;
  /** A unit of the organisation and the units above it (its own id first); null when the unit is not the organisation's. */
  abstract unitPath(manager: EntityManager, organisationId: string, unitId: string): Promise<string[] | null>;
}
