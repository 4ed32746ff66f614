import { lazy, Suspense, type ComponentType } from 'react';

type Pages = typeof import('./pages');

function lazyPage(name: keyof Pages): ComponentType {
  const Page = lazy(async () => ({ default: (await import('./pages'))[name] as ComponentType }));
  return function LazyUpkeepPage() {
    return (
      <Suspense fallback={<p role="status">Henter siden …</p>}>
        <Page />
      </Suspense>
    );
  };
}

export const ContactHistoryPage = lazyPage('ContactHistoryPage');
export const OfferHistoryPage = lazyPage('OfferHistoryPage');
export const UpkeepOverviewPage = lazyPage('UpkeepOverviewPage');
export const VerificationQueuePage = lazyPage('VerificationQueuePage');
export const TurnoverPage = lazyPage('TurnoverPage');
