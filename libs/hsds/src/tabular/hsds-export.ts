import { Injectable } from '@nestjs/common';
import { HsdsCatalogue } from '../hsds-catalogue.js';
import { defaultParams, MAX_PER_PAGE } from '../hsds-params.js';
import { HsdsTerms } from '../hsds-terms.js';
import { hsdsTaxonomies } from '../hsds-taxonomy.js';
import type { HsdsOrganization, HsdsPage, HsdsService } from '../hsds.types.js';
import { writePackage } from './hsds-package.js';
import { TableBuilder, type Tables } from './hsds-tables.js';

/** The public catalogue as HSDS's tabular form: the same records the API serves, flattened into tables. */
@Injectable()
export class HsdsExport {
  constructor(
    private readonly catalogue: HsdsCatalogue,
    private readonly terms: HsdsTerms,
  ) {}

  async tables(progress?: (done: number, what: string) => void): Promise<Tables> {
    const builder = new TableBuilder();
    for (const taxonomy of hsdsTaxonomies()) builder.add('taxonomy', taxonomy);
    for (const term of await this.terms.all()) builder.add('taxonomy_term', term);
    const organizations = await this.all((page) =>
      this.catalogue.organizations(defaultParams({ page, perPage: MAX_PER_PAGE, full: true })),
    );
    for (const org of organizations) builder.add('organization', org);
    progress?.(organizations.length, 'organisationer');
    const services = await this.all((page) => this.catalogue.services(defaultParams({ page, perPage: MAX_PER_PAGE, full: true })));
    for (const service of services as HsdsService[]) builder.add('service', service);
    progress?.(services.length, 'tilbud');
    return builder.tables();
  }

  async zip(created: Date, progress?: (done: number, what: string) => void): Promise<Uint8Array> {
    return writePackage(await this.tables(progress), created);
  }

  private async all<T extends HsdsOrganization | HsdsService | { id: string }>(page: (n: number) => Promise<HsdsPage<T>>): Promise<T[]> {
    const all: T[] = [];
    for (let n = 1; ; n++) {
      const result = await page(n);
      all.push(...result.contents);
      if (result.last_page) return all;
    }
  }
}
