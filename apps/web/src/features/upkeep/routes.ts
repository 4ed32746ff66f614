import type { ComponentType } from 'react';
import * as Upkeep from './lazy';

/** Keeping it true (issue 17 item 2): history, verification queue, turnover. Listed before the record pages they sit under. */
export const UPKEEP_ROUTES: { path: string; page: ComponentType }[] = [
  { path: '/kontakter/:id/historik', page: Upkeep.ContactHistoryPage },
  { path: '/tilbud/:id/historik', page: Upkeep.OfferHistoryPage },
  { path: '/vedligehold', page: Upkeep.UpkeepOverviewPage },
  { path: '/organisationer/:id/bekraeft', page: Upkeep.VerificationQueuePage },
  { path: '/organisationer/:id/fratraedelse', page: Upkeep.TurnoverPage },
];
