// The coordinators' theme-day pages in one lazily loaded chunk (see lazy.tsx): others never download them.
import './theme-days.css';
export { ThemeDaysAdminPage } from './ThemeDaysAdminPage';
export { NewThemeDayPage, ThemeDayEditPage } from './ThemeDayEditPages';
export { ThemeDayAttendeesPage } from './ThemeDayAttendeesPage';
export { AttendeeListPrintPage } from './AttendeeListPrintPage';
