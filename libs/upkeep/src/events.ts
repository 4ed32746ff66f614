declare module '#core' {
  interface DomainEventCatalogue {
    /** A person left: what they carried went to the successor (turnover), in one transaction. */
    RolesHandedOver: {
      organisationId: string;
      leavingContactId: string;
      successorContactId: string;
      /** The accounts whose roles and memberships moved, when the person had one. */
      accountId: string | null;
      successorAccountId: string | null;
    };
  }
}

export {};
