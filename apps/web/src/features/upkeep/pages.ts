// The pages for keeping the directory true, in one lazily loaded chunk (see lazy.tsx).
export { ContactHistoryPage, OfferHistoryPage } from './HistoryPage';
export { UpkeepOverviewPage } from './UpkeepOverviewPage';
export { VerificationQueuePage } from './VerificationQueuePage';
export { TurnoverPage } from './TurnoverPage';
