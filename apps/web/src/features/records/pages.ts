// Every record page in one lazily loaded chunk (see lazy.tsx): the front page's JavaScript stays small.
export { ContactPage } from './ContactPage';
export { OfferPage } from './OfferPage';
export { OrganisationPage } from './OrganisationPage';
export { MunicipalityPage } from './MunicipalityPage';
export { RegionPage } from './RegionPage';
export { ThemeDayPage } from './ThemeDayPage';
export { ContactEditPage, OfferEditPage, NewContactPage } from './EditPages';
export { NetworkCoveragePage } from './CoverageParts';
