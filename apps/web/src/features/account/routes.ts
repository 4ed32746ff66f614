import { lazy, createElement, Suspense, type ComponentType } from 'react';

type Pages = typeof import('./pages');

function lazyPage(name: keyof Pages): ComponentType {
  const Page = lazy(async () => ({ default: (await import('./pages'))[name] as ComponentType }));
  return function LazyAccountPage() {
    return createElement(Suspense, { fallback: createElement('p', { role: 'status' }, 'Henter siden …') }, createElement(Page));
  };
}

/** Self-service for every signed-in account (issue 17 item 5); after /konto/invitation and /konto/nulstil. */
export const ACCOUNT_ROUTES: { path: string; page: ComponentType }[] = [
  { path: '/konto', page: lazyPage('MyAccountPage') },
  { path: '/konto/adgangskode', page: lazyPage('ChangePasswordPage') },
  { path: '/konto/mine-data', page: lazyPage('MyDataPage') },
  { path: '/konto/slet', page: lazyPage('EraseAccountPage') },
];
