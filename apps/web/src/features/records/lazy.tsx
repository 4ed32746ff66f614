import { lazy, Suspense, type ComponentType } from 'react';

type Pages = typeof import('./pages');

/** A record page loaded on first use, with a quiet line while its chunk arrives. */
function lazyPage(name: keyof Pages): ComponentType {
  const Page = lazy(async () => ({ default: (await import('./pages'))[name] as ComponentType }));
  return function LazyRecordPage() {
    return (
      <Suspense fallback={<p role="status">Henter siden …</p>}>
        <Page />
      </Suspense>
    );
  };
}

export const ContactPage = lazyPage('ContactPage');
export const ContactEditPage = lazyPage('ContactEditPage');
export const NewContactPage = lazyPage('NewContactPage');
export const OfferPage = lazyPage('OfferPage');
export const OfferEditPage = lazyPage('OfferEditPage');
export const OrganisationPage = lazyPage('OrganisationPage');
export const MunicipalityPage = lazyPage('MunicipalityPage');
export const RegionPage = lazyPage('RegionPage');
export const ThemeDayPage = lazyPage('ThemeDayPage');
export const NetworkCoveragePage = lazyPage('NetworkCoveragePage');
