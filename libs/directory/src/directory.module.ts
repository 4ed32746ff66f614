import { ContactOwnerResolver, OfferOwnerResolver } from './shared/ownership.js';
import { DirectoryGeneration } from './shared/directory-generation.js';
import { DeletionPreviews } from './shared/deletion-preview.js';
import { DeletionPreviewResolver } from './shared/deletion-preview.resolver.js';
import { Module } from '@nestjs/common';
import { GeographyModule } from '#geography';
import { ContactResolver } from './contacts/contact.resolver.js';
import { ContactItemsResolver } from './contacts/contact-items.resolver.js';
import { OfferItemsResolver } from './offers/offer-items.resolver.js';
import { ChannelIdResolver, HoursExceptionIdResolver, WeeklyHoursIdResolver } from './shared/record-items.resolver.js';
import { ContactsService } from './contacts/contacts.service.js';
import { ContactHandover } from './contacts/contact-handover.js';
import { RecordConfirmations } from './shared/record-confirmations.js';
import { DueRecords } from './shared/due-records.js';
import { DirectoryRecords } from './shared/directory-records.js';
import { OfferResolver } from './offers/offer.resolver.js';
import { OffersService } from './offers/offers.service.js';
import { OrganisationResolver } from './organisations/organisation.resolver.js';
import { OrganisationsService } from './organisations/organisations.service.js';
import { PlaceScopes } from './shared/place-scope.js';
import { CatalogueFeed } from './shared/catalogue-feed.js';
import { CatalogueRecords } from './shared/catalogue-records.js';
import { ContactFreshnessResolver, OfferFreshnessResolver } from './shared/freshness.js';
import { ContactPlaceTimeResolver, OfferOpeningResolver, OpeningHoursResolver } from './shared/place-time.resolver.js';
import { TaxonomyResolver } from './taxonomy/taxonomy.resolver.js';
import { TaxonomyService } from './taxonomy/taxonomy.service.js';
import { UnitResolver } from './units/unit.resolver.js';
import { UnitsService } from './units/units.service.js';

export const DIRECTORY_RESOLVERS = [
  TaxonomyResolver,
  OrganisationResolver,
  UnitResolver,
  ContactResolver,
  OfferResolver,
  ContactPlaceTimeResolver,
  OfferOpeningResolver,
  ContactFreshnessResolver,
  OfferFreshnessResolver,
  ContactOwnerResolver,
  OfferOwnerResolver,
  OpeningHoursResolver,
  OfferItemsResolver,
  ContactItemsResolver,
  ChannelIdResolver,
  WeeklyHoursIdResolver,
  HoursExceptionIdResolver,
  DeletionPreviewResolver,
];

@Module({
  imports: [GeographyModule],
  providers: [
    DirectoryGeneration,
    PlaceScopes,
    TaxonomyService,
    OrganisationsService,
    UnitsService,
    ContactsService,
    OffersService,
    ContactHandover,
    RecordConfirmations,
    DueRecords,
    CatalogueFeed,
    CatalogueRecords,
    DeletionPreviews,
    DirectoryRecords,
    ...DIRECTORY_RESOLVERS,
  ],
  exports: [
    DirectoryGeneration,
    TaxonomyService,
    OrganisationsService,
    UnitsService,
    ContactsService,
    OffersService,
    ContactHandover,
    RecordConfirmations,
    DueRecords,
    CatalogueFeed,
    CatalogueRecords,
    DirectoryRecords,
  ],
})
export class DirectoryModule {}
