// The editors' organisation and unit pages, in one lazily loaded chunk (see routes.ts).
export { CataloguePage } from './CataloguePage';
export { NewOrganisationPage, OrganisationEditPage } from './OrganisationFormPages';
export { NewUnitPage, UnitEditPage } from './UnitFormPages';
export { NewOfferPage } from './NewOfferPage';
