/** A change to a directory record: saved (`deleted: false`) or gone. */
export interface RecordChanged {
  id: string;
  deleted: boolean;
}

declare module '#core' {
  interface DomainEventCatalogue {
    OrganisationChanged: RecordChanged;
    UnitChanged: RecordChanged;
    ContactChanged: RecordChanged;
    OfferChanged: RecordChanged;
  }
}

/** The directory's events, one per kind of record. */
export const DIRECTORY_EVENTS = ['OrganisationChanged', 'UnitChanged', 'ContactChanged', 'OfferChanged'] as const;
export type DirectoryEvent = (typeof DIRECTORY_EVENTS)[number];
