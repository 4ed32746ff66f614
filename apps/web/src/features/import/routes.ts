import type { ComponentType } from 'react';
import { lazy, Suspense, createElement } from 'react';

const Page = lazy(async () => ({ default: (await import('./ImportPage')).ImportPage }));

function LazyImportPage() {
  return createElement(Suspense, { fallback: createElement('p', { role: 'status' }, 'Henter siden …') }, createElement(Page));
}

/** Spreadsheet import (issue 18 item 3), in its own lazily loaded chunk. Listed before the organisation page. */
export const IMPORT_ROUTES: { path: string; page: ComponentType }[] = [{ path: '/organisationer/:id/import', page: LazyImportPage }];
