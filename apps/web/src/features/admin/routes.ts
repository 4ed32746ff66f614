import { lazy, createElement, Suspense, type ComponentType } from 'react';

type Pages = typeof import('./pages');

function lazyPage(name: keyof Pages): ComponentType {
  const Page = lazy(async () => ({ default: (await import('./pages'))[name] as ComponentType }));
  return function LazyAdminPage() {
    return createElement(Suspense, { fallback: createElement('p', { role: 'status' }, 'Henter siden …') }, createElement(Page));
  };
}

/** The administrators' pages (issue 17 item 4): accounts and roles, the mail log, synonyms. */
export const ADMIN_ROUTES: { path: string; page: ComponentType }[] = [
  { path: '/administration', page: lazyPage('AdminOverviewPage') },
  { path: '/administration/konti', page: lazyPage('AccountsPage') },
  { path: '/administration/konti/ny', page: lazyPage('InviteAccountPage') },
  { path: '/administration/konti/:id', page: lazyPage('AccountAdminPage') },
  { path: '/administration/maillog', page: lazyPage('MailLogPage') },
  { path: '/administration/synonymer', page: lazyPage('SynonymsPage') },
];
