// The network coordinators' pages in one lazily loaded chunk: others never download them.
import './network.css';
export { NetworksPage } from './NetworksPage';
export { NetworkPage } from './NetworkPage';
export { VolunteersPage } from './VolunteersPage';
export { SupervisionGroupsPage } from './SupervisionGroupsPage';
export { NewSupervisionGroupPage, SupervisionGroupEditPage } from './SupervisionEditPages';
export { SupervisionGroupPage } from './SupervisionGroupPage';
export { SessionAttendancePage } from './SessionAttendancePage';
export { SupervisionHoursPage } from './SupervisionHoursPage';
export { NewNetworkPage } from './NewNetworkPage';
export { KeyPersonApplicationsPage } from './KeyPersonPage';
