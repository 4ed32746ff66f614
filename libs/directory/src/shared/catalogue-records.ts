import { Injectable } from '@nestjs/common';
import { DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { Contact } from '../contacts/contact.entity.js';
import type { OfferSelection } from '../offers/offer.inputs.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { TaxonomyKindEnum } from '../taxonomy/taxonomy-term.entity.js';
import { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import { Unit } from '../units/unit.entity.js';
import { PlaceScopes, placeCondition } from './place-scope.js';

/**
 * `query`'s rows `size` at a time by name and id, each batch read after the one before it was used (keyset paging),
 * so a whole country is never in memory at once. The query must be ordered by `alias`.name, `alias`.id.
 */
export function keysetBatches<T extends ObjectLiteral & { id: string; name: string }>(
  query: SelectQueryBuilder<T>,
  alias: string,
  size: number,
): AsyncIterable<T[]> {
  return (async function* () {
    let last: T | undefined;
    for (;;) {
      const page = query.clone();
      if (last) page.andWhere(`(${alias}.name, ${alias}.id) > (:lastName, :lastId::uuid)`, { lastName: last.name, lastId: last.id });
      const rows = await page.limit(size).getMany();
      if (rows.length) yield rows;
      if (rows.length < size) return;
      last = rows.at(-1);
    }
  })();
}

const none = <T>(): AsyncIterable<T[]> => (async function* () {})();

/**
 * The catalogue's other records for a spreadsheet, with the filters of the catalogue and search as search applies them
 * to records without the field: contacts (not those who left) match situations and places; organisations and units
 * only places; a record without ages matches any age; only offers have an access route, so asking for one leaves the
 * others out. Each answers after its filters are read (a bad one is the caller's BadInputError), then in batches.
 */
@Injectable()
export class CatalogueRecords {
  constructor(
    private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly places: PlaceScopes,
  ) {}

  async contacts(selection: OfferSelection, size = 500): Promise<AsyncIterable<Contact[]>> {
    if (selection.accessRoutes?.length) return none();
    const query = await this.placed(
      this.dataSource
        .getRepository(Contact)
        .createQueryBuilder('contact')
        .innerJoin('organisation', 'org', 'org.id = contact.organisation_id')
        .where('contact.left_at IS NULL'),
      selection,
    );
    if (selection.situations?.length) {
      query.andWhere('contact.situation_keys && :situations::text[]', {
        situations: await this.taxonomy.filterKeys(selection.situations, TaxonomyKindEnum.SITUATION),
      });
    }
    return keysetBatches(query.orderBy('contact.name').addOrderBy('contact.id'), 'contact', size);
  }

  async organisations(selection: OfferSelection, size = 500): Promise<AsyncIterable<Organisation[]>> {
    if (selection.accessRoutes?.length || selection.situations?.length) return none();
    const query = await this.placed(this.dataSource.getRepository(Organisation).createQueryBuilder('org'), selection);
    return keysetBatches(query.orderBy('org.name').addOrderBy('org.id'), 'org', size);
  }

  async units(selection: OfferSelection, size = 500): Promise<AsyncIterable<Unit[]>> {
    if (selection.accessRoutes?.length || selection.situations?.length) return none();
    const query = await this.placed(
      this.dataSource.getRepository(Unit).createQueryBuilder('unit').innerJoin('organisation', 'org', 'org.id = unit.organisation_id'),
      selection,
    );
    return keysetBatches(query.orderBy('unit.name').addOrderBy('unit.id'), 'unit', size);
  }

  /** The query held to the selection's places through the record's organisation (alias `org`), and its sector. */
  private async placed<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, selection: OfferSelection): Promise<SelectQueryBuilder<T>> {
    if (selection.organisationId) query.andWhere('org.id = :org', { org: selection.organisationId });
    if (selection.sector) query.andWhere('org.sector = :sector', { sector: selection.sector });
    (await this.places.resolve(selection)).forEach((scope, i) => query.andWhere(...placeCondition(scope, i)));
    return query;
  }
}
