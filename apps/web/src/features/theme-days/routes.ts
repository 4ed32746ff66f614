import { lazy, createElement, Suspense, type ComponentType } from 'react';

type Pages = typeof import('./pages');

function lazyPage(name: keyof Pages): ComponentType {
  const Page = lazy(async () => ({ default: (await import('./pages'))[name] as ComponentType }));
  return function LazyThemeDayPage() {
    return createElement(Suspense, { fallback: createElement('p', { role: 'status' }, 'Henter siden …') }, createElement(Page));
  };
}

/** The coordinators' theme-day pages; before `/temadage/:id` (the public page) in the router. */
export const THEME_DAY_ROUTES: { path: string; page: ComponentType }[] = [
  { path: '/temadage', page: lazyPage('ThemeDaysAdminPage') },
  { path: '/temadage/ny', page: lazyPage('NewThemeDayPage') },
  { path: '/temadage/:id/ret', page: lazyPage('ThemeDayEditPage') },
  { path: '/temadage/:id/tilmeldte', page: lazyPage('ThemeDayAttendeesPage') },
  { path: '/temadage/:id/deltagerliste', page: lazyPage('AttendeeListPrintPage') },
];
