import { createElement, lazy, Suspense, type ComponentType } from 'react';

type Pages = typeof import('./pages');

function lazyPage(name: keyof Pages): ComponentType {
  const Page = lazy(async () => ({ default: (await import('./pages'))[name] as ComponentType }));
  return function LazyCataloguePage() {
    return createElement(Suspense, { fallback: createElement('p', { role: 'status' }, 'Henter siden …') }, createElement(Page));
  };
}

/** Creating and editing organisations and units, and creating offers (issue 17 item 1); before `/organisationer/:id` in the router. */
export const CATALOGUE_ROUTES: { path: string; page: ComponentType }[] = [
  { path: '/redigering', page: lazyPage('CataloguePage') },
  { path: '/organisationer/ny', page: lazyPage('NewOrganisationPage') },
  { path: '/organisationer/:id/ret', page: lazyPage('OrganisationEditPage') },
  { path: '/enheder/ny', page: lazyPage('NewUnitPage') },
  { path: '/enheder/:id/ret', page: lazyPage('UnitEditPage') },
  // Before `/tilbud/:id`.
  { path: '/tilbud/ny', page: lazyPage('NewOfferPage') },
];
