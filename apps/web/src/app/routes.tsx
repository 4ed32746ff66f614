import type { ComponentType } from 'react';
import { AccessibilityStatement } from '../features/pages/AccessibilityStatement';
import { HandoverPage } from '../features/handover/HandoverPage';
import { HomePage } from '../features/home/HomePage';
import { PrivacyNotice } from '../features/pages/PrivacyNotice';
import { InvitationPage, PasswordResetPage } from '../features/account/SetPasswordPage';
import { SignInPage } from '../features/account/SignInPage';
import { SsoCallbackPage } from '../features/account/SsoCallbackPage';
import { CATALOGUE_ROUTES } from '../features/catalogue/routes';
import * as Records from '../features/records/lazy';
import { NETWORK_ROUTES } from '../features/network/routes';
import { ACCOUNT_ROUTES } from '../features/account/routes';
import { ADMIN_ROUTES } from '../features/admin/routes';
import { THEME_DAY_ROUTES } from '../features/theme-days/routes';
import { UPKEEP_ROUTES } from '../features/upkeep/routes';
import { IMPORT_ROUTES } from '../features/import/routes';

/**
 * Every page of the web app. The paths people meet in mails and bookmarks are part of the contract (WEB.md):
 * a path that changes keeps a redirect. One line per page; each page is a component in its feature folder.
 */
export const ROUTES: { path: string; page: ComponentType }[] = [
  { path: '/', page: HomePage },
  { path: '/overlevering', page: HandoverPage },
  { path: '/tilgaengelighed', page: AccessibilityStatement },
  { path: '/privatliv', page: PrivacyNotice },
  { path: '/log-ind', page: SignInPage },
  { path: '/log-ind/sso', page: SsoCallbackPage },
  { path: '/konto/invitation', page: InvitationPage },
  { path: '/konto/nulstil', page: PasswordResetPage },
  ...ACCOUNT_ROUTES,
  ...ADMIN_ROUTES,
  ...UPKEEP_ROUTES,
  ...CATALOGUE_ROUTES,
  ...IMPORT_ROUTES,
  { path: '/kontakter/ny', page: Records.NewContactPage },
  { path: '/kontakter/:id/ret', page: Records.ContactEditPage },
  { path: '/kontakter/:id', page: Records.ContactPage },
  { path: '/tilbud/:id/ret', page: Records.OfferEditPage },
  { path: '/tilbud/:id', page: Records.OfferPage },
  { path: '/organisationer/:id', page: Records.OrganisationPage },
  { path: '/frivillige/:id', page: Records.OrganisationPage },
  { path: '/kommuner/:code', page: Records.MunicipalityPage },
  { path: '/regioner/:key', page: Records.RegionPage },
  ...THEME_DAY_ROUTES,
  { path: '/temadage/:id', page: Records.ThemeDayPage },
  { path: '/netvaerk/:id/daekning', page: Records.NetworkCoveragePage },
  ...NETWORK_ROUTES,
];
