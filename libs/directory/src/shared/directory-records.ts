import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { Contact } from '../contacts/contact.entity.js';
import { Offer } from '../offers/offer.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Unit } from '../units/unit.entity.js';

/** Records of the directory, of each kind. */
export interface DirectoryRecordSet {
  organisations: Organisation[];
  units: Unit[];
  contacts: Contact[];
  offers: Offer[];
}

/** Ids of records of each kind (a kind left out: none of it). */
export interface DirectoryRecordIds {
  organisations?: string[];
  units?: string[];
  contacts?: string[];
  offers?: string[];
}

/**
 * The directory's records as another lib's read model needs them (search's documents and
 * suggestions): by id, everything under an organisation or a unit, or every record, always in the
 * caller's transaction so a projection sees the change being committed. The tables stay the
 * directory's: other libs ask here instead of reading them.
 */
@Injectable()
export class DirectoryRecords {
  async byIds(manager: EntityManager, ids: DirectoryRecordIds): Promise<DirectoryRecordSet> {
    return {
      organisations: ids.organisations?.length ? await manager.getRepository(Organisation).findBy({ id: In(ids.organisations) }) : [],
      units: ids.units?.length ? await manager.getRepository(Unit).findBy({ id: In(ids.units) }) : [],
      contacts: ids.contacts?.length ? await manager.getRepository(Contact).findBy({ id: In(ids.contacts) }) : [],
      offers: ids.offers?.length ? await manager.getRepository(Offer).findBy({ id: In(ids.offers) }) : [],
    };
  }

  /** The organisation and every unit, contact and offer of it. */
  async ofOrganisation(manager: EntityManager, organisationId: string): Promise<DirectoryRecordSet> {
    return {
      organisations: await manager.getRepository(Organisation).findBy({ id: organisationId }),
      units: await manager.getRepository(Unit).findBy({ organisationId }),
      contacts: await manager.getRepository(Contact).findBy({ organisationId }),
      offers: await manager.getRepository(Offer).findBy({ organisationId }),
    };
  }

  /** The unit and every contact and offer of it (not its organisation). */
  async ofUnit(manager: EntityManager, unitId: string): Promise<DirectoryRecordSet> {
    return {
      organisations: [],
      units: await manager.getRepository(Unit).findBy({ id: unitId }),
      contacts: await manager.getRepository(Contact).findBy({ unitId }),
      offers: await manager.getRepository(Offer).findBy({ unitId }),
    };
  }

  /** Every record of the directory (a full reindex). */
  async all(manager: EntityManager): Promise<DirectoryRecordSet> {
    return {
      organisations: await manager.getRepository(Organisation).find(),
      units: await manager.getRepository(Unit).find(),
      contacts: await manager.getRepository(Contact).find(),
      offers: await manager.getRepository(Offer).find(),
    };
  }
}
