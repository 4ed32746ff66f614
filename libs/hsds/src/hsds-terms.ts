import { Injectable } from '@nestjs/common';
import { TaxonomyService } from '#directory';
import { allTerms, hsdsTaxonomies, TAXONOMY_KEYS } from './hsds-taxonomy.js';
import { taxonomyId } from './hsds-ids.js';
import { HsdsBadRequest, HsdsNotFound, type ListParams } from './hsds-params.js';
import { pageOfList } from './hsds-page.js';
import type { HsdsPage, HsdsTaxonomy, HsdsTaxonomyTerm } from './hsds.types.js';

/** /hsds/taxonomies and /hsds/taxonomy_terms: Vejviser's three published taxonomies. */
@Injectable()
export class HsdsTerms {
  constructor(private readonly taxonomy: TaxonomyService) {}

  taxonomies(params: ListParams): HsdsPage<HsdsTaxonomy> {
    return pageOfList(
      hsdsTaxonomies().filter((t) => matches(params.search, t.name, t.description)),
      params,
    );
  }

  taxonomyById(id: string): HsdsTaxonomy {
    const found = hsdsTaxonomies().find((t) => t.id === id);
    if (!found) throw new HsdsNotFound('Taksonomien findes ikke.');
    return found;
  }

  async all(): Promise<HsdsTaxonomyTerm[]> {
    return allTerms(await this.taxonomy.list());
  }

  async terms(params: ListParams): Promise<HsdsPage<HsdsTaxonomyTerm>> {
    const terms = await this.all();
    const withChildren = new Set(terms.map((t) => t.parent_id).filter(Boolean));
    const selected = terms.filter(
      (t) =>
        matches(params.search, t.name, t.description, t.code) &&
        (!params.taxonomyId || t.taxonomy_id === params.taxonomyId) &&
        (!params.parentId || t.parent_id === params.parentId) &&
        (!params.topOnly || !withChildren.has(t.id)),
    );
    return pageOfList(selected, params);
  }

  async termById(id: string): Promise<HsdsTaxonomyTerm> {
    const found = (await this.all()).find((t) => t.id === id);
    if (!found) throw new HsdsNotFound('Taksonomitermen findes ikke.');
    return { ...found, taxonomy_detail: this.taxonomyById(found.taxonomy_id) };
  }

  /**
   * The directory keys a service filter means: a situation or problem term (with its descendants, added
   * by the directory), or every term of the situation or problem taxonomy.
   */
  async filterKeys(params: Pick<ListParams, 'taxonomyTermId' | 'taxonomyId'>): Promise<string[] | null> {
    const directory = new Set([taxonomyId(TAXONOMY_KEYS.SITUATION), taxonomyId(TAXONOMY_KEYS.PROBLEM)]);
    const terms = (await this.all()).filter((t) => directory.has(t.taxonomy_id));
    let keys: string[] | null = null;
    if (params.taxonomyId) {
      if (!directory.has(params.taxonomyId)) {
        throw new HsdsBadRequest('taxonomy_id skal være situations- eller problemtaksonomien (se /hsds/taxonomies).', 'taxonomy_id');
      }
      keys = terms.filter((t) => t.taxonomy_id === params.taxonomyId).map((t) => t.code);
    }
    if (params.taxonomyTermId) {
      const term = terms.find((t) => t.id === params.taxonomyTermId);
      if (!term)
        throw new HsdsBadRequest(
          'Ukendt taxonomy_term_id: brug en situation eller et problemområde fra /hsds/taxonomy_terms.',
          'taxonomy_term_id',
        );
      keys = keys && !keys.includes(term.code) ? [] : [term.code];
    }
    return keys;
  }
}

function matches(search: string | null, ...texts: string[]): boolean {
  if (!search) return true;
  const needle = search.toLocaleLowerCase('da');
  return texts.some((t) => t.toLocaleLowerCase('da').includes(needle));
}
