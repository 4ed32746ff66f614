// The administrators' pages in one lazily loaded chunk (see routes.ts): others never download them.
import './admin.css';
export { AdminOverviewPage } from './AdminOverviewPage';
export { AccountsPage } from './AccountsPage';
export { InviteAccountPage } from './InviteAccountPage';
export { AccountAdminPage } from './AccountAdminPage';
export { MailLogPage } from './MailLogPage';
export { SynonymsPage } from './SynonymsPage';
