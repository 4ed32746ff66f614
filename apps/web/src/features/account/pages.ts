// The self-service pages in one lazily loaded chunk (see routes.ts).
import './account.css';
export { MyAccountPage } from './MyAccountPage';
export { ChangePasswordPage } from './ChangePasswordPage';
export { MyDataPage } from './MyDataPage';
export { EraseAccountPage } from './EraseAccountPage';
