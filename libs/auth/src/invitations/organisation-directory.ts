import type { EntityManager } from 'typeorm';

/**
 * What auth asks about organisations (whether one exists, its name for an invitation): a port auth owns,
 * because auth may not import the directory. The app hands `AuthModule.forRoot` the directory's
 * OrganisationsService to answer it.
 */
export abstract class OrganisationDirectory {
  /** Organisations by id, in the caller's transaction; an id that names none is left out. */
  abstract byIds(manager: EntityManager, ids: string[]): Promise<{ id: string; name: string }[]>;
}
