import type { ListParams } from './hsds-params.js';
import type { HsdsPage } from './hsds.types.js';

/** HSDS's page envelope for `contents`, page `params.page` of `total` items. */
export function pageOf<T>(contents: T[], total: number, params: Pick<ListParams, 'page' | 'perPage'>): HsdsPage<T> {
  const totalPages = Math.ceil(total / params.perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: params.page,
    size: contents.length,
    first_page: params.page === 1,
    last_page: params.page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** A page of a list held in memory. */
export function pageOfList<T>(all: T[], params: Pick<ListParams, 'page' | 'perPage'>): HsdsPage<T> {
  const start = (params.page - 1) * params.perPage;
  return pageOf(all.slice(start, start + params.perPage), all.length, params);
}

export const offsetOf = (params: Pick<ListParams, 'page' | 'perPage'>) => ({
  offset: (params.page - 1) * params.perPage,
  limit: params.perPage,
});
