import { lazy, createElement, Suspense, type ComponentType } from 'react';

type Pages = typeof import('./pages');

function lazyPage(name: keyof Pages): ComponentType {
  const Page = lazy(async () => ({ default: (await import('./pages'))[name] as ComponentType }));
  return function LazyNetworkPage() {
    return createElement(Suspense, { fallback: createElement('p', { role: 'status' }, 'Henter siden …') }, createElement(Page));
  };
}

/** The network coordinators' pages; `/netvaerk/frivillige`, `/ny` and `/ansoegninger` before `/netvaerk/:id`. */
export const NETWORK_ROUTES: { path: string; page: ComponentType }[] = [
  { path: '/netvaerk', page: lazyPage('NetworksPage') },
  { path: '/netvaerk/frivillige', page: lazyPage('VolunteersPage') },
  { path: '/netvaerk/ny', page: lazyPage('NewNetworkPage') },
  { path: '/netvaerk/ansoegninger', page: lazyPage('KeyPersonApplicationsPage') },
  { path: '/netvaerk/:id', page: lazyPage('NetworkPage') },
  { path: '/netvaerk/:id/supervision', page: lazyPage('SupervisionGroupsPage') },
  { path: '/netvaerk/:id/supervision/ny', page: lazyPage('NewSupervisionGroupPage') },
  { path: '/supervisionsgrupper/:id', page: lazyPage('SupervisionGroupPage') },
  { path: '/supervisionsgrupper/:id/ret', page: lazyPage('SupervisionGroupEditPage') },
  { path: '/supervisionsgrupper/:id/moeder/:sessionId', page: lazyPage('SessionAttendancePage') },
  { path: '/supervisionstimer/:memberId', page: lazyPage('SupervisionHoursPage') },
];
