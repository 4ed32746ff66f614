/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation AcceptInvitation($input: RedeemLinkInput!) {\n    acceptInvitation(input: $input) {\n      __typename\n      ... on Session {\n        refreshToken\n        account {\n          email\n        }\n      }\n      ...MutationFailure\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation ResetPassword($input: RedeemLinkInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on Session {\n        refreshToken\n        account {\n          email\n        }\n      }\n      ...MutationFailure\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation EndLinkSession($input: RefreshTokenInput!) {\n    signOut(input: $input) {\n      sessions\n    }\n  }\n": typeof types.EndLinkSessionDocument,
    "\n  query MyAccount {\n    me {\n      id\n      displayName\n      email\n      jobTitle\n      workPhone\n      organisationId\n      status\n      createdAt\n      lastSignInAt\n      grants {\n        role\n        organisationId\n        unitId\n        networkId\n      }\n    }\n  }\n": typeof types.MyAccountDocument,
    "\n  query MyData {\n    me {\n      id\n      displayName\n      email\n      jobTitle\n      workPhone\n      organisationId\n      status\n      createdAt\n      lastSignInAt\n      grants {\n        role\n        organisationId\n        unitId\n        networkId\n      }\n    }\n    myNetworkMemberships {\n      id\n      status\n      name\n      email\n      jobTitle\n      motivation\n      appliedAt\n      decidedAt\n      isKeyPerson\n      inSteeringGroup\n      network {\n        id\n        name\n      }\n    }\n    myThemeDayRegistrations {\n      id\n      themeDayId\n      themeDayTitle\n      themeDayStartsAt\n      networkName\n      name\n      email\n      workplace\n      status\n      registeredAt\n      cancelledAt\n      attended\n    }\n    mySupervisionParticipations {\n      id\n      groupId\n      groupName\n      networkName\n      status\n      motivation\n      appliedAt\n      decidedAt\n    }\n    mySupervisionHours {\n      memberId\n      totalHours\n      goalHours\n      sessionsAttended\n      groups {\n        groupId\n        groupName\n        sessionsAttended\n        hours\n      }\n    }\n    myAuditEvents(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          occurredAt\n          entityType\n          entityId\n          action\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n    myChangeSubscriptions {\n      id\n      createdAt\n      lastSentAt\n      municipalityCodes\n      network {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyDataDocument,
    "\n  mutation UpdateMyProfile($input: MyProfileInput!) {\n    updateMyProfile(input: $input) {\n      __typename\n      ... on Account {\n        id\n        displayName\n        jobTitle\n        workPhone\n      }\n      ...MutationFailure\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation EraseMyAccount($id: ID!) {\n    eraseAccount(id: $id) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": typeof types.EraseMyAccountDocument,
    "\n  query MyAuditEvents($after: String) {\n    myAuditEvents(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          occurredAt\n          entityType\n          entityId\n          action\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyAuditEventsDocument,
    "\n  query MailLog($status: MailStatus, $first: Int, $after: String) {\n    mailMessages(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          template\n          subject\n          recipients\n          status\n          attempts\n          maxAttempts\n          lastError\n          createdAt\n          sentAt\n          updatedAt\n        }\n      }\n    }\n  }\n": typeof types.MailLogDocument,
    "\n  query SynonymGroups {\n    synonymGroups {\n      id\n      terms\n      updatedAt\n    }\n  }\n": typeof types.SynonymGroupsDocument,
    "\n  mutation CreateSynonymGroup($input: SynonymGroupInput!) {\n    createSynonymGroup(input: $input) {\n      __typename\n      ... on SynonymGroup {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n": typeof types.CreateSynonymGroupDocument,
    "\n  mutation DeleteSynonymGroup($id: ID!) {\n    deleteSynonymGroup(id: $id) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": typeof types.DeleteSynonymGroupDocument,
    "\n  mutation RetryMail($id: ID!) {\n    retryMail(id: $id) {\n      __typename\n      ... on MailMessage {\n        id\n        status\n      }\n      ...MutationFailure\n    }\n  }\n": typeof types.RetryMailDocument,
    "\n  query AdminRights {\n    me {\n      id\n      grants {\n        role\n      }\n    }\n  }\n": typeof types.AdminRightsDocument,
    "\n  query Accounts($filter: AccountFilter, $first: Int, $after: String) {\n    accounts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          email\n          status\n          lastSignInAt\n          grants {\n            id\n            role\n          }\n        }\n      }\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  query AccountAdmin($id: ID!) {\n    account(id: $id) {\n      id\n      displayName\n      email\n      status\n      jobTitle\n      workPhone\n      organisationId\n      createdAt\n      lastSignInAt\n      grants {\n        id\n        role\n        organisationId\n        unitId\n        networkId\n      }\n    }\n  }\n": typeof types.AccountAdminDocument,
    "\n  query ScopeNames($organisations: OrganisationFilter) {\n    organisations(filter: $organisations, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    networks(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ScopeNamesDocument,
    "\n  query AdminOrganisationUnits($organisationId: ID!) {\n    units(filter: { organisationId: $organisationId }, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdminOrganisationUnitsDocument,
    "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      __typename\n      ... on RoleGrant {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n": typeof types.GrantRoleDocument,
    "\n  mutation RevokeRole($id: ID!) {\n    revokeRole(id: $id) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": typeof types.RevokeRoleDocument,
    "\n  mutation DeactivateAccount($id: ID!) {\n    deactivateAccount(id: $id) {\n      __typename\n      ... on Account {\n        id\n        status\n      }\n      ...MutationFailure\n    }\n  }\n": typeof types.DeactivateAccountDocument,
    "\n  mutation InviteAccount($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      __typename\n      ... on Account {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n": typeof types.InviteAccountDocument,
    "\n  query GrantScopeName(\n    $organisationId: ID!\n    $unitId: ID!\n    $networkId: ID!\n    $hasOrganisation: Boolean!\n    $hasUnit: Boolean!\n    $hasNetwork: Boolean!\n  ) {\n    organisation(id: $organisationId) @include(if: $hasOrganisation) {\n      id\n      name\n    }\n    unit(id: $unitId) @include(if: $hasUnit) {\n      id\n      name\n    }\n    network(id: $networkId) @include(if: $hasNetwork) {\n      id\n      name\n    }\n  }\n": typeof types.GrantScopeNameDocument,
    "\n  query CatalogueRights {\n    me {\n      id\n      grants {\n        role\n        organisationId\n        unitId\n      }\n    }\n  }\n": typeof types.CatalogueRightsDocument,
    "\n  query OrganisationEdit($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      sector\n      description\n      address\n      website\n      verificationIntervalDays\n      municipality {\n        code\n      }\n      region {\n        key\n      }\n    }\n    units(filter: { organisationId: $id }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OrganisationEditDocument,
    "\n  query UnitEdit($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      kind\n      description\n      address\n      organisation {\n        id\n        name\n      }\n      parent {\n        id\n        parent {\n          id\n          parent {\n            id\n          }\n        }\n      }\n      children {\n        id\n      }\n      contacts {\n        id\n      }\n      offers {\n        id\n      }\n    }\n  }\n": typeof types.UnitEditDocument,
    "\n  mutation CreateOrganisationForm($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      __typename\n      ... on Organisation {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n": typeof types.CreateOrganisationFormDocument,
    "\n  mutation UpdateOrganisationForm($id: ID!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": typeof types.UpdateOrganisationFormDocument,
    "\n  mutation CreateUnitForm($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      __typename\n      ... on Unit {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n": typeof types.CreateUnitFormDocument,
    "\n  mutation UpdateUnitForm($id: ID!, $input: UpdateUnitInput!) {\n    updateUnit(id: $id, input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": typeof types.UpdateUnitFormDocument,
    "\n  query AllOrganisations {\n    organisations(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AllOrganisationsDocument,
    "\n  mutation CreateOfferForm($input: CreateOfferInput!) {\n    createOffer(input: $input) {\n      __typename\n      ... on Offer {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n": typeof types.CreateOfferFormDocument,
    "\n  query FindSearch($input: SearchInput!) {\n    search(input: $input) {\n      totalCount\n      correctedQuery\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      understood {\n        text\n        age\n        municipalities {\n          code\n          name\n        }\n        situations {\n          key\n          label\n        }\n      }\n      facets {\n        field\n        values {\n          value\n          label\n          count\n        }\n      }\n      edges {\n        cursor\n        type\n        stale\n        openingStatus {\n          ...StatusFields\n        }\n        node {\n          __typename\n          ... on Contact {\n            id\n            name\n            kind\n            roleTitle\n            lastVerifiedAt\n            channels {\n              ...ChannelFields\n            }\n            organisation {\n              name\n              municipality {\n                name\n              }\n              region {\n                name\n              }\n            }\n          }\n          ... on Offer {\n            id\n            name\n            helpText\n            lastVerifiedAt\n            channels {\n              ...ChannelFields\n            }\n            organisation {\n              name\n              municipality {\n                name\n              }\n              region {\n                name\n              }\n            }\n          }\n          ... on Organisation {\n            id\n            name\n            lastVerifiedAt\n            municipality {\n              name\n            }\n            region {\n              name\n            }\n          }\n          ... on Unit {\n            id\n            name\n            lastVerifiedAt\n            organisation {\n              id\n              name\n              municipality {\n                name\n              }\n              region {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.FindSearchDocument,
    "\n  query FindSuggest($prefix: String!) {\n    suggest(prefix: $prefix, first: 8) {\n      kind\n      label\n      code\n      detail\n    }\n  }\n": typeof types.FindSuggestDocument,
    "\n  query HandoverChoices {\n    municipalities {\n      code\n      name\n    }\n    taxonomy(kind: SITUATION) {\n      key\n      label\n      parentKey\n    }\n  }\n": typeof types.HandoverChoicesDocument,
    "\n  fragment EntryPointFields on HandoverEntryPoint {\n    callNow\n    contact {\n      id\n      kind\n      name\n      roleTitle\n      helpText\n      stale\n      lastVerifiedAt\n      organisation {\n        name\n      }\n      unit {\n        name\n      }\n      channels {\n        ...ChannelFields\n      }\n    }\n    openingStatus {\n      ...StatusFields\n    }\n  }\n": typeof types.EntryPointFieldsFragmentDoc,
    "\n  query HandoverAnswer($municipality: String!, $age: Int, $situations: [String!], $at: DateTime) {\n    handoverGuide(municipalityCode: $municipality, age: $age, situations: $situations, at: $at) {\n      at\n      age\n      municipality {\n        code\n        name\n        officialName\n      }\n      region {\n        name\n      }\n      situations {\n        key\n        label\n      }\n      callNow {\n        ...EntryPointFields\n      }\n      entryPoints {\n        ...EntryPointFields\n      }\n      regionalEntryPoints {\n        ...EntryPointFields\n      }\n      offers {\n        id\n        name\n        accessRoute\n        ageMin\n        ageMax\n        helpText\n        description\n        stale\n        lastVerifiedAt\n        organisation {\n          name\n        }\n        channels {\n          ...ChannelFields\n        }\n      }\n      volunteerOrganisations {\n        id\n        name\n        website\n        description\n        municipality {\n          code\n        }\n      }\n      themeDays {\n        id\n        title\n        startsAt\n        endsAt\n        venue\n      }\n    }\n  }\n": typeof types.HandoverAnswerDocument,
    "\n  mutation SendHandoverSheet($input: SendHandoverSheetInput!) {\n    sendHandoverSheet(input: $input) {\n      __typename\n      ... on HandoverSheetSent {\n        to\n        staffChannelsIncluded\n      }\n      ...MutationFailure\n    }\n  }\n": typeof types.SendHandoverSheetDocument,
    "\n  query ImportOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.ImportOrganisationDocument,
    "\n  mutation ImportSpreadsheet($input: ImportSpreadsheetInput!) {\n    importSpreadsheet(input: $input) {\n      __typename\n      ... on ImportReport {\n        importId\n        dryRun\n        applied\n        format\n        encoding\n        delimiter\n        created\n        updated\n        unchanged\n        failed\n        columns {\n          header\n          field\n        }\n        rows {\n          rowNumber\n          kind\n          name\n          action\n          recordId\n          changedFields\n        }\n        problems {\n          rowNumber\n          column\n          message\n        }\n        warnings {\n          rowNumber\n          column\n          message\n        }\n      }\n      ...MutationFailure\n    }\n  }\n": typeof types.ImportSpreadsheetDocument,
    "\n  query MyKeyPersonRoles {\n    myNetworkMemberships {\n      id\n      status\n      isKeyPerson\n    }\n  }\n": typeof types.MyKeyPersonRolesDocument,
    "\n  query KeyPersonApplications {\n    myNetworkMemberships {\n      id\n      status\n      isKeyPerson\n      party {\n        id\n        name\n      }\n      network {\n        id\n        name\n        pending: members(filter: { status: PENDING }, first: 100) {\n          edges {\n            node {\n              ...AdminMember\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.KeyPersonApplicationsDocument,
    "\n  query NetworkOverview {\n    networks(first: 100) {\n      edges {\n        node {\n          id\n          name\n          viewerIsCoordinator\n          parties {\n            id\n          }\n          pending: members(filter: { status: PENDING }, first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.NetworkOverviewDocument,
    "\n  query NetworkAdmin($id: ID!) {\n    network(id: $id) {\n      id\n      name\n      description\n      contactEmail\n      coordinators\n      viewerIsCoordinator\n      parties {\n        id\n        kind\n        name\n        joinedOn\n        memberCount\n      }\n      pending: members(filter: { status: PENDING }, first: 100) {\n        edges {\n          node {\n            ...AdminMember\n          }\n        }\n      }\n      approved: members(filter: { status: APPROVED }, first: 100) {\n        totalCount\n        edges {\n          node {\n            ...AdminMember\n          }\n        }\n      }\n    }\n  }\n": typeof types.NetworkAdminDocument,
    "\n  fragment AdminMember on NetworkMember {\n    id\n    name\n    email\n    jobTitle\n    motivation\n    appliedAt\n    status\n    isKeyPerson\n    inSteeringGroup\n    party {\n      id\n      name\n    }\n  }\n": typeof types.AdminMemberFragmentDoc,
    "\n  mutation UpdateNetwork($id: ID!, $input: UpdateNetworkInput!) {\n    updateNetwork(id: $id, input: $input) {\n      __typename\n      ... on Network {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n": typeof types.UpdateNetworkDocument,
    "\n  mutation CreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      __typename\n      ... on Network {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n": typeof types.CreateNetworkDocument,
    "\n  mutation ApproveNetworkMember($memberId: ID!) {\n    approveNetworkMember(memberId: $memberId) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": typeof types.ApproveNetworkMemberDocument,
    "\n  mutation RejectNetworkMember($memberId: ID!) {\n    rejectNetworkMember(memberId: $memberId) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": typeof types.RejectNetworkMemberDocument,
    "\n  mutation SetMemberRoles($input: MemberRolesInput!) {\n    setNetworkMemberRoles(input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": typeof types.SetMemberRolesDocument,
    "\n  query PartyCandidates($sector: Sector!) {\n    organisations(filter: { sector: $sector }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          units {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PartyCandidatesDocument,
    "\n  mutation AddNetworkParty($input: AddPartyInput!) {\n    addNetworkParty(input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": typeof types.AddNetworkPartyDocument,
    "\n  mutation RemoveNetworkParty($partyId: ID!) {\n    removeNetworkParty(partyId: $partyId) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": typeof types.RemoveNetworkPartyDocument,
    "\n  query SupervisionGroups($networkId: ID!) {\n    network(id: $networkId) {\n      id\n      name\n    }\n    supervisionGroups(networkId: $networkId, first: 100) {\n      edges {\n        node {\n          id\n          name\n          focus\n          status\n          seatsTaken\n          maxSeats\n          pendingCount\n          waitlistCount\n          sessions {\n            id\n            startsAt\n            cancelled\n          }\n        }\n      }\n    }\n  }\n": typeof types.SupervisionGroupsDocument,
    "\n  query SupervisionGroupAdmin($id: ID!) {\n    supervisionGroup(id: $id) {\n      id\n      name\n      focus\n      description\n      facilitatorName\n      facilitatorEmail\n      venue\n      status\n      minSeats\n      maxSeats\n      partyCap\n      sectorCaps {\n        sector\n        max\n      }\n      recurrence\n      firstSessionAt\n      sessionMinutes\n      exceptions\n      seatsTaken\n      network {\n        id\n        name\n      }\n      sessions {\n        id\n        startsAt\n        endsAt\n        cancelled\n        durationMinutes\n        attendance {\n          participantId\n          attended\n        }\n      }\n      participants {\n        id\n        status\n        appliedAt\n        motivation\n        waitlistPosition\n        memberId\n        member {\n          name\n          email\n          party {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SupervisionGroupAdminDocument,
    "\n  mutation CreateSupervisionGroup($input: CreateSupervisionGroupInput!) {\n    createSupervisionGroup(input: $input) {\n      __typename\n      ... on SupervisionGroup {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n": typeof types.CreateSupervisionGroupDocument,
    "\n  mutation UpdateSupervisionGroup($id: ID!, $input: UpdateSupervisionGroupInput!) {\n    updateSupervisionGroup(id: $id, input: $input) {\n      __typename\n      ... on SupervisionGroup {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n": typeof types.UpdateSupervisionGroupDocument,
    "\n  mutation DecideSupervisionApplication($participantId: ID!, $approve: Boolean!) {\n    decideSupervisionApplication(participantId: $participantId, approve: $approve) {\n      __typename\n      ... on SupervisionParticipant {\n        status\n      }\n      ...MutationFailure\n    }\n  }\n": typeof types.DecideSupervisionApplicationDocument,
    "\n  mutation CancelSupervisionSession($sessionId: ID!) {\n    cancelSupervisionSession(sessionId: $sessionId) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": typeof types.CancelSupervisionSessionDocument,
    "\n  mutation MarkSupervisionAttendance($sessionId: ID!, $participantIds: [ID!]!, $attended: Boolean!) {\n    markSupervisionAttendance(sessionId: $sessionId, participantIds: $participantIds, attended: $attended) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": typeof types.MarkSupervisionAttendanceDocument,
    "\n  query SupervisionHours($memberId: ID!) {\n    supervisionHours(memberId: $memberId) {\n      memberId\n      member {\n        name\n        jobTitle\n        party {\n          name\n        }\n        network {\n          id\n          name\n        }\n      }\n      goalHours\n      sessionsAttended\n      totalHours\n      totalMinutes\n      groups {\n        groupId\n        groupName\n        focus\n        facilitatorName\n        hours\n        sessionsAttended\n      }\n    }\n  }\n": typeof types.SupervisionHoursDocument,
    "\n  query VolunteerOrganisations {\n    volunteerOrganisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          website\n          parentOrganisation {\n            id\n          }\n          municipality {\n            name\n          }\n          branches {\n            id\n            name\n            municipality {\n              name\n            }\n            hostedThemeDays {\n              ...HostedDay\n            }\n          }\n          hostedThemeDays {\n            ...HostedDay\n          }\n        }\n      }\n    }\n  }\n": typeof types.VolunteerOrganisationsDocument,
    "\n  fragment HostedDay on ThemeDay {\n    id\n    title\n    startsAt\n    status\n    visibility\n    network {\n      name\n    }\n  }\n": typeof types.HostedDayFragmentDoc,
    "\n  query ContactPage($id: ID!) {\n    contact(id: $id) {\n      id\n      name\n      kind\n      roleTitle\n      helpText\n      address\n      leftAt\n      formerNames\n      channels {\n        ...ChannelFields\n      }\n      openingStatus {\n        ...StatusFields\n      }\n      openingHours {\n        ...HoursFields\n      }\n      ...RecordTrustFields\n      situations {\n        key\n        label\n      }\n      organisation {\n        ...PlaceFields\n      }\n      unit {\n        id\n        name\n      }\n      deputy {\n        id\n        name\n      }\n      successor {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ContactPageDocument,
    "\n  query NetworkName($id: ID!) {\n    network(id: $id) {\n      id\n      name\n      parties {\n        id\n        organisation {\n          id\n        }\n      }\n    }\n  }\n": typeof types.NetworkNameDocument,
    "\n  query NetworkCoverage($networkId: ID!) {\n    coverage(networkId: $networkId) {\n      summary {\n        required\n        verified\n        stale\n        missing\n      }\n      municipalitiesWithGaps\n      municipalities {\n        partyIds\n        municipality {\n          code\n          name\n        }\n        summary {\n          required\n          verified\n          stale\n          missing\n        }\n        items {\n          status\n          requirement {\n            id\n            label\n            situationKey\n          }\n          entryPoints {\n            stale\n            contact {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.NetworkCoverageDocument,
    "\n  query EditRights($organisationId: ID!, $unitId: ID!, $withUnit: Boolean!) {\n    me {\n      id\n      displayName\n      grants {\n        role\n        organisationId\n        unitId\n      }\n    }\n    organisation(id: $organisationId) {\n      id\n      name\n    }\n    unit(id: $unitId) @include(if: $withUnit) {\n      id\n      parent {\n        id\n        parent {\n          id\n          parent {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.EditRightsDocument,
    "\n  query RecordPlace($contactId: ID!, $offerId: ID!, $isContact: Boolean!) {\n    contact(id: $contactId) @include(if: $isContact) {\n      organisation {\n        id\n      }\n      unit {\n        id\n      }\n      owner {\n        accountId\n      }\n    }\n    offer(id: $offerId) @skip(if: $isContact) {\n      organisation {\n        id\n      }\n      unit {\n        id\n      }\n      owner {\n        accountId\n      }\n    }\n  }\n": typeof types.RecordPlaceDocument,
    "\n  query SituationLabels {\n    taxonomy(kind: SITUATION) {\n      key\n      label\n    }\n  }\n": typeof types.SituationLabelsDocument,
    "\n  query MunicipalityPage($code: String!) {\n    municipality(code: $code) {\n      code\n      name\n      officialName\n      region {\n        key\n        name\n      }\n    }\n    networks(first: 100) {\n      edges {\n        node {\n          id\n          name\n          parties {\n            organisation {\n              municipality {\n                code\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MunicipalityPageDocument,
    "\n  query MunicipalityEntryPoints($code: String!) {\n    handoverGuide(municipalityCode: $code) {\n      entryPoints {\n        contact {\n          id\n          name\n          stale\n          situations {\n            key\n            label\n          }\n          channels {\n            ...ChannelFields\n          }\n        }\n        openingStatus {\n          ...StatusFields\n        }\n      }\n      volunteerOrganisations {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MunicipalityEntryPointsDocument,
    "\n  query OfferPage($id: ID!) {\n    offer(id: $id) {\n      id\n      name\n      description\n      helpText\n      notFor\n      status\n      accessRoute\n      referredBy\n      decidedBy\n      holdsAuthority\n      ageMin\n      ageMax\n      cost\n      capacity\n      waitingTime\n      startsOn\n      endsOn\n      address\n      languages\n      legalBasis {\n        act\n        section\n      }\n      municipalities {\n        code\n        name\n      }\n      channels {\n        ...ChannelFields\n      }\n      openingStatus {\n        ...StatusFields\n      }\n      openingHours {\n        ...HoursFields\n      }\n      ...OfferTrustFields\n      situations {\n        key\n        label\n      }\n      problemTags {\n        key\n        label\n      }\n      organisation {\n        ...PlaceFields\n      }\n      unit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OfferPageDocument,
    "\n  query OrganisationUnits($id: ID!) {\n    units(first: 100, filter: { organisationId: $id }) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          parent {\n            id\n          }\n        }\n      }\n    }\n    contacts(first: 100, filter: { organisationId: $id }) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          stale\n          unit {\n            id\n          }\n          channels {\n            ...ChannelFields\n          }\n          openingStatus {\n            ...StatusFields\n          }\n        }\n      }\n    }\n    offers(first: 100, filter: { organisationId: $id }) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          stale\n          unit {\n            id\n          }\n          channels {\n            ...ChannelFields\n          }\n          openingStatus {\n            ...StatusFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganisationUnitsDocument,
    "\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      sector\n      description\n      address\n      website\n      municipality {\n        code\n        name\n      }\n      region {\n        key\n        name\n      }\n      parentOrganisation {\n        id\n        name\n      }\n      branches {\n        id\n        name\n        municipality {\n          code\n          name\n        }\n      }\n      hostedThemeDays {\n        id\n        title\n        startsAt\n        venue\n        status\n      }\n    }\n  }\n": typeof types.OrganisationPageDocument,
    "\n  query RegionPage($key: String!) {\n    region(key: $key) {\n      key\n      code\n      name\n      validFrom\n      validTo\n      succeededBy {\n        key\n        name\n      }\n      municipalities {\n        code\n        name\n      }\n    }\n  }\n": typeof types.RegionPageDocument,
    "\n  query RegionalOrganisations($key: String!) {\n    organisations(filter: { region: $key, sector: REGIONAL }, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.RegionalOrganisationsDocument,
    "\n  query ThemeDayPage($id: ID!) {\n    me {\n      displayName\n      email\n    }\n    themeDay(id: $id) {\n      id\n      title\n      topic\n      description\n      kind\n      status\n      cancellationReason\n      startsAt\n      endsAt\n      venue\n      onlineUrl\n      audience\n      capacity\n      seatsLeft\n      waitlistCount\n      registrationOpen\n      registrationOpensAt\n      registrationClosesAt\n      visibility\n      programme {\n        startsAt\n        endsAt\n        title\n        speaker\n      }\n      hostOrganisation {\n        id\n        name\n        sector\n      }\n      network {\n        id\n        name\n      }\n      myRegistration {\n        status\n        waitlistPosition\n      }\n    }\n  }\n": typeof types.ThemeDayPageDocument,
    "\n  mutation RegisterForThemeDay($input: RegisterForThemeDayInput!) {\n    registerForThemeDay(input: $input) {\n      __typename\n      ... on ThemeDayRegistration {\n        status\n        waitlistPosition\n        email\n      }\n      ...MutationFailure\n    }\n  }\n": typeof types.RegisterForThemeDayDocument,
    "\n  fragment EditableChannel on Channel {\n    id\n    kind\n    value\n    label\n    visibility\n  }\n": typeof types.EditableChannelFragmentDoc,
    "\n  fragment OfferChannelsAnswer on OfferResult {\n    __typename\n    ... on Offer {\n      channels {\n        ...EditableChannel\n      }\n    }\n    ...MutationFailure\n  }\n": typeof types.OfferChannelsAnswerFragmentDoc,
    "\n  fragment ContactChannelsAnswer on ContactResult {\n    __typename\n    ... on Contact {\n      channels {\n        ...EditableChannel\n      }\n    }\n    ...MutationFailure\n  }\n": typeof types.ContactChannelsAnswerFragmentDoc,
    "\n  mutation AddOfferChannel($offerId: ID!, $input: ChannelInput!) {\n    addOfferChannel(offerId: $offerId, input: $input) {\n      ...OfferChannelsAnswer\n    }\n  }\n": typeof types.AddOfferChannelDocument,
    "\n  mutation UpdateOfferChannel($offerId: ID!, $channelId: ID!, $input: ChannelInput!) {\n    updateOfferChannel(offerId: $offerId, channelId: $channelId, input: $input) {\n      ...OfferChannelsAnswer\n    }\n  }\n": typeof types.UpdateOfferChannelDocument,
    "\n  mutation RemoveOfferChannel($offerId: ID!, $channelId: ID!) {\n    removeOfferChannel(offerId: $offerId, channelId: $channelId) {\n      ...OfferChannelsAnswer\n    }\n  }\n": typeof types.RemoveOfferChannelDocument,
    "\n  mutation AddContactChannel($contactId: ID!, $input: ChannelInput!) {\n    addContactChannel(contactId: $contactId, input: $input) {\n      ...ContactChannelsAnswer\n    }\n  }\n": typeof types.AddContactChannelDocument,
    "\n  mutation UpdateContactChannel($contactId: ID!, $channelId: ID!, $input: ChannelInput!) {\n    updateContactChannel(contactId: $contactId, channelId: $channelId, input: $input) {\n      ...ContactChannelsAnswer\n    }\n  }\n": typeof types.UpdateContactChannelDocument,
    "\n  mutation RemoveContactChannel($contactId: ID!, $channelId: ID!) {\n    removeContactChannel(contactId: $contactId, channelId: $channelId) {\n      ...ContactChannelsAnswer\n    }\n  }\n": typeof types.RemoveContactChannelDocument,
    "\n  mutation DeleteOffer($id: ID!) {\n    deleteOffer(id: $id) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": typeof types.DeleteOfferDocument,
    "\n  mutation DeleteContact($id: ID!) {\n    deleteContact(id: $id) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": typeof types.DeleteContactDocument,
    "\n  mutation DeleteUnit($id: ID!) {\n    deleteUnit(id: $id) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": typeof types.DeleteUnitDocument,
    "\n  mutation DeleteOrganisation($id: ID!) {\n    deleteOrganisation(id: $id) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": typeof types.DeleteOrganisationDocument,
    "\n  query DeletionPreview($id: ID!) {\n    deletionPreview(id: $id) {\n      id\n      name\n      goes {\n        key\n        label\n        count\n      }\n      blockedBy {\n        key\n        label\n        count\n      }\n    }\n  }\n": typeof types.DeletionPreviewDocument,
    "\n  query OfferEdit($id: ID!) {\n    offer(id: $id) {\n      id\n      name\n      description\n      helpText\n      ageMin\n      ageMax\n      waitingTime\n      cost\n      address\n      openingHours {\n        ...EditableHours\n      }\n      organisation {\n        id\n      }\n      unit {\n        id\n      }\n      owner {\n        kind\n        accountId\n        unitId\n      }\n      channels {\n        id\n        kind\n        value\n        label\n        visibility\n      }\n    }\n  }\n": typeof types.OfferEditDocument,
    "\n  query ContactEdit($id: ID!) {\n    contact(id: $id) {\n      id\n      name\n      roleTitle\n      helpText\n      deputy {\n        id\n      }\n      openingHours {\n        ...EditableHours\n      }\n      organisation {\n        id\n      }\n      unit {\n        id\n      }\n      owner {\n        kind\n        accountId\n        unitId\n      }\n      channels {\n        id\n        kind\n        value\n        label\n        visibility\n      }\n    }\n  }\n": typeof types.ContactEditDocument,
    "\n  mutation UpdateOfferFields($id: ID!, $input: UpdateOfferInput!) {\n    updateOffer(id: $id, input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": typeof types.UpdateOfferFieldsDocument,
    "\n  mutation UpdateContactFields($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": typeof types.UpdateContactFieldsDocument,
    "\n  mutation CreateContactForm($input: CreateContactInput!) {\n    createContact(input: $input) {\n      __typename\n      ... on Contact {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n": typeof types.CreateContactFormDocument,
    "\n  fragment ContactHoursAnswer on ContactResult {\n    __typename\n    ... on Contact {\n      openingHours {\n        ...EditableHours\n      }\n    }\n    ...MutationFailure\n  }\n": typeof types.ContactHoursAnswerFragmentDoc,
    "\n  mutation AddContactWeeklyHours($contactId: ID!, $input: WeeklyHoursInput!) {\n    addContactWeeklyHours(contactId: $contactId, input: $input) {\n      ...ContactHoursAnswer\n    }\n  }\n": typeof types.AddContactWeeklyHoursDocument,
    "\n  mutation UpdateContactWeeklyHours($contactId: ID!, $weeklyHoursId: ID!, $input: WeeklyHoursInput!) {\n    updateContactWeeklyHours(contactId: $contactId, weeklyHoursId: $weeklyHoursId, input: $input) {\n      ...ContactHoursAnswer\n    }\n  }\n": typeof types.UpdateContactWeeklyHoursDocument,
    "\n  mutation RemoveContactWeeklyHours($contactId: ID!, $weeklyHoursId: ID!) {\n    removeContactWeeklyHours(contactId: $contactId, weeklyHoursId: $weeklyHoursId) {\n      ...ContactHoursAnswer\n    }\n  }\n": typeof types.RemoveContactWeeklyHoursDocument,
    "\n  mutation AddContactHoursException($contactId: ID!, $input: HoursExceptionInput!) {\n    addContactHoursException(contactId: $contactId, input: $input) {\n      ...ContactHoursAnswer\n    }\n  }\n": typeof types.AddContactHoursExceptionDocument,
    "\n  mutation UpdateContactHoursException($contactId: ID!, $exceptionId: ID!, $input: HoursExceptionInput!) {\n    updateContactHoursException(contactId: $contactId, exceptionId: $exceptionId, input: $input) {\n      ...ContactHoursAnswer\n    }\n  }\n": typeof types.UpdateContactHoursExceptionDocument,
    "\n  mutation RemoveContactHoursException($contactId: ID!, $exceptionId: ID!) {\n    removeContactHoursException(contactId: $contactId, exceptionId: $exceptionId) {\n      ...ContactHoursAnswer\n    }\n  }\n": typeof types.RemoveContactHoursExceptionDocument,
    "\n  mutation SetContactHoursSettings($contactId: ID!, $input: HoursSettingsInput!) {\n    setContactHoursSettings(contactId: $contactId, input: $input) {\n      ...ContactHoursAnswer\n    }\n  }\n": typeof types.SetContactHoursSettingsDocument,
    "\n  fragment EditableHours on OpeningHours {\n    alwaysOpen\n    openOnHolidays\n    note\n    weekly {\n      id\n      day\n      opens\n      closes\n    }\n    exceptions {\n      id\n      date\n      closed\n      opens\n      closes\n      note\n    }\n  }\n": typeof types.EditableHoursFragmentDoc,
    "\n  fragment OfferHoursAnswer on OfferResult {\n    __typename\n    ... on Offer {\n      openingHours {\n        ...EditableHours\n      }\n    }\n    ...MutationFailure\n  }\n": typeof types.OfferHoursAnswerFragmentDoc,
    "\n  mutation AddOfferWeeklyHours($offerId: ID!, $input: WeeklyHoursInput!) {\n    addOfferWeeklyHours(offerId: $offerId, input: $input) {\n      ...OfferHoursAnswer\n    }\n  }\n": typeof types.AddOfferWeeklyHoursDocument,
    "\n  mutation UpdateOfferWeeklyHours($offerId: ID!, $weeklyHoursId: ID!, $input: WeeklyHoursInput!) {\n    updateOfferWeeklyHours(offerId: $offerId, weeklyHoursId: $weeklyHoursId, input: $input) {\n      ...OfferHoursAnswer\n    }\n  }\n": typeof types.UpdateOfferWeeklyHoursDocument,
    "\n  mutation RemoveOfferWeeklyHours($offerId: ID!, $weeklyHoursId: ID!) {\n    removeOfferWeeklyHours(offerId: $offerId, weeklyHoursId: $weeklyHoursId) {\n      ...OfferHoursAnswer\n    }\n  }\n": typeof types.RemoveOfferWeeklyHoursDocument,
    "\n  mutation AddOfferHoursException($offerId: ID!, $input: HoursExceptionInput!) {\n    addOfferHoursException(offerId: $offerId, input: $input) {\n      ...OfferHoursAnswer\n    }\n  }\n": typeof types.AddOfferHoursExceptionDocument,
    "\n  mutation UpdateOfferHoursException($offerId: ID!, $exceptionId: ID!, $input: HoursExceptionInput!) {\n    updateOfferHoursException(offerId: $offerId, exceptionId: $exceptionId, input: $input) {\n      ...OfferHoursAnswer\n    }\n  }\n": typeof types.UpdateOfferHoursExceptionDocument,
    "\n  mutation RemoveOfferHoursException($offerId: ID!, $exceptionId: ID!) {\n    removeOfferHoursException(offerId: $offerId, exceptionId: $exceptionId) {\n      ...OfferHoursAnswer\n    }\n  }\n": typeof types.RemoveOfferHoursExceptionDocument,
    "\n  mutation SetOfferHoursSettings($offerId: ID!, $input: HoursSettingsInput!) {\n    setOfferHoursSettings(offerId: $offerId, input: $input) {\n      ...OfferHoursAnswer\n    }\n  }\n": typeof types.SetOfferHoursSettingsDocument,
    "\n  query OwnershipChoices($organisationId: ID!, $unitId: ID) {\n    me {\n      id\n      displayName\n    }\n    recordEditors(organisationId: $organisationId, unitId: $unitId) {\n      id\n      displayName\n    }\n    organisation(id: $organisationId) {\n      id\n      name\n      units {\n        id\n        name\n      }\n    }\n    contacts(filter: { organisationId: $organisationId }, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OwnershipChoicesDocument,
    "\n  mutation SetOfferOwner($id: ID!, $input: UpdateOfferInput!) {\n    updateOffer(id: $id, input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": typeof types.SetOfferOwnerDocument,
    "\n  mutation SetContactOwner($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": typeof types.SetContactOwnerDocument,
    "\n  fragment RecordTrustFields on Contact {\n    lastVerifiedAt\n    lastVerifiedBy\n    stale\n    verificationDue\n    owner {\n      kind\n      accountId\n      unitId\n    }\n  }\n": typeof types.RecordTrustFieldsFragmentDoc,
    "\n  fragment OfferTrustFields on Offer {\n    lastVerifiedAt\n    lastVerifiedBy\n    stale\n    verificationDue\n    owner {\n      kind\n      accountId\n      unitId\n    }\n  }\n": typeof types.OfferTrustFieldsFragmentDoc,
    "\n  fragment HoursFields on OpeningHours {\n    alwaysOpen\n    openOnHolidays\n    note\n    weekly {\n      day\n      opens\n      closes\n    }\n    exceptions {\n      date\n      closed\n      opens\n      closes\n      note\n    }\n  }\n": typeof types.HoursFieldsFragmentDoc,
    "\n  fragment PlaceFields on Organisation {\n    id\n    name\n    sector\n    municipality {\n      code\n      name\n    }\n    region {\n      key\n      name\n    }\n  }\n": typeof types.PlaceFieldsFragmentDoc,
    "\n  query CoordinatorRights {\n    me {\n      id\n      grants {\n        role\n        networkId\n      }\n    }\n  }\n": typeof types.CoordinatorRightsDocument,
    "\n  query CoordinatedNetworks {\n    networks(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CoordinatedNetworksDocument,
    "\n  query CoordinatedThemeDays {\n    themeDays(filter: { includeCancelled: true }, first: 100) {\n      edges {\n        node {\n          id\n          title\n          status\n          startsAt\n          capacity\n          seatsTaken\n          waitlistCount\n          network {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CoordinatedThemeDaysDocument,
    "\n  query ThemeDayAdmin($id: ID!) {\n    themeDay(id: $id) {\n      id\n      title\n      topic\n      description\n      kind\n      status\n      cancellationReason\n      startsAt\n      endsAt\n      venue\n      onlineUrl\n      capacity\n      seatsTaken\n      waitlistCount\n      registrationOpensAt\n      registrationClosesAt\n      visibility\n      network {\n        id\n        name\n      }\n      registrations {\n        id\n        name\n        email\n        workplace\n        status\n        registeredAt\n        waitlistPosition\n        attended\n      }\n    }\n  }\n": typeof types.ThemeDayAdminDocument,
    "\n  mutation CreateThemeDay($input: CreateThemeDayInput!) {\n    createThemeDay(input: $input) {\n      __typename\n      ... on ThemeDay {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n": typeof types.CreateThemeDayDocument,
    "\n  mutation UpdateThemeDay($id: ID!, $input: UpdateThemeDayInput!) {\n    updateThemeDay(id: $id, input: $input) {\n      __typename\n      ... on ThemeDay {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n": typeof types.UpdateThemeDayDocument,
    "\n  mutation CancelThemeDay($id: ID!, $reason: String) {\n    cancelThemeDay(id: $id, reason: $reason) {\n      __typename\n      ... on ThemeDay {\n        id\n        status\n      }\n      ...MutationFailure\n    }\n  }\n": typeof types.CancelThemeDayDocument,
    "\n  mutation CancelRegistrationOnBehalf($registrationId: ID!) {\n    cancelThemeDayRegistrationOnBehalf(registrationId: $registrationId) {\n      __typename\n      ... on ThemeDayRegistration {\n        id\n        status\n      }\n      ...MutationFailure\n    }\n  }\n": typeof types.CancelRegistrationOnBehalfDocument,
    "\n  mutation MarkThemeDayAttendance($themeDayId: ID!, $registrationIds: [ID!]!, $attended: Boolean!) {\n    markThemeDayAttendance(themeDayId: $themeDayId, registrationIds: $registrationIds, attended: $attended) {\n      __typename\n      ... on AttendanceMarked {\n        registrations {\n          id\n          attended\n        }\n      }\n      ...MutationFailure\n    }\n  }\n": typeof types.MarkThemeDayAttendanceDocument,
    "\n  query RecordHistory($id: ID!, $isContact: Boolean!) {\n    contact(id: $id) @include(if: $isContact) {\n      id\n      name\n    }\n    offer(id: $id) @skip(if: $isContact) {\n      id\n      name\n    }\n    history(entityId: $id) {\n      id\n      action\n      occurredAt\n      accountId\n      accountName\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n": typeof types.RecordHistoryDocument,
    "\n  query MyGrants {\n    me {\n      id\n      displayName\n      grants {\n        role\n        organisationId\n        unitId\n        networkId\n      }\n    }\n    myNetworkMemberships {\n      id\n      status\n      network {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyGrantsDocument,
    "\n  query UpkeepPlaces($all: Boolean!) {\n    organisations(first: 100) @include(if: $all) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    networks(first: 100) @include(if: $all) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.UpkeepPlacesDocument,
    "\n  query PlaceName($organisationId: ID!, $networkId: ID!, $isOrganisation: Boolean!) {\n    organisation(id: $organisationId) @include(if: $isOrganisation) {\n      id\n      name\n    }\n    network(id: $networkId) @skip(if: $isOrganisation) {\n      id\n      name\n    }\n  }\n": typeof types.PlaceNameDocument,
    "\n  query VerificationQueue($organisationId: ID!, $withinDays: Int!) {\n    organisation(id: $organisationId) {\n      id\n      name\n    }\n    me {\n      id\n      displayName\n    }\n    verificationQueue(organisationId: $organisationId, withinDays: $withinDays, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          recordType\n          name\n          overdue\n          verificationDue\n          lastVerifiedAt\n          escalatedAt\n          owner {\n            kind\n          }\n        }\n      }\n    }\n  }\n": typeof types.VerificationQueueDocument,
    "\n  mutation VerifyContactStill($input: VerifyInput!) {\n    verifyContact(input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": typeof types.VerifyContactStillDocument,
    "\n  mutation VerifyOfferStill($input: VerifyInput!) {\n    verifyOffer(input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": typeof types.VerifyOfferStillDocument,
    "\n  query TurnoverPeople($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      name\n    }\n    contacts(filter: { organisationId: $organisationId }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n          roleTitle\n          owner {\n            kind\n            accountId\n          }\n        }\n      }\n    }\n  }\n": typeof types.TurnoverPeopleDocument,
    "\n  query HandOverPreview($input: HandOverRolesInput!) {\n    handOverRolesPreview(input: $input) {\n      ...HandOverOutcome\n    }\n  }\n": typeof types.HandOverPreviewDocument,
    "\n  mutation HandOverRolesNow($input: HandOverRolesInput!) {\n    handOverRoles(input: $input) {\n      ...HandOverOutcome\n    }\n  }\n": typeof types.HandOverRolesNowDocument,
    "\n  fragment HandOverOutcome on HandOverRolesResult {\n    __typename\n    ...MutationFailure\n    ... on RoleHandover {\n      coordinatorsNotified\n      welcomed\n      situationsAdded\n      leaving {\n        id\n        name\n      }\n      successor {\n        id\n        name\n      }\n      deputiesRedirected {\n        id\n        name\n      }\n      contactsMoved {\n        id\n        name\n      }\n      offersMoved {\n        id\n        name\n      }\n      grants {\n        role\n        moved\n      }\n      memberships {\n        networkName\n        keyPerson\n        steeringGroup\n        newMembership\n      }\n    }\n  }\n": typeof types.HandOverOutcomeFragmentDoc,
    "\n  fragment ChannelFields on Channel {\n    kind\n    value\n    label\n    visibility\n  }\n": typeof types.ChannelFieldsFragmentDoc,
    "\n  fragment StatusFields on OpeningStatus {\n    openNow\n    closesAt\n    nextOpensAt\n    holiday\n  }\n": typeof types.StatusFieldsFragmentDoc,
    "\n  fragment MutationFailure on ErrorResult {\n    code\n    message\n    ... on ValidationError {\n      fieldErrors {\n        path\n        message\n      }\n    }\n  }\n": typeof types.MutationFailureFragmentDoc,
};
const documents: Documents = {
    "\n  mutation AcceptInvitation($input: RedeemLinkInput!) {\n    acceptInvitation(input: $input) {\n      __typename\n      ... on Session {\n        refreshToken\n        account {\n          email\n        }\n      }\n      ...MutationFailure\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation ResetPassword($input: RedeemLinkInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on Session {\n        refreshToken\n        account {\n          email\n        }\n      }\n      ...MutationFailure\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation EndLinkSession($input: RefreshTokenInput!) {\n    signOut(input: $input) {\n      sessions\n    }\n  }\n": types.EndLinkSessionDocument,
    "\n  query MyAccount {\n    me {\n      id\n      displayName\n      email\n      jobTitle\n      workPhone\n      organisationId\n      status\n      createdAt\n      lastSignInAt\n      grants {\n        role\n        organisationId\n        unitId\n        networkId\n      }\n    }\n  }\n": types.MyAccountDocument,
    "\n  query MyData {\n    me {\n      id\n      displayName\n      email\n      jobTitle\n      workPhone\n      organisationId\n      status\n      createdAt\n      lastSignInAt\n      grants {\n        role\n        organisationId\n        unitId\n        networkId\n      }\n    }\n    myNetworkMemberships {\n      id\n      status\n      name\n      email\n      jobTitle\n      motivation\n      appliedAt\n      decidedAt\n      isKeyPerson\n      inSteeringGroup\n      network {\n        id\n        name\n      }\n    }\n    myThemeDayRegistrations {\n      id\n      themeDayId\n      themeDayTitle\n      themeDayStartsAt\n      networkName\n      name\n      email\n      workplace\n      status\n      registeredAt\n      cancelledAt\n      attended\n    }\n    mySupervisionParticipations {\n      id\n      groupId\n      groupName\n      networkName\n      status\n      motivation\n      appliedAt\n      decidedAt\n    }\n    mySupervisionHours {\n      memberId\n      totalHours\n      goalHours\n      sessionsAttended\n      groups {\n        groupId\n        groupName\n        sessionsAttended\n        hours\n      }\n    }\n    myAuditEvents(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          occurredAt\n          entityType\n          entityId\n          action\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n    myChangeSubscriptions {\n      id\n      createdAt\n      lastSentAt\n      municipalityCodes\n      network {\n        id\n        name\n      }\n    }\n  }\n": types.MyDataDocument,
    "\n  mutation UpdateMyProfile($input: MyProfileInput!) {\n    updateMyProfile(input: $input) {\n      __typename\n      ... on Account {\n        id\n        displayName\n        jobTitle\n        workPhone\n      }\n      ...MutationFailure\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation EraseMyAccount($id: ID!) {\n    eraseAccount(id: $id) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": types.EraseMyAccountDocument,
    "\n  query MyAuditEvents($after: String) {\n    myAuditEvents(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          occurredAt\n          entityType\n          entityId\n          action\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n": types.MyAuditEventsDocument,
    "\n  query MailLog($status: MailStatus, $first: Int, $after: String) {\n    mailMessages(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          template\n          subject\n          recipients\n          status\n          attempts\n          maxAttempts\n          lastError\n          createdAt\n          sentAt\n          updatedAt\n        }\n      }\n    }\n  }\n": types.MailLogDocument,
    "\n  query SynonymGroups {\n    synonymGroups {\n      id\n      terms\n      updatedAt\n    }\n  }\n": types.SynonymGroupsDocument,
    "\n  mutation CreateSynonymGroup($input: SynonymGroupInput!) {\n    createSynonymGroup(input: $input) {\n      __typename\n      ... on SynonymGroup {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n": types.CreateSynonymGroupDocument,
    "\n  mutation DeleteSynonymGroup($id: ID!) {\n    deleteSynonymGroup(id: $id) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": types.DeleteSynonymGroupDocument,
    "\n  mutation RetryMail($id: ID!) {\n    retryMail(id: $id) {\n      __typename\n      ... on MailMessage {\n        id\n        status\n      }\n      ...MutationFailure\n    }\n  }\n": types.RetryMailDocument,
    "\n  query AdminRights {\n    me {\n      id\n      grants {\n        role\n      }\n    }\n  }\n": types.AdminRightsDocument,
    "\n  query Accounts($filter: AccountFilter, $first: Int, $after: String) {\n    accounts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          email\n          status\n          lastSignInAt\n          grants {\n            id\n            role\n          }\n        }\n      }\n    }\n  }\n": types.AccountsDocument,
    "\n  query AccountAdmin($id: ID!) {\n    account(id: $id) {\n      id\n      displayName\n      email\n      status\n      jobTitle\n      workPhone\n      organisationId\n      createdAt\n      lastSignInAt\n      grants {\n        id\n        role\n        organisationId\n        unitId\n        networkId\n      }\n    }\n  }\n": types.AccountAdminDocument,
    "\n  query ScopeNames($organisations: OrganisationFilter) {\n    organisations(filter: $organisations, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    networks(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ScopeNamesDocument,
    "\n  query AdminOrganisationUnits($organisationId: ID!) {\n    units(filter: { organisationId: $organisationId }, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AdminOrganisationUnitsDocument,
    "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      __typename\n      ... on RoleGrant {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n": types.GrantRoleDocument,
    "\n  mutation RevokeRole($id: ID!) {\n    revokeRole(id: $id) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": types.RevokeRoleDocument,
    "\n  mutation DeactivateAccount($id: ID!) {\n    deactivateAccount(id: $id) {\n      __typename\n      ... on Account {\n        id\n        status\n      }\n      ...MutationFailure\n    }\n  }\n": types.DeactivateAccountDocument,
    "\n  mutation InviteAccount($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      __typename\n      ... on Account {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n": types.InviteAccountDocument,
    "\n  query GrantScopeName(\n    $organisationId: ID!\n    $unitId: ID!\n    $networkId: ID!\n    $hasOrganisation: Boolean!\n    $hasUnit: Boolean!\n    $hasNetwork: Boolean!\n  ) {\n    organisation(id: $organisationId) @include(if: $hasOrganisation) {\n      id\n      name\n    }\n    unit(id: $unitId) @include(if: $hasUnit) {\n      id\n      name\n    }\n    network(id: $networkId) @include(if: $hasNetwork) {\n      id\n      name\n    }\n  }\n": types.GrantScopeNameDocument,
    "\n  query CatalogueRights {\n    me {\n      id\n      grants {\n        role\n        organisationId\n        unitId\n      }\n    }\n  }\n": types.CatalogueRightsDocument,
    "\n  query OrganisationEdit($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      sector\n      description\n      address\n      website\n      verificationIntervalDays\n      municipality {\n        code\n      }\n      region {\n        key\n      }\n    }\n    units(filter: { organisationId: $id }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OrganisationEditDocument,
    "\n  query UnitEdit($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      kind\n      description\n      address\n      organisation {\n        id\n        name\n      }\n      parent {\n        id\n        parent {\n          id\n          parent {\n            id\n          }\n        }\n      }\n      children {\n        id\n      }\n      contacts {\n        id\n      }\n      offers {\n        id\n      }\n    }\n  }\n": types.UnitEditDocument,
    "\n  mutation CreateOrganisationForm($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      __typename\n      ... on Organisation {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n": types.CreateOrganisationFormDocument,
    "\n  mutation UpdateOrganisationForm($id: ID!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": types.UpdateOrganisationFormDocument,
    "\n  mutation CreateUnitForm($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      __typename\n      ... on Unit {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n": types.CreateUnitFormDocument,
    "\n  mutation UpdateUnitForm($id: ID!, $input: UpdateUnitInput!) {\n    updateUnit(id: $id, input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": types.UpdateUnitFormDocument,
    "\n  query AllOrganisations {\n    organisations(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AllOrganisationsDocument,
    "\n  mutation CreateOfferForm($input: CreateOfferInput!) {\n    createOffer(input: $input) {\n      __typename\n      ... on Offer {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n": types.CreateOfferFormDocument,
    "\n  query FindSearch($input: SearchInput!) {\n    search(input: $input) {\n      totalCount\n      correctedQuery\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      understood {\n        text\n        age\n        municipalities {\n          code\n          name\n        }\n        situations {\n          key\n          label\n        }\n      }\n      facets {\n        field\n        values {\n          value\n          label\n          count\n        }\n      }\n      edges {\n        cursor\n        type\n        stale\n        openingStatus {\n          ...StatusFields\n        }\n        node {\n          __typename\n          ... on Contact {\n            id\n            name\n            kind\n            roleTitle\n            lastVerifiedAt\n            channels {\n              ...ChannelFields\n            }\n            organisation {\n              name\n              municipality {\n                name\n              }\n              region {\n                name\n              }\n            }\n          }\n          ... on Offer {\n            id\n            name\n            helpText\n            lastVerifiedAt\n            channels {\n              ...ChannelFields\n            }\n            organisation {\n              name\n              municipality {\n                name\n              }\n              region {\n                name\n              }\n            }\n          }\n          ... on Organisation {\n            id\n            name\n            lastVerifiedAt\n            municipality {\n              name\n            }\n            region {\n              name\n            }\n          }\n          ... on Unit {\n            id\n            name\n            lastVerifiedAt\n            organisation {\n              id\n              name\n              municipality {\n                name\n              }\n              region {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.FindSearchDocument,
    "\n  query FindSuggest($prefix: String!) {\n    suggest(prefix: $prefix, first: 8) {\n      kind\n      label\n      code\n      detail\n    }\n  }\n": types.FindSuggestDocument,
    "\n  query HandoverChoices {\n    municipalities {\n      code\n      name\n    }\n    taxonomy(kind: SITUATION) {\n      key\n      label\n      parentKey\n    }\n  }\n": types.HandoverChoicesDocument,
    "\n  fragment EntryPointFields on HandoverEntryPoint {\n    callNow\n    contact {\n      id\n      kind\n      name\n      roleTitle\n      helpText\n      stale\n      lastVerifiedAt\n      organisation {\n        name\n      }\n      unit {\n        name\n      }\n      channels {\n        ...ChannelFields\n      }\n    }\n    openingStatus {\n      ...StatusFields\n    }\n  }\n": types.EntryPointFieldsFragmentDoc,
    "\n  query HandoverAnswer($municipality: String!, $age: Int, $situations: [String!], $at: DateTime) {\n    handoverGuide(municipalityCode: $municipality, age: $age, situations: $situations, at: $at) {\n      at\n      age\n      municipality {\n        code\n        name\n        officialName\n      }\n      region {\n        name\n      }\n      situations {\n        key\n        label\n      }\n      callNow {\n        ...EntryPointFields\n      }\n      entryPoints {\n        ...EntryPointFields\n      }\n      regionalEntryPoints {\n        ...EntryPointFields\n      }\n      offers {\n        id\n        name\n        accessRoute\n        ageMin\n        ageMax\n        helpText\n        description\n        stale\n        lastVerifiedAt\n        organisation {\n          name\n        }\n        channels {\n          ...ChannelFields\n        }\n      }\n      volunteerOrganisations {\n        id\n        name\n        website\n        description\n        municipality {\n          code\n        }\n      }\n      themeDays {\n        id\n        title\n        startsAt\n        endsAt\n        venue\n      }\n    }\n  }\n": types.HandoverAnswerDocument,
    "\n  mutation SendHandoverSheet($input: SendHandoverSheetInput!) {\n    sendHandoverSheet(input: $input) {\n      __typename\n      ... on HandoverSheetSent {\n        to\n        staffChannelsIncluded\n      }\n      ...MutationFailure\n    }\n  }\n": types.SendHandoverSheetDocument,
    "\n  query ImportOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n    }\n  }\n": types.ImportOrganisationDocument,
    "\n  mutation ImportSpreadsheet($input: ImportSpreadsheetInput!) {\n    importSpreadsheet(input: $input) {\n      __typename\n      ... on ImportReport {\n        importId\n        dryRun\n        applied\n        format\n        encoding\n        delimiter\n        created\n        updated\n        unchanged\n        failed\n        columns {\n          header\n          field\n        }\n        rows {\n          rowNumber\n          kind\n          name\n          action\n          recordId\n          changedFields\n        }\n        problems {\n          rowNumber\n          column\n          message\n        }\n        warnings {\n          rowNumber\n          column\n          message\n        }\n      }\n      ...MutationFailure\n    }\n  }\n": types.ImportSpreadsheetDocument,
    "\n  query MyKeyPersonRoles {\n    myNetworkMemberships {\n      id\n      status\n      isKeyPerson\n    }\n  }\n": types.MyKeyPersonRolesDocument,
    "\n  query KeyPersonApplications {\n    myNetworkMemberships {\n      id\n      status\n      isKeyPerson\n      party {\n        id\n        name\n      }\n      network {\n        id\n        name\n        pending: members(filter: { status: PENDING }, first: 100) {\n          edges {\n            node {\n              ...AdminMember\n            }\n          }\n        }\n      }\n    }\n  }\n": types.KeyPersonApplicationsDocument,
    "\n  query NetworkOverview {\n    networks(first: 100) {\n      edges {\n        node {\n          id\n          name\n          viewerIsCoordinator\n          parties {\n            id\n          }\n          pending: members(filter: { status: PENDING }, first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n": types.NetworkOverviewDocument,
    "\n  query NetworkAdmin($id: ID!) {\n    network(id: $id) {\n      id\n      name\n      description\n      contactEmail\n      coordinators\n      viewerIsCoordinator\n      parties {\n        id\n        kind\n        name\n        joinedOn\n        memberCount\n      }\n      pending: members(filter: { status: PENDING }, first: 100) {\n        edges {\n          node {\n            ...AdminMember\n          }\n        }\n      }\n      approved: members(filter: { status: APPROVED }, first: 100) {\n        totalCount\n        edges {\n          node {\n            ...AdminMember\n          }\n        }\n      }\n    }\n  }\n": types.NetworkAdminDocument,
    "\n  fragment AdminMember on NetworkMember {\n    id\n    name\n    email\n    jobTitle\n    motivation\n    appliedAt\n    status\n    isKeyPerson\n    inSteeringGroup\n    party {\n      id\n      name\n    }\n  }\n": types.AdminMemberFragmentDoc,
    "\n  mutation UpdateNetwork($id: ID!, $input: UpdateNetworkInput!) {\n    updateNetwork(id: $id, input: $input) {\n      __typename\n      ... on Network {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n": types.UpdateNetworkDocument,
    "\n  mutation CreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      __typename\n      ... on Network {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n": types.CreateNetworkDocument,
    "\n  mutation ApproveNetworkMember($memberId: ID!) {\n    approveNetworkMember(memberId: $memberId) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": types.ApproveNetworkMemberDocument,
    "\n  mutation RejectNetworkMember($memberId: ID!) {\n    rejectNetworkMember(memberId: $memberId) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": types.RejectNetworkMemberDocument,
    "\n  mutation SetMemberRoles($input: MemberRolesInput!) {\n    setNetworkMemberRoles(input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": types.SetMemberRolesDocument,
    "\n  query PartyCandidates($sector: Sector!) {\n    organisations(filter: { sector: $sector }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          units {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PartyCandidatesDocument,
    "\n  mutation AddNetworkParty($input: AddPartyInput!) {\n    addNetworkParty(input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": types.AddNetworkPartyDocument,
    "\n  mutation RemoveNetworkParty($partyId: ID!) {\n    removeNetworkParty(partyId: $partyId) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": types.RemoveNetworkPartyDocument,
    "\n  query SupervisionGroups($networkId: ID!) {\n    network(id: $networkId) {\n      id\n      name\n    }\n    supervisionGroups(networkId: $networkId, first: 100) {\n      edges {\n        node {\n          id\n          name\n          focus\n          status\n          seatsTaken\n          maxSeats\n          pendingCount\n          waitlistCount\n          sessions {\n            id\n            startsAt\n            cancelled\n          }\n        }\n      }\n    }\n  }\n": types.SupervisionGroupsDocument,
    "\n  query SupervisionGroupAdmin($id: ID!) {\n    supervisionGroup(id: $id) {\n      id\n      name\n      focus\n      description\n      facilitatorName\n      facilitatorEmail\n      venue\n      status\n      minSeats\n      maxSeats\n      partyCap\n      sectorCaps {\n        sector\n        max\n      }\n      recurrence\n      firstSessionAt\n      sessionMinutes\n      exceptions\n      seatsTaken\n      network {\n        id\n        name\n      }\n      sessions {\n        id\n        startsAt\n        endsAt\n        cancelled\n        durationMinutes\n        attendance {\n          participantId\n          attended\n        }\n      }\n      participants {\n        id\n        status\n        appliedAt\n        motivation\n        waitlistPosition\n        memberId\n        member {\n          name\n          email\n          party {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SupervisionGroupAdminDocument,
    "\n  mutation CreateSupervisionGroup($input: CreateSupervisionGroupInput!) {\n    createSupervisionGroup(input: $input) {\n      __typename\n      ... on SupervisionGroup {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n": types.CreateSupervisionGroupDocument,
    "\n  mutation UpdateSupervisionGroup($id: ID!, $input: UpdateSupervisionGroupInput!) {\n    updateSupervisionGroup(id: $id, input: $input) {\n      __typename\n      ... on SupervisionGroup {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n": types.UpdateSupervisionGroupDocument,
    "\n  mutation DecideSupervisionApplication($participantId: ID!, $approve: Boolean!) {\n    decideSupervisionApplication(participantId: $participantId, approve: $approve) {\n      __typename\n      ... on SupervisionParticipant {\n        status\n      }\n      ...MutationFailure\n    }\n  }\n": types.DecideSupervisionApplicationDocument,
    "\n  mutation CancelSupervisionSession($sessionId: ID!) {\n    cancelSupervisionSession(sessionId: $sessionId) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": types.CancelSupervisionSessionDocument,
    "\n  mutation MarkSupervisionAttendance($sessionId: ID!, $participantIds: [ID!]!, $attended: Boolean!) {\n    markSupervisionAttendance(sessionId: $sessionId, participantIds: $participantIds, attended: $attended) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": types.MarkSupervisionAttendanceDocument,
    "\n  query SupervisionHours($memberId: ID!) {\n    supervisionHours(memberId: $memberId) {\n      memberId\n      member {\n        name\n        jobTitle\n        party {\n          name\n        }\n        network {\n          id\n          name\n        }\n      }\n      goalHours\n      sessionsAttended\n      totalHours\n      totalMinutes\n      groups {\n        groupId\n        groupName\n        focus\n        facilitatorName\n        hours\n        sessionsAttended\n      }\n    }\n  }\n": types.SupervisionHoursDocument,
    "\n  query VolunteerOrganisations {\n    volunteerOrganisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          website\n          parentOrganisation {\n            id\n          }\n          municipality {\n            name\n          }\n          branches {\n            id\n            name\n            municipality {\n              name\n            }\n            hostedThemeDays {\n              ...HostedDay\n            }\n          }\n          hostedThemeDays {\n            ...HostedDay\n          }\n        }\n      }\n    }\n  }\n": types.VolunteerOrganisationsDocument,
    "\n  fragment HostedDay on ThemeDay {\n    id\n    title\n    startsAt\n    status\n    visibility\n    network {\n      name\n    }\n  }\n": types.HostedDayFragmentDoc,
    "\n  query ContactPage($id: ID!) {\n    contact(id: $id) {\n      id\n      name\n      kind\n      roleTitle\n      helpText\n      address\n      leftAt\n      formerNames\n      channels {\n        ...ChannelFields\n      }\n      openingStatus {\n        ...StatusFields\n      }\n      openingHours {\n        ...HoursFields\n      }\n      ...RecordTrustFields\n      situations {\n        key\n        label\n      }\n      organisation {\n        ...PlaceFields\n      }\n      unit {\n        id\n        name\n      }\n      deputy {\n        id\n        name\n      }\n      successor {\n        id\n        name\n      }\n    }\n  }\n": types.ContactPageDocument,
    "\n  query NetworkName($id: ID!) {\n    network(id: $id) {\n      id\n      name\n      parties {\n        id\n        organisation {\n          id\n        }\n      }\n    }\n  }\n": types.NetworkNameDocument,
    "\n  query NetworkCoverage($networkId: ID!) {\n    coverage(networkId: $networkId) {\n      summary {\n        required\n        verified\n        stale\n        missing\n      }\n      municipalitiesWithGaps\n      municipalities {\n        partyIds\n        municipality {\n          code\n          name\n        }\n        summary {\n          required\n          verified\n          stale\n          missing\n        }\n        items {\n          status\n          requirement {\n            id\n            label\n            situationKey\n          }\n          entryPoints {\n            stale\n            contact {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.NetworkCoverageDocument,
    "\n  query EditRights($organisationId: ID!, $unitId: ID!, $withUnit: Boolean!) {\n    me {\n      id\n      displayName\n      grants {\n        role\n        organisationId\n        unitId\n      }\n    }\n    organisation(id: $organisationId) {\n      id\n      name\n    }\n    unit(id: $unitId) @include(if: $withUnit) {\n      id\n      parent {\n        id\n        parent {\n          id\n          parent {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.EditRightsDocument,
    "\n  query RecordPlace($contactId: ID!, $offerId: ID!, $isContact: Boolean!) {\n    contact(id: $contactId) @include(if: $isContact) {\n      organisation {\n        id\n      }\n      unit {\n        id\n      }\n      owner {\n        accountId\n      }\n    }\n    offer(id: $offerId) @skip(if: $isContact) {\n      organisation {\n        id\n      }\n      unit {\n        id\n      }\n      owner {\n        accountId\n      }\n    }\n  }\n": types.RecordPlaceDocument,
    "\n  query SituationLabels {\n    taxonomy(kind: SITUATION) {\n      key\n      label\n    }\n  }\n": types.SituationLabelsDocument,
    "\n  query MunicipalityPage($code: String!) {\n    municipality(code: $code) {\n      code\n      name\n      officialName\n      region {\n        key\n        name\n      }\n    }\n    networks(first: 100) {\n      edges {\n        node {\n          id\n          name\n          parties {\n            organisation {\n              municipality {\n                code\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MunicipalityPageDocument,
    "\n  query MunicipalityEntryPoints($code: String!) {\n    handoverGuide(municipalityCode: $code) {\n      entryPoints {\n        contact {\n          id\n          name\n          stale\n          situations {\n            key\n            label\n          }\n          channels {\n            ...ChannelFields\n          }\n        }\n        openingStatus {\n          ...StatusFields\n        }\n      }\n      volunteerOrganisations {\n        id\n        name\n      }\n    }\n  }\n": types.MunicipalityEntryPointsDocument,
    "\n  query OfferPage($id: ID!) {\n    offer(id: $id) {\n      id\n      name\n      description\n      helpText\n      notFor\n      status\n      accessRoute\n      referredBy\n      decidedBy\n      holdsAuthority\n      ageMin\n      ageMax\n      cost\n      capacity\n      waitingTime\n      startsOn\n      endsOn\n      address\n      languages\n      legalBasis {\n        act\n        section\n      }\n      municipalities {\n        code\n        name\n      }\n      channels {\n        ...ChannelFields\n      }\n      openingStatus {\n        ...StatusFields\n      }\n      openingHours {\n        ...HoursFields\n      }\n      ...OfferTrustFields\n      situations {\n        key\n        label\n      }\n      problemTags {\n        key\n        label\n      }\n      organisation {\n        ...PlaceFields\n      }\n      unit {\n        id\n        name\n      }\n    }\n  }\n": types.OfferPageDocument,
    "\n  query OrganisationUnits($id: ID!) {\n    units(first: 100, filter: { organisationId: $id }) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          parent {\n            id\n          }\n        }\n      }\n    }\n    contacts(first: 100, filter: { organisationId: $id }) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          stale\n          unit {\n            id\n          }\n          channels {\n            ...ChannelFields\n          }\n          openingStatus {\n            ...StatusFields\n          }\n        }\n      }\n    }\n    offers(first: 100, filter: { organisationId: $id }) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          stale\n          unit {\n            id\n          }\n          channels {\n            ...ChannelFields\n          }\n          openingStatus {\n            ...StatusFields\n          }\n        }\n      }\n    }\n  }\n": types.OrganisationUnitsDocument,
    "\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      sector\n      description\n      address\n      website\n      municipality {\n        code\n        name\n      }\n      region {\n        key\n        name\n      }\n      parentOrganisation {\n        id\n        name\n      }\n      branches {\n        id\n        name\n        municipality {\n          code\n          name\n        }\n      }\n      hostedThemeDays {\n        id\n        title\n        startsAt\n        venue\n        status\n      }\n    }\n  }\n": types.OrganisationPageDocument,
    "\n  query RegionPage($key: String!) {\n    region(key: $key) {\n      key\n      code\n      name\n      validFrom\n      validTo\n      succeededBy {\n        key\n        name\n      }\n      municipalities {\n        code\n        name\n      }\n    }\n  }\n": types.RegionPageDocument,
    "\n  query RegionalOrganisations($key: String!) {\n    organisations(filter: { region: $key, sector: REGIONAL }, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.RegionalOrganisationsDocument,
    "\n  query ThemeDayPage($id: ID!) {\n    me {\n      displayName\n      email\n    }\n    themeDay(id: $id) {\n      id\n      title\n      topic\n      description\n      kind\n      status\n      cancellationReason\n      startsAt\n      endsAt\n      venue\n      onlineUrl\n      audience\n      capacity\n      seatsLeft\n      waitlistCount\n      registrationOpen\n      registrationOpensAt\n      registrationClosesAt\n      visibility\n      programme {\n        startsAt\n        endsAt\n        title\n        speaker\n      }\n      hostOrganisation {\n        id\n        name\n        sector\n      }\n      network {\n        id\n        name\n      }\n      myRegistration {\n        status\n        waitlistPosition\n      }\n    }\n  }\n": types.ThemeDayPageDocument,
    "\n  mutation RegisterForThemeDay($input: RegisterForThemeDayInput!) {\n    registerForThemeDay(input: $input) {\n      __typename\n      ... on ThemeDayRegistration {\n        status\n        waitlistPosition\n        email\n      }\n      ...MutationFailure\n    }\n  }\n": types.RegisterForThemeDayDocument,
    "\n  fragment EditableChannel on Channel {\n    id\n    kind\n    value\n    label\n    visibility\n  }\n": types.EditableChannelFragmentDoc,
    "\n  fragment OfferChannelsAnswer on OfferResult {\n    __typename\n    ... on Offer {\n      channels {\n        ...EditableChannel\n      }\n    }\n    ...MutationFailure\n  }\n": types.OfferChannelsAnswerFragmentDoc,
    "\n  fragment ContactChannelsAnswer on ContactResult {\n    __typename\n    ... on Contact {\n      channels {\n        ...EditableChannel\n      }\n    }\n    ...MutationFailure\n  }\n": types.ContactChannelsAnswerFragmentDoc,
    "\n  mutation AddOfferChannel($offerId: ID!, $input: ChannelInput!) {\n    addOfferChannel(offerId: $offerId, input: $input) {\n      ...OfferChannelsAnswer\n    }\n  }\n": types.AddOfferChannelDocument,
    "\n  mutation UpdateOfferChannel($offerId: ID!, $channelId: ID!, $input: ChannelInput!) {\n    updateOfferChannel(offerId: $offerId, channelId: $channelId, input: $input) {\n      ...OfferChannelsAnswer\n    }\n  }\n": types.UpdateOfferChannelDocument,
    "\n  mutation RemoveOfferChannel($offerId: ID!, $channelId: ID!) {\n    removeOfferChannel(offerId: $offerId, channelId: $channelId) {\n      ...OfferChannelsAnswer\n    }\n  }\n": types.RemoveOfferChannelDocument,
    "\n  mutation AddContactChannel($contactId: ID!, $input: ChannelInput!) {\n    addContactChannel(contactId: $contactId, input: $input) {\n      ...ContactChannelsAnswer\n    }\n  }\n": types.AddContactChannelDocument,
    "\n  mutation UpdateContactChannel($contactId: ID!, $channelId: ID!, $input: ChannelInput!) {\n    updateContactChannel(contactId: $contactId, channelId: $channelId, input: $input) {\n      ...ContactChannelsAnswer\n    }\n  }\n": types.UpdateContactChannelDocument,
    "\n  mutation RemoveContactChannel($contactId: ID!, $channelId: ID!) {\n    removeContactChannel(contactId: $contactId, channelId: $channelId) {\n      ...ContactChannelsAnswer\n    }\n  }\n": types.RemoveContactChannelDocument,
    "\n  mutation DeleteOffer($id: ID!) {\n    deleteOffer(id: $id) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": types.DeleteOfferDocument,
    "\n  mutation DeleteContact($id: ID!) {\n    deleteContact(id: $id) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": types.DeleteContactDocument,
    "\n  mutation DeleteUnit($id: ID!) {\n    deleteUnit(id: $id) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": types.DeleteUnitDocument,
    "\n  mutation DeleteOrganisation($id: ID!) {\n    deleteOrganisation(id: $id) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": types.DeleteOrganisationDocument,
    "\n  query DeletionPreview($id: ID!) {\n    deletionPreview(id: $id) {\n      id\n      name\n      goes {\n        key\n        label\n        count\n      }\n      blockedBy {\n        key\n        label\n        count\n      }\n    }\n  }\n": types.DeletionPreviewDocument,
    "\n  query OfferEdit($id: ID!) {\n    offer(id: $id) {\n      id\n      name\n      description\n      helpText\n      ageMin\n      ageMax\n      waitingTime\n      cost\n      address\n      openingHours {\n        ...EditableHours\n      }\n      organisation {\n        id\n      }\n      unit {\n        id\n      }\n      owner {\n        kind\n        accountId\n        unitId\n      }\n      channels {\n        id\n        kind\n        value\n        label\n        visibility\n      }\n    }\n  }\n": types.OfferEditDocument,
    "\n  query ContactEdit($id: ID!) {\n    contact(id: $id) {\n      id\n      name\n      roleTitle\n      helpText\n      deputy {\n        id\n      }\n      openingHours {\n        ...EditableHours\n      }\n      organisation {\n        id\n      }\n      unit {\n        id\n      }\n      owner {\n        kind\n        accountId\n        unitId\n      }\n      channels {\n        id\n        kind\n        value\n        label\n        visibility\n      }\n    }\n  }\n": types.ContactEditDocument,
    "\n  mutation UpdateOfferFields($id: ID!, $input: UpdateOfferInput!) {\n    updateOffer(id: $id, input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": types.UpdateOfferFieldsDocument,
    "\n  mutation UpdateContactFields($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": types.UpdateContactFieldsDocument,
    "\n  mutation CreateContactForm($input: CreateContactInput!) {\n    createContact(input: $input) {\n      __typename\n      ... on Contact {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n": types.CreateContactFormDocument,
    "\n  fragment ContactHoursAnswer on ContactResult {\n    __typename\n    ... on Contact {\n      openingHours {\n        ...EditableHours\n      }\n    }\n    ...MutationFailure\n  }\n": types.ContactHoursAnswerFragmentDoc,
    "\n  mutation AddContactWeeklyHours($contactId: ID!, $input: WeeklyHoursInput!) {\n    addContactWeeklyHours(contactId: $contactId, input: $input) {\n      ...ContactHoursAnswer\n    }\n  }\n": types.AddContactWeeklyHoursDocument,
    "\n  mutation UpdateContactWeeklyHours($contactId: ID!, $weeklyHoursId: ID!, $input: WeeklyHoursInput!) {\n    updateContactWeeklyHours(contactId: $contactId, weeklyHoursId: $weeklyHoursId, input: $input) {\n      ...ContactHoursAnswer\n    }\n  }\n": types.UpdateContactWeeklyHoursDocument,
    "\n  mutation RemoveContactWeeklyHours($contactId: ID!, $weeklyHoursId: ID!) {\n    removeContactWeeklyHours(contactId: $contactId, weeklyHoursId: $weeklyHoursId) {\n      ...ContactHoursAnswer\n    }\n  }\n": types.RemoveContactWeeklyHoursDocument,
    "\n  mutation AddContactHoursException($contactId: ID!, $input: HoursExceptionInput!) {\n    addContactHoursException(contactId: $contactId, input: $input) {\n      ...ContactHoursAnswer\n    }\n  }\n": types.AddContactHoursExceptionDocument,
    "\n  mutation UpdateContactHoursException($contactId: ID!, $exceptionId: ID!, $input: HoursExceptionInput!) {\n    updateContactHoursException(contactId: $contactId, exceptionId: $exceptionId, input: $input) {\n      ...ContactHoursAnswer\n    }\n  }\n": types.UpdateContactHoursExceptionDocument,
    "\n  mutation RemoveContactHoursException($contactId: ID!, $exceptionId: ID!) {\n    removeContactHoursException(contactId: $contactId, exceptionId: $exceptionId) {\n      ...ContactHoursAnswer\n    }\n  }\n": types.RemoveContactHoursExceptionDocument,
    "\n  mutation SetContactHoursSettings($contactId: ID!, $input: HoursSettingsInput!) {\n    setContactHoursSettings(contactId: $contactId, input: $input) {\n      ...ContactHoursAnswer\n    }\n  }\n": types.SetContactHoursSettingsDocument,
    "\n  fragment EditableHours on OpeningHours {\n    alwaysOpen\n    openOnHolidays\n    note\n    weekly {\n      id\n      day\n      opens\n      closes\n    }\n    exceptions {\n      id\n      date\n      closed\n      opens\n      closes\n      note\n    }\n  }\n": types.EditableHoursFragmentDoc,
    "\n  fragment OfferHoursAnswer on OfferResult {\n    __typename\n    ... on Offer {\n      openingHours {\n        ...EditableHours\n      }\n    }\n    ...MutationFailure\n  }\n": types.OfferHoursAnswerFragmentDoc,
    "\n  mutation AddOfferWeeklyHours($offerId: ID!, $input: WeeklyHoursInput!) {\n    addOfferWeeklyHours(offerId: $offerId, input: $input) {\n      ...OfferHoursAnswer\n    }\n  }\n": types.AddOfferWeeklyHoursDocument,
    "\n  mutation UpdateOfferWeeklyHours($offerId: ID!, $weeklyHoursId: ID!, $input: WeeklyHoursInput!) {\n    updateOfferWeeklyHours(offerId: $offerId, weeklyHoursId: $weeklyHoursId, input: $input) {\n      ...OfferHoursAnswer\n    }\n  }\n": types.UpdateOfferWeeklyHoursDocument,
    "\n  mutation RemoveOfferWeeklyHours($offerId: ID!, $weeklyHoursId: ID!) {\n    removeOfferWeeklyHours(offerId: $offerId, weeklyHoursId: $weeklyHoursId) {\n      ...OfferHoursAnswer\n    }\n  }\n": types.RemoveOfferWeeklyHoursDocument,
    "\n  mutation AddOfferHoursException($offerId: ID!, $input: HoursExceptionInput!) {\n    addOfferHoursException(offerId: $offerId, input: $input) {\n      ...OfferHoursAnswer\n    }\n  }\n": types.AddOfferHoursExceptionDocument,
    "\n  mutation UpdateOfferHoursException($offerId: ID!, $exceptionId: ID!, $input: HoursExceptionInput!) {\n    updateOfferHoursException(offerId: $offerId, exceptionId: $exceptionId, input: $input) {\n      ...OfferHoursAnswer\n    }\n  }\n": types.UpdateOfferHoursExceptionDocument,
    "\n  mutation RemoveOfferHoursException($offerId: ID!, $exceptionId: ID!) {\n    removeOfferHoursException(offerId: $offerId, exceptionId: $exceptionId) {\n      ...OfferHoursAnswer\n    }\n  }\n": types.RemoveOfferHoursExceptionDocument,
    "\n  mutation SetOfferHoursSettings($offerId: ID!, $input: HoursSettingsInput!) {\n    setOfferHoursSettings(offerId: $offerId, input: $input) {\n      ...OfferHoursAnswer\n    }\n  }\n": types.SetOfferHoursSettingsDocument,
    "\n  query OwnershipChoices($organisationId: ID!, $unitId: ID) {\n    me {\n      id\n      displayName\n    }\n    recordEditors(organisationId: $organisationId, unitId: $unitId) {\n      id\n      displayName\n    }\n    organisation(id: $organisationId) {\n      id\n      name\n      units {\n        id\n        name\n      }\n    }\n    contacts(filter: { organisationId: $organisationId }, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OwnershipChoicesDocument,
    "\n  mutation SetOfferOwner($id: ID!, $input: UpdateOfferInput!) {\n    updateOffer(id: $id, input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": types.SetOfferOwnerDocument,
    "\n  mutation SetContactOwner($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": types.SetContactOwnerDocument,
    "\n  fragment RecordTrustFields on Contact {\n    lastVerifiedAt\n    lastVerifiedBy\n    stale\n    verificationDue\n    owner {\n      kind\n      accountId\n      unitId\n    }\n  }\n": types.RecordTrustFieldsFragmentDoc,
    "\n  fragment OfferTrustFields on Offer {\n    lastVerifiedAt\n    lastVerifiedBy\n    stale\n    verificationDue\n    owner {\n      kind\n      accountId\n      unitId\n    }\n  }\n": types.OfferTrustFieldsFragmentDoc,
    "\n  fragment HoursFields on OpeningHours {\n    alwaysOpen\n    openOnHolidays\n    note\n    weekly {\n      day\n      opens\n      closes\n    }\n    exceptions {\n      date\n      closed\n      opens\n      closes\n      note\n    }\n  }\n": types.HoursFieldsFragmentDoc,
    "\n  fragment PlaceFields on Organisation {\n    id\n    name\n    sector\n    municipality {\n      code\n      name\n    }\n    region {\n      key\n      name\n    }\n  }\n": types.PlaceFieldsFragmentDoc,
    "\n  query CoordinatorRights {\n    me {\n      id\n      grants {\n        role\n        networkId\n      }\n    }\n  }\n": types.CoordinatorRightsDocument,
    "\n  query CoordinatedNetworks {\n    networks(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CoordinatedNetworksDocument,
    "\n  query CoordinatedThemeDays {\n    themeDays(filter: { includeCancelled: true }, first: 100) {\n      edges {\n        node {\n          id\n          title\n          status\n          startsAt\n          capacity\n          seatsTaken\n          waitlistCount\n          network {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CoordinatedThemeDaysDocument,
    "\n  query ThemeDayAdmin($id: ID!) {\n    themeDay(id: $id) {\n      id\n      title\n      topic\n      description\n      kind\n      status\n      cancellationReason\n      startsAt\n      endsAt\n      venue\n      onlineUrl\n      capacity\n      seatsTaken\n      waitlistCount\n      registrationOpensAt\n      registrationClosesAt\n      visibility\n      network {\n        id\n        name\n      }\n      registrations {\n        id\n        name\n        email\n        workplace\n        status\n        registeredAt\n        waitlistPosition\n        attended\n      }\n    }\n  }\n": types.ThemeDayAdminDocument,
    "\n  mutation CreateThemeDay($input: CreateThemeDayInput!) {\n    createThemeDay(input: $input) {\n      __typename\n      ... on ThemeDay {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n": types.CreateThemeDayDocument,
    "\n  mutation UpdateThemeDay($id: ID!, $input: UpdateThemeDayInput!) {\n    updateThemeDay(id: $id, input: $input) {\n      __typename\n      ... on ThemeDay {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n": types.UpdateThemeDayDocument,
    "\n  mutation CancelThemeDay($id: ID!, $reason: String) {\n    cancelThemeDay(id: $id, reason: $reason) {\n      __typename\n      ... on ThemeDay {\n        id\n        status\n      }\n      ...MutationFailure\n    }\n  }\n": types.CancelThemeDayDocument,
    "\n  mutation CancelRegistrationOnBehalf($registrationId: ID!) {\n    cancelThemeDayRegistrationOnBehalf(registrationId: $registrationId) {\n      __typename\n      ... on ThemeDayRegistration {\n        id\n        status\n      }\n      ...MutationFailure\n    }\n  }\n": types.CancelRegistrationOnBehalfDocument,
    "\n  mutation MarkThemeDayAttendance($themeDayId: ID!, $registrationIds: [ID!]!, $attended: Boolean!) {\n    markThemeDayAttendance(themeDayId: $themeDayId, registrationIds: $registrationIds, attended: $attended) {\n      __typename\n      ... on AttendanceMarked {\n        registrations {\n          id\n          attended\n        }\n      }\n      ...MutationFailure\n    }\n  }\n": types.MarkThemeDayAttendanceDocument,
    "\n  query RecordHistory($id: ID!, $isContact: Boolean!) {\n    contact(id: $id) @include(if: $isContact) {\n      id\n      name\n    }\n    offer(id: $id) @skip(if: $isContact) {\n      id\n      name\n    }\n    history(entityId: $id) {\n      id\n      action\n      occurredAt\n      accountId\n      accountName\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n": types.RecordHistoryDocument,
    "\n  query MyGrants {\n    me {\n      id\n      displayName\n      grants {\n        role\n        organisationId\n        unitId\n        networkId\n      }\n    }\n    myNetworkMemberships {\n      id\n      status\n      network {\n        id\n        name\n      }\n    }\n  }\n": types.MyGrantsDocument,
    "\n  query UpkeepPlaces($all: Boolean!) {\n    organisations(first: 100) @include(if: $all) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    networks(first: 100) @include(if: $all) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.UpkeepPlacesDocument,
    "\n  query PlaceName($organisationId: ID!, $networkId: ID!, $isOrganisation: Boolean!) {\n    organisation(id: $organisationId) @include(if: $isOrganisation) {\n      id\n      name\n    }\n    network(id: $networkId) @skip(if: $isOrganisation) {\n      id\n      name\n    }\n  }\n": types.PlaceNameDocument,
    "\n  query VerificationQueue($organisationId: ID!, $withinDays: Int!) {\n    organisation(id: $organisationId) {\n      id\n      name\n    }\n    me {\n      id\n      displayName\n    }\n    verificationQueue(organisationId: $organisationId, withinDays: $withinDays, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          recordType\n          name\n          overdue\n          verificationDue\n          lastVerifiedAt\n          escalatedAt\n          owner {\n            kind\n          }\n        }\n      }\n    }\n  }\n": types.VerificationQueueDocument,
    "\n  mutation VerifyContactStill($input: VerifyInput!) {\n    verifyContact(input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": types.VerifyContactStillDocument,
    "\n  mutation VerifyOfferStill($input: VerifyInput!) {\n    verifyOffer(input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n": types.VerifyOfferStillDocument,
    "\n  query TurnoverPeople($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      name\n    }\n    contacts(filter: { organisationId: $organisationId }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n          roleTitle\n          owner {\n            kind\n            accountId\n          }\n        }\n      }\n    }\n  }\n": types.TurnoverPeopleDocument,
    "\n  query HandOverPreview($input: HandOverRolesInput!) {\n    handOverRolesPreview(input: $input) {\n      ...HandOverOutcome\n    }\n  }\n": types.HandOverPreviewDocument,
    "\n  mutation HandOverRolesNow($input: HandOverRolesInput!) {\n    handOverRoles(input: $input) {\n      ...HandOverOutcome\n    }\n  }\n": types.HandOverRolesNowDocument,
    "\n  fragment HandOverOutcome on HandOverRolesResult {\n    __typename\n    ...MutationFailure\n    ... on RoleHandover {\n      coordinatorsNotified\n      welcomed\n      situationsAdded\n      leaving {\n        id\n        name\n      }\n      successor {\n        id\n        name\n      }\n      deputiesRedirected {\n        id\n        name\n      }\n      contactsMoved {\n        id\n        name\n      }\n      offersMoved {\n        id\n        name\n      }\n      grants {\n        role\n        moved\n      }\n      memberships {\n        networkName\n        keyPerson\n        steeringGroup\n        newMembership\n      }\n    }\n  }\n": types.HandOverOutcomeFragmentDoc,
    "\n  fragment ChannelFields on Channel {\n    kind\n    value\n    label\n    visibility\n  }\n": types.ChannelFieldsFragmentDoc,
    "\n  fragment StatusFields on OpeningStatus {\n    openNow\n    closesAt\n    nextOpensAt\n    holiday\n  }\n": types.StatusFieldsFragmentDoc,
    "\n  fragment MutationFailure on ErrorResult {\n    code\n    message\n    ... on ValidationError {\n      fieldErrors {\n        path\n        message\n      }\n    }\n  }\n": types.MutationFailureFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: RedeemLinkInput!) {\n    acceptInvitation(input: $input) {\n      __typename\n      ... on Session {\n        refreshToken\n        account {\n          email\n        }\n      }\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: RedeemLinkInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on Session {\n        refreshToken\n        account {\n          email\n        }\n      }\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndLinkSession($input: RefreshTokenInput!) {\n    signOut(input: $input) {\n      sessions\n    }\n  }\n"): typeof import('./graphql').EndLinkSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAccount {\n    me {\n      id\n      displayName\n      email\n      jobTitle\n      workPhone\n      organisationId\n      status\n      createdAt\n      lastSignInAt\n      grants {\n        role\n        organisationId\n        unitId\n        networkId\n      }\n    }\n  }\n"): typeof import('./graphql').MyAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyData {\n    me {\n      id\n      displayName\n      email\n      jobTitle\n      workPhone\n      organisationId\n      status\n      createdAt\n      lastSignInAt\n      grants {\n        role\n        organisationId\n        unitId\n        networkId\n      }\n    }\n    myNetworkMemberships {\n      id\n      status\n      name\n      email\n      jobTitle\n      motivation\n      appliedAt\n      decidedAt\n      isKeyPerson\n      inSteeringGroup\n      network {\n        id\n        name\n      }\n    }\n    myThemeDayRegistrations {\n      id\n      themeDayId\n      themeDayTitle\n      themeDayStartsAt\n      networkName\n      name\n      email\n      workplace\n      status\n      registeredAt\n      cancelledAt\n      attended\n    }\n    mySupervisionParticipations {\n      id\n      groupId\n      groupName\n      networkName\n      status\n      motivation\n      appliedAt\n      decidedAt\n    }\n    mySupervisionHours {\n      memberId\n      totalHours\n      goalHours\n      sessionsAttended\n      groups {\n        groupId\n        groupName\n        sessionsAttended\n        hours\n      }\n    }\n    myAuditEvents(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          occurredAt\n          entityType\n          entityId\n          action\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n    myChangeSubscriptions {\n      id\n      createdAt\n      lastSentAt\n      municipalityCodes\n      network {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').MyDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: MyProfileInput!) {\n    updateMyProfile(input: $input) {\n      __typename\n      ... on Account {\n        id\n        displayName\n        jobTitle\n        workPhone\n      }\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').UpdateMyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseMyAccount($id: ID!) {\n    eraseAccount(id: $id) {\n      __typename\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').EraseMyAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAuditEvents($after: String) {\n    myAuditEvents(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          occurredAt\n          entityType\n          entityId\n          action\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyAuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailLog($status: MailStatus, $first: Int, $after: String) {\n    mailMessages(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          template\n          subject\n          recipients\n          status\n          attempts\n          maxAttempts\n          lastError\n          createdAt\n          sentAt\n          updatedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MailLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SynonymGroups {\n    synonymGroups {\n      id\n      terms\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').SynonymGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSynonymGroup($input: SynonymGroupInput!) {\n    createSynonymGroup(input: $input) {\n      __typename\n      ... on SynonymGroup {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').CreateSynonymGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSynonymGroup($id: ID!) {\n    deleteSynonymGroup(id: $id) {\n      __typename\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').DeleteSynonymGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryMail($id: ID!) {\n    retryMail(id: $id) {\n      __typename\n      ... on MailMessage {\n        id\n        status\n      }\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').RetryMailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRights {\n    me {\n      id\n      grants {\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRightsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts($filter: AccountFilter, $first: Int, $after: String) {\n    accounts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          email\n          status\n          lastSignInAt\n          grants {\n            id\n            role\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountAdmin($id: ID!) {\n    account(id: $id) {\n      id\n      displayName\n      email\n      status\n      jobTitle\n      workPhone\n      organisationId\n      createdAt\n      lastSignInAt\n      grants {\n        id\n        role\n        organisationId\n        unitId\n        networkId\n      }\n    }\n  }\n"): typeof import('./graphql').AccountAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeNames($organisations: OrganisationFilter) {\n    organisations(filter: $organisations, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    networks(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ScopeNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisationUnits($organisationId: ID!) {\n    units(filter: { organisationId: $organisationId }, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminOrganisationUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      __typename\n      ... on RoleGrant {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').GrantRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRole($id: ID!) {\n    revokeRole(id: $id) {\n      __typename\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').RevokeRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateAccount($id: ID!) {\n    deactivateAccount(id: $id) {\n      __typename\n      ... on Account {\n        id\n        status\n      }\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').DeactivateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteAccount($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      __typename\n      ... on Account {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').InviteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrantScopeName(\n    $organisationId: ID!\n    $unitId: ID!\n    $networkId: ID!\n    $hasOrganisation: Boolean!\n    $hasUnit: Boolean!\n    $hasNetwork: Boolean!\n  ) {\n    organisation(id: $organisationId) @include(if: $hasOrganisation) {\n      id\n      name\n    }\n    unit(id: $unitId) @include(if: $hasUnit) {\n      id\n      name\n    }\n    network(id: $networkId) @include(if: $hasNetwork) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').GrantScopeNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueRights {\n    me {\n      id\n      grants {\n        role\n        organisationId\n        unitId\n      }\n    }\n  }\n"): typeof import('./graphql').CatalogueRightsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationEdit($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      sector\n      description\n      address\n      website\n      verificationIntervalDays\n      municipality {\n        code\n      }\n      region {\n        key\n      }\n    }\n    units(filter: { organisationId: $id }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitEdit($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      kind\n      description\n      address\n      organisation {\n        id\n        name\n      }\n      parent {\n        id\n        parent {\n          id\n          parent {\n            id\n          }\n        }\n      }\n      children {\n        id\n      }\n      contacts {\n        id\n      }\n      offers {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').UnitEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisationForm($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      __typename\n      ... on Organisation {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').CreateOrganisationFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisationForm($id: ID!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').UpdateOrganisationFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnitForm($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      __typename\n      ... on Unit {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').CreateUnitFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUnitForm($id: ID!, $input: UpdateUnitInput!) {\n    updateUnit(id: $id, input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').UpdateUnitFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllOrganisations {\n    organisations(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AllOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOfferForm($input: CreateOfferInput!) {\n    createOffer(input: $input) {\n      __typename\n      ... on Offer {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').CreateOfferFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindSearch($input: SearchInput!) {\n    search(input: $input) {\n      totalCount\n      correctedQuery\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      understood {\n        text\n        age\n        municipalities {\n          code\n          name\n        }\n        situations {\n          key\n          label\n        }\n      }\n      facets {\n        field\n        values {\n          value\n          label\n          count\n        }\n      }\n      edges {\n        cursor\n        type\n        stale\n        openingStatus {\n          ...StatusFields\n        }\n        node {\n          __typename\n          ... on Contact {\n            id\n            name\n            kind\n            roleTitle\n            lastVerifiedAt\n            channels {\n              ...ChannelFields\n            }\n            organisation {\n              name\n              municipality {\n                name\n              }\n              region {\n                name\n              }\n            }\n          }\n          ... on Offer {\n            id\n            name\n            helpText\n            lastVerifiedAt\n            channels {\n              ...ChannelFields\n            }\n            organisation {\n              name\n              municipality {\n                name\n              }\n              region {\n                name\n              }\n            }\n          }\n          ... on Organisation {\n            id\n            name\n            lastVerifiedAt\n            municipality {\n              name\n            }\n            region {\n              name\n            }\n          }\n          ... on Unit {\n            id\n            name\n            lastVerifiedAt\n            organisation {\n              id\n              name\n              municipality {\n                name\n              }\n              region {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FindSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindSuggest($prefix: String!) {\n    suggest(prefix: $prefix, first: 8) {\n      kind\n      label\n      code\n      detail\n    }\n  }\n"): typeof import('./graphql').FindSuggestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoverChoices {\n    municipalities {\n      code\n      name\n    }\n    taxonomy(kind: SITUATION) {\n      key\n      label\n      parentKey\n    }\n  }\n"): typeof import('./graphql').HandoverChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntryPointFields on HandoverEntryPoint {\n    callNow\n    contact {\n      id\n      kind\n      name\n      roleTitle\n      helpText\n      stale\n      lastVerifiedAt\n      organisation {\n        name\n      }\n      unit {\n        name\n      }\n      channels {\n        ...ChannelFields\n      }\n    }\n    openingStatus {\n      ...StatusFields\n    }\n  }\n"): typeof import('./graphql').EntryPointFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoverAnswer($municipality: String!, $age: Int, $situations: [String!], $at: DateTime) {\n    handoverGuide(municipalityCode: $municipality, age: $age, situations: $situations, at: $at) {\n      at\n      age\n      municipality {\n        code\n        name\n        officialName\n      }\n      region {\n        name\n      }\n      situations {\n        key\n        label\n      }\n      callNow {\n        ...EntryPointFields\n      }\n      entryPoints {\n        ...EntryPointFields\n      }\n      regionalEntryPoints {\n        ...EntryPointFields\n      }\n      offers {\n        id\n        name\n        accessRoute\n        ageMin\n        ageMax\n        helpText\n        description\n        stale\n        lastVerifiedAt\n        organisation {\n          name\n        }\n        channels {\n          ...ChannelFields\n        }\n      }\n      volunteerOrganisations {\n        id\n        name\n        website\n        description\n        municipality {\n          code\n        }\n      }\n      themeDays {\n        id\n        title\n        startsAt\n        endsAt\n        venue\n      }\n    }\n  }\n"): typeof import('./graphql').HandoverAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendHandoverSheet($input: SendHandoverSheetInput!) {\n    sendHandoverSheet(input: $input) {\n      __typename\n      ... on HandoverSheetSent {\n        to\n        staffChannelsIncluded\n      }\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').SendHandoverSheetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ImportOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportSpreadsheet($input: ImportSpreadsheetInput!) {\n    importSpreadsheet(input: $input) {\n      __typename\n      ... on ImportReport {\n        importId\n        dryRun\n        applied\n        format\n        encoding\n        delimiter\n        created\n        updated\n        unchanged\n        failed\n        columns {\n          header\n          field\n        }\n        rows {\n          rowNumber\n          kind\n          name\n          action\n          recordId\n          changedFields\n        }\n        problems {\n          rowNumber\n          column\n          message\n        }\n        warnings {\n          rowNumber\n          column\n          message\n        }\n      }\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').ImportSpreadsheetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyKeyPersonRoles {\n    myNetworkMemberships {\n      id\n      status\n      isKeyPerson\n    }\n  }\n"): typeof import('./graphql').MyKeyPersonRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeyPersonApplications {\n    myNetworkMemberships {\n      id\n      status\n      isKeyPerson\n      party {\n        id\n        name\n      }\n      network {\n        id\n        name\n        pending: members(filter: { status: PENDING }, first: 100) {\n          edges {\n            node {\n              ...AdminMember\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').KeyPersonApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkOverview {\n    networks(first: 100) {\n      edges {\n        node {\n          id\n          name\n          viewerIsCoordinator\n          parties {\n            id\n          }\n          pending: members(filter: { status: PENDING }, first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NetworkOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkAdmin($id: ID!) {\n    network(id: $id) {\n      id\n      name\n      description\n      contactEmail\n      coordinators\n      viewerIsCoordinator\n      parties {\n        id\n        kind\n        name\n        joinedOn\n        memberCount\n      }\n      pending: members(filter: { status: PENDING }, first: 100) {\n        edges {\n          node {\n            ...AdminMember\n          }\n        }\n      }\n      approved: members(filter: { status: APPROVED }, first: 100) {\n        totalCount\n        edges {\n          node {\n            ...AdminMember\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NetworkAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminMember on NetworkMember {\n    id\n    name\n    email\n    jobTitle\n    motivation\n    appliedAt\n    status\n    isKeyPerson\n    inSteeringGroup\n    party {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AdminMemberFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNetwork($id: ID!, $input: UpdateNetworkInput!) {\n    updateNetwork(id: $id, input: $input) {\n      __typename\n      ... on Network {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').UpdateNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      __typename\n      ... on Network {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').CreateNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveNetworkMember($memberId: ID!) {\n    approveNetworkMember(memberId: $memberId) {\n      __typename\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').ApproveNetworkMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectNetworkMember($memberId: ID!) {\n    rejectNetworkMember(memberId: $memberId) {\n      __typename\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').RejectNetworkMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberRoles($input: MemberRolesInput!) {\n    setNetworkMemberRoles(input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').SetMemberRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyCandidates($sector: Sector!) {\n    organisations(filter: { sector: $sector }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          units {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartyCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddNetworkParty($input: AddPartyInput!) {\n    addNetworkParty(input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').AddNetworkPartyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveNetworkParty($partyId: ID!) {\n    removeNetworkParty(partyId: $partyId) {\n      __typename\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').RemoveNetworkPartyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionGroups($networkId: ID!) {\n    network(id: $networkId) {\n      id\n      name\n    }\n    supervisionGroups(networkId: $networkId, first: 100) {\n      edges {\n        node {\n          id\n          name\n          focus\n          status\n          seatsTaken\n          maxSeats\n          pendingCount\n          waitlistCount\n          sessions {\n            id\n            startsAt\n            cancelled\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SupervisionGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionGroupAdmin($id: ID!) {\n    supervisionGroup(id: $id) {\n      id\n      name\n      focus\n      description\n      facilitatorName\n      facilitatorEmail\n      venue\n      status\n      minSeats\n      maxSeats\n      partyCap\n      sectorCaps {\n        sector\n        max\n      }\n      recurrence\n      firstSessionAt\n      sessionMinutes\n      exceptions\n      seatsTaken\n      network {\n        id\n        name\n      }\n      sessions {\n        id\n        startsAt\n        endsAt\n        cancelled\n        durationMinutes\n        attendance {\n          participantId\n          attended\n        }\n      }\n      participants {\n        id\n        status\n        appliedAt\n        motivation\n        waitlistPosition\n        memberId\n        member {\n          name\n          email\n          party {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SupervisionGroupAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSupervisionGroup($input: CreateSupervisionGroupInput!) {\n    createSupervisionGroup(input: $input) {\n      __typename\n      ... on SupervisionGroup {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').CreateSupervisionGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSupervisionGroup($id: ID!, $input: UpdateSupervisionGroupInput!) {\n    updateSupervisionGroup(id: $id, input: $input) {\n      __typename\n      ... on SupervisionGroup {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').UpdateSupervisionGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideSupervisionApplication($participantId: ID!, $approve: Boolean!) {\n    decideSupervisionApplication(participantId: $participantId, approve: $approve) {\n      __typename\n      ... on SupervisionParticipant {\n        status\n      }\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').DecideSupervisionApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelSupervisionSession($sessionId: ID!) {\n    cancelSupervisionSession(sessionId: $sessionId) {\n      __typename\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').CancelSupervisionSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkSupervisionAttendance($sessionId: ID!, $participantIds: [ID!]!, $attended: Boolean!) {\n    markSupervisionAttendance(sessionId: $sessionId, participantIds: $participantIds, attended: $attended) {\n      __typename\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').MarkSupervisionAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionHours($memberId: ID!) {\n    supervisionHours(memberId: $memberId) {\n      memberId\n      member {\n        name\n        jobTitle\n        party {\n          name\n        }\n        network {\n          id\n          name\n        }\n      }\n      goalHours\n      sessionsAttended\n      totalHours\n      totalMinutes\n      groups {\n        groupId\n        groupName\n        focus\n        facilitatorName\n        hours\n        sessionsAttended\n      }\n    }\n  }\n"): typeof import('./graphql').SupervisionHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerOrganisations {\n    volunteerOrganisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          website\n          parentOrganisation {\n            id\n          }\n          municipality {\n            name\n          }\n          branches {\n            id\n            name\n            municipality {\n              name\n            }\n            hostedThemeDays {\n              ...HostedDay\n            }\n          }\n          hostedThemeDays {\n            ...HostedDay\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').VolunteerOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HostedDay on ThemeDay {\n    id\n    title\n    startsAt\n    status\n    visibility\n    network {\n      name\n    }\n  }\n"): typeof import('./graphql').HostedDayFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactPage($id: ID!) {\n    contact(id: $id) {\n      id\n      name\n      kind\n      roleTitle\n      helpText\n      address\n      leftAt\n      formerNames\n      channels {\n        ...ChannelFields\n      }\n      openingStatus {\n        ...StatusFields\n      }\n      openingHours {\n        ...HoursFields\n      }\n      ...RecordTrustFields\n      situations {\n        key\n        label\n      }\n      organisation {\n        ...PlaceFields\n      }\n      unit {\n        id\n        name\n      }\n      deputy {\n        id\n        name\n      }\n      successor {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ContactPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkName($id: ID!) {\n    network(id: $id) {\n      id\n      name\n      parties {\n        id\n        organisation {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NetworkNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkCoverage($networkId: ID!) {\n    coverage(networkId: $networkId) {\n      summary {\n        required\n        verified\n        stale\n        missing\n      }\n      municipalitiesWithGaps\n      municipalities {\n        partyIds\n        municipality {\n          code\n          name\n        }\n        summary {\n          required\n          verified\n          stale\n          missing\n        }\n        items {\n          status\n          requirement {\n            id\n            label\n            situationKey\n          }\n          entryPoints {\n            stale\n            contact {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NetworkCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditRights($organisationId: ID!, $unitId: ID!, $withUnit: Boolean!) {\n    me {\n      id\n      displayName\n      grants {\n        role\n        organisationId\n        unitId\n      }\n    }\n    organisation(id: $organisationId) {\n      id\n      name\n    }\n    unit(id: $unitId) @include(if: $withUnit) {\n      id\n      parent {\n        id\n        parent {\n          id\n          parent {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EditRightsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordPlace($contactId: ID!, $offerId: ID!, $isContact: Boolean!) {\n    contact(id: $contactId) @include(if: $isContact) {\n      organisation {\n        id\n      }\n      unit {\n        id\n      }\n      owner {\n        accountId\n      }\n    }\n    offer(id: $offerId) @skip(if: $isContact) {\n      organisation {\n        id\n      }\n      unit {\n        id\n      }\n      owner {\n        accountId\n      }\n    }\n  }\n"): typeof import('./graphql').RecordPlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SituationLabels {\n    taxonomy(kind: SITUATION) {\n      key\n      label\n    }\n  }\n"): typeof import('./graphql').SituationLabelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityPage($code: String!) {\n    municipality(code: $code) {\n      code\n      name\n      officialName\n      region {\n        key\n        name\n      }\n    }\n    networks(first: 100) {\n      edges {\n        node {\n          id\n          name\n          parties {\n            organisation {\n              municipality {\n                code\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MunicipalityPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityEntryPoints($code: String!) {\n    handoverGuide(municipalityCode: $code) {\n      entryPoints {\n        contact {\n          id\n          name\n          stale\n          situations {\n            key\n            label\n          }\n          channels {\n            ...ChannelFields\n          }\n        }\n        openingStatus {\n          ...StatusFields\n        }\n      }\n      volunteerOrganisations {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').MunicipalityEntryPointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferPage($id: ID!) {\n    offer(id: $id) {\n      id\n      name\n      description\n      helpText\n      notFor\n      status\n      accessRoute\n      referredBy\n      decidedBy\n      holdsAuthority\n      ageMin\n      ageMax\n      cost\n      capacity\n      waitingTime\n      startsOn\n      endsOn\n      address\n      languages\n      legalBasis {\n        act\n        section\n      }\n      municipalities {\n        code\n        name\n      }\n      channels {\n        ...ChannelFields\n      }\n      openingStatus {\n        ...StatusFields\n      }\n      openingHours {\n        ...HoursFields\n      }\n      ...OfferTrustFields\n      situations {\n        key\n        label\n      }\n      problemTags {\n        key\n        label\n      }\n      organisation {\n        ...PlaceFields\n      }\n      unit {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').OfferPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationUnits($id: ID!) {\n    units(first: 100, filter: { organisationId: $id }) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          kind\n          parent {\n            id\n          }\n        }\n      }\n    }\n    contacts(first: 100, filter: { organisationId: $id }) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          stale\n          unit {\n            id\n          }\n          channels {\n            ...ChannelFields\n          }\n          openingStatus {\n            ...StatusFields\n          }\n        }\n      }\n    }\n    offers(first: 100, filter: { organisationId: $id }) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          stale\n          unit {\n            id\n          }\n          channels {\n            ...ChannelFields\n          }\n          openingStatus {\n            ...StatusFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      sector\n      description\n      address\n      website\n      municipality {\n        code\n        name\n      }\n      region {\n        key\n        name\n      }\n      parentOrganisation {\n        id\n        name\n      }\n      branches {\n        id\n        name\n        municipality {\n          code\n          name\n        }\n      }\n      hostedThemeDays {\n        id\n        title\n        startsAt\n        venue\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionPage($key: String!) {\n    region(key: $key) {\n      key\n      code\n      name\n      validFrom\n      validTo\n      succeededBy {\n        key\n        name\n      }\n      municipalities {\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').RegionPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionalOrganisations($key: String!) {\n    organisations(filter: { region: $key, sector: REGIONAL }, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RegionalOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThemeDayPage($id: ID!) {\n    me {\n      displayName\n      email\n    }\n    themeDay(id: $id) {\n      id\n      title\n      topic\n      description\n      kind\n      status\n      cancellationReason\n      startsAt\n      endsAt\n      venue\n      onlineUrl\n      audience\n      capacity\n      seatsLeft\n      waitlistCount\n      registrationOpen\n      registrationOpensAt\n      registrationClosesAt\n      visibility\n      programme {\n        startsAt\n        endsAt\n        title\n        speaker\n      }\n      hostOrganisation {\n        id\n        name\n        sector\n      }\n      network {\n        id\n        name\n      }\n      myRegistration {\n        status\n        waitlistPosition\n      }\n    }\n  }\n"): typeof import('./graphql').ThemeDayPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterForThemeDay($input: RegisterForThemeDayInput!) {\n    registerForThemeDay(input: $input) {\n      __typename\n      ... on ThemeDayRegistration {\n        status\n        waitlistPosition\n        email\n      }\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').RegisterForThemeDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditableChannel on Channel {\n    id\n    kind\n    value\n    label\n    visibility\n  }\n"): typeof import('./graphql').EditableChannelFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfferChannelsAnswer on OfferResult {\n    __typename\n    ... on Offer {\n      channels {\n        ...EditableChannel\n      }\n    }\n    ...MutationFailure\n  }\n"): typeof import('./graphql').OfferChannelsAnswerFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactChannelsAnswer on ContactResult {\n    __typename\n    ... on Contact {\n      channels {\n        ...EditableChannel\n      }\n    }\n    ...MutationFailure\n  }\n"): typeof import('./graphql').ContactChannelsAnswerFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddOfferChannel($offerId: ID!, $input: ChannelInput!) {\n    addOfferChannel(offerId: $offerId, input: $input) {\n      ...OfferChannelsAnswer\n    }\n  }\n"): typeof import('./graphql').AddOfferChannelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOfferChannel($offerId: ID!, $channelId: ID!, $input: ChannelInput!) {\n    updateOfferChannel(offerId: $offerId, channelId: $channelId, input: $input) {\n      ...OfferChannelsAnswer\n    }\n  }\n"): typeof import('./graphql').UpdateOfferChannelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOfferChannel($offerId: ID!, $channelId: ID!) {\n    removeOfferChannel(offerId: $offerId, channelId: $channelId) {\n      ...OfferChannelsAnswer\n    }\n  }\n"): typeof import('./graphql').RemoveOfferChannelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddContactChannel($contactId: ID!, $input: ChannelInput!) {\n    addContactChannel(contactId: $contactId, input: $input) {\n      ...ContactChannelsAnswer\n    }\n  }\n"): typeof import('./graphql').AddContactChannelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContactChannel($contactId: ID!, $channelId: ID!, $input: ChannelInput!) {\n    updateContactChannel(contactId: $contactId, channelId: $channelId, input: $input) {\n      ...ContactChannelsAnswer\n    }\n  }\n"): typeof import('./graphql').UpdateContactChannelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveContactChannel($contactId: ID!, $channelId: ID!) {\n    removeContactChannel(contactId: $contactId, channelId: $channelId) {\n      ...ContactChannelsAnswer\n    }\n  }\n"): typeof import('./graphql').RemoveContactChannelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOffer($id: ID!) {\n    deleteOffer(id: $id) {\n      __typename\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').DeleteOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteContact($id: ID!) {\n    deleteContact(id: $id) {\n      __typename\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').DeleteContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteUnit($id: ID!) {\n    deleteUnit(id: $id) {\n      __typename\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').DeleteUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOrganisation($id: ID!) {\n    deleteOrganisation(id: $id) {\n      __typename\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').DeleteOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeletionPreview($id: ID!) {\n    deletionPreview(id: $id) {\n      id\n      name\n      goes {\n        key\n        label\n        count\n      }\n      blockedBy {\n        key\n        label\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').DeletionPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferEdit($id: ID!) {\n    offer(id: $id) {\n      id\n      name\n      description\n      helpText\n      ageMin\n      ageMax\n      waitingTime\n      cost\n      address\n      openingHours {\n        ...EditableHours\n      }\n      organisation {\n        id\n      }\n      unit {\n        id\n      }\n      owner {\n        kind\n        accountId\n        unitId\n      }\n      channels {\n        id\n        kind\n        value\n        label\n        visibility\n      }\n    }\n  }\n"): typeof import('./graphql').OfferEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactEdit($id: ID!) {\n    contact(id: $id) {\n      id\n      name\n      roleTitle\n      helpText\n      deputy {\n        id\n      }\n      openingHours {\n        ...EditableHours\n      }\n      organisation {\n        id\n      }\n      unit {\n        id\n      }\n      owner {\n        kind\n        accountId\n        unitId\n      }\n      channels {\n        id\n        kind\n        value\n        label\n        visibility\n      }\n    }\n  }\n"): typeof import('./graphql').ContactEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOfferFields($id: ID!, $input: UpdateOfferInput!) {\n    updateOffer(id: $id, input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').UpdateOfferFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContactFields($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').UpdateContactFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContactForm($input: CreateContactInput!) {\n    createContact(input: $input) {\n      __typename\n      ... on Contact {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').CreateContactFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactHoursAnswer on ContactResult {\n    __typename\n    ... on Contact {\n      openingHours {\n        ...EditableHours\n      }\n    }\n    ...MutationFailure\n  }\n"): typeof import('./graphql').ContactHoursAnswerFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddContactWeeklyHours($contactId: ID!, $input: WeeklyHoursInput!) {\n    addContactWeeklyHours(contactId: $contactId, input: $input) {\n      ...ContactHoursAnswer\n    }\n  }\n"): typeof import('./graphql').AddContactWeeklyHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContactWeeklyHours($contactId: ID!, $weeklyHoursId: ID!, $input: WeeklyHoursInput!) {\n    updateContactWeeklyHours(contactId: $contactId, weeklyHoursId: $weeklyHoursId, input: $input) {\n      ...ContactHoursAnswer\n    }\n  }\n"): typeof import('./graphql').UpdateContactWeeklyHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveContactWeeklyHours($contactId: ID!, $weeklyHoursId: ID!) {\n    removeContactWeeklyHours(contactId: $contactId, weeklyHoursId: $weeklyHoursId) {\n      ...ContactHoursAnswer\n    }\n  }\n"): typeof import('./graphql').RemoveContactWeeklyHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddContactHoursException($contactId: ID!, $input: HoursExceptionInput!) {\n    addContactHoursException(contactId: $contactId, input: $input) {\n      ...ContactHoursAnswer\n    }\n  }\n"): typeof import('./graphql').AddContactHoursExceptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContactHoursException($contactId: ID!, $exceptionId: ID!, $input: HoursExceptionInput!) {\n    updateContactHoursException(contactId: $contactId, exceptionId: $exceptionId, input: $input) {\n      ...ContactHoursAnswer\n    }\n  }\n"): typeof import('./graphql').UpdateContactHoursExceptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveContactHoursException($contactId: ID!, $exceptionId: ID!) {\n    removeContactHoursException(contactId: $contactId, exceptionId: $exceptionId) {\n      ...ContactHoursAnswer\n    }\n  }\n"): typeof import('./graphql').RemoveContactHoursExceptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetContactHoursSettings($contactId: ID!, $input: HoursSettingsInput!) {\n    setContactHoursSettings(contactId: $contactId, input: $input) {\n      ...ContactHoursAnswer\n    }\n  }\n"): typeof import('./graphql').SetContactHoursSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditableHours on OpeningHours {\n    alwaysOpen\n    openOnHolidays\n    note\n    weekly {\n      id\n      day\n      opens\n      closes\n    }\n    exceptions {\n      id\n      date\n      closed\n      opens\n      closes\n      note\n    }\n  }\n"): typeof import('./graphql').EditableHoursFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfferHoursAnswer on OfferResult {\n    __typename\n    ... on Offer {\n      openingHours {\n        ...EditableHours\n      }\n    }\n    ...MutationFailure\n  }\n"): typeof import('./graphql').OfferHoursAnswerFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddOfferWeeklyHours($offerId: ID!, $input: WeeklyHoursInput!) {\n    addOfferWeeklyHours(offerId: $offerId, input: $input) {\n      ...OfferHoursAnswer\n    }\n  }\n"): typeof import('./graphql').AddOfferWeeklyHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOfferWeeklyHours($offerId: ID!, $weeklyHoursId: ID!, $input: WeeklyHoursInput!) {\n    updateOfferWeeklyHours(offerId: $offerId, weeklyHoursId: $weeklyHoursId, input: $input) {\n      ...OfferHoursAnswer\n    }\n  }\n"): typeof import('./graphql').UpdateOfferWeeklyHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOfferWeeklyHours($offerId: ID!, $weeklyHoursId: ID!) {\n    removeOfferWeeklyHours(offerId: $offerId, weeklyHoursId: $weeklyHoursId) {\n      ...OfferHoursAnswer\n    }\n  }\n"): typeof import('./graphql').RemoveOfferWeeklyHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddOfferHoursException($offerId: ID!, $input: HoursExceptionInput!) {\n    addOfferHoursException(offerId: $offerId, input: $input) {\n      ...OfferHoursAnswer\n    }\n  }\n"): typeof import('./graphql').AddOfferHoursExceptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOfferHoursException($offerId: ID!, $exceptionId: ID!, $input: HoursExceptionInput!) {\n    updateOfferHoursException(offerId: $offerId, exceptionId: $exceptionId, input: $input) {\n      ...OfferHoursAnswer\n    }\n  }\n"): typeof import('./graphql').UpdateOfferHoursExceptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOfferHoursException($offerId: ID!, $exceptionId: ID!) {\n    removeOfferHoursException(offerId: $offerId, exceptionId: $exceptionId) {\n      ...OfferHoursAnswer\n    }\n  }\n"): typeof import('./graphql').RemoveOfferHoursExceptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOfferHoursSettings($offerId: ID!, $input: HoursSettingsInput!) {\n    setOfferHoursSettings(offerId: $offerId, input: $input) {\n      ...OfferHoursAnswer\n    }\n  }\n"): typeof import('./graphql').SetOfferHoursSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnershipChoices($organisationId: ID!, $unitId: ID) {\n    me {\n      id\n      displayName\n    }\n    recordEditors(organisationId: $organisationId, unitId: $unitId) {\n      id\n      displayName\n    }\n    organisation(id: $organisationId) {\n      id\n      name\n      units {\n        id\n        name\n      }\n    }\n    contacts(filter: { organisationId: $organisationId }, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OwnershipChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOfferOwner($id: ID!, $input: UpdateOfferInput!) {\n    updateOffer(id: $id, input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').SetOfferOwnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetContactOwner($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').SetContactOwnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecordTrustFields on Contact {\n    lastVerifiedAt\n    lastVerifiedBy\n    stale\n    verificationDue\n    owner {\n      kind\n      accountId\n      unitId\n    }\n  }\n"): typeof import('./graphql').RecordTrustFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfferTrustFields on Offer {\n    lastVerifiedAt\n    lastVerifiedBy\n    stale\n    verificationDue\n    owner {\n      kind\n      accountId\n      unitId\n    }\n  }\n"): typeof import('./graphql').OfferTrustFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HoursFields on OpeningHours {\n    alwaysOpen\n    openOnHolidays\n    note\n    weekly {\n      day\n      opens\n      closes\n    }\n    exceptions {\n      date\n      closed\n      opens\n      closes\n      note\n    }\n  }\n"): typeof import('./graphql').HoursFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlaceFields on Organisation {\n    id\n    name\n    sector\n    municipality {\n      code\n      name\n    }\n    region {\n      key\n      name\n    }\n  }\n"): typeof import('./graphql').PlaceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinatorRights {\n    me {\n      id\n      grants {\n        role\n        networkId\n      }\n    }\n  }\n"): typeof import('./graphql').CoordinatorRightsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinatedNetworks {\n    networks(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CoordinatedNetworksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinatedThemeDays {\n    themeDays(filter: { includeCancelled: true }, first: 100) {\n      edges {\n        node {\n          id\n          title\n          status\n          startsAt\n          capacity\n          seatsTaken\n          waitlistCount\n          network {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CoordinatedThemeDaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThemeDayAdmin($id: ID!) {\n    themeDay(id: $id) {\n      id\n      title\n      topic\n      description\n      kind\n      status\n      cancellationReason\n      startsAt\n      endsAt\n      venue\n      onlineUrl\n      capacity\n      seatsTaken\n      waitlistCount\n      registrationOpensAt\n      registrationClosesAt\n      visibility\n      network {\n        id\n        name\n      }\n      registrations {\n        id\n        name\n        email\n        workplace\n        status\n        registeredAt\n        waitlistPosition\n        attended\n      }\n    }\n  }\n"): typeof import('./graphql').ThemeDayAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateThemeDay($input: CreateThemeDayInput!) {\n    createThemeDay(input: $input) {\n      __typename\n      ... on ThemeDay {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').CreateThemeDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateThemeDay($id: ID!, $input: UpdateThemeDayInput!) {\n    updateThemeDay(id: $id, input: $input) {\n      __typename\n      ... on ThemeDay {\n        id\n      }\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').UpdateThemeDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelThemeDay($id: ID!, $reason: String) {\n    cancelThemeDay(id: $id, reason: $reason) {\n      __typename\n      ... on ThemeDay {\n        id\n        status\n      }\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').CancelThemeDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRegistrationOnBehalf($registrationId: ID!) {\n    cancelThemeDayRegistrationOnBehalf(registrationId: $registrationId) {\n      __typename\n      ... on ThemeDayRegistration {\n        id\n        status\n      }\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').CancelRegistrationOnBehalfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkThemeDayAttendance($themeDayId: ID!, $registrationIds: [ID!]!, $attended: Boolean!) {\n    markThemeDayAttendance(themeDayId: $themeDayId, registrationIds: $registrationIds, attended: $attended) {\n      __typename\n      ... on AttendanceMarked {\n        registrations {\n          id\n          attended\n        }\n      }\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').MarkThemeDayAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordHistory($id: ID!, $isContact: Boolean!) {\n    contact(id: $id) @include(if: $isContact) {\n      id\n      name\n    }\n    offer(id: $id) @skip(if: $isContact) {\n      id\n      name\n    }\n    history(entityId: $id) {\n      id\n      action\n      occurredAt\n      accountId\n      accountName\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n"): typeof import('./graphql').RecordHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGrants {\n    me {\n      id\n      displayName\n      grants {\n        role\n        organisationId\n        unitId\n        networkId\n      }\n    }\n    myNetworkMemberships {\n      id\n      status\n      network {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').MyGrantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpkeepPlaces($all: Boolean!) {\n    organisations(first: 100) @include(if: $all) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    networks(first: 100) @include(if: $all) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UpkeepPlacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaceName($organisationId: ID!, $networkId: ID!, $isOrganisation: Boolean!) {\n    organisation(id: $organisationId) @include(if: $isOrganisation) {\n      id\n      name\n    }\n    network(id: $networkId) @skip(if: $isOrganisation) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').PlaceNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerificationQueue($organisationId: ID!, $withinDays: Int!) {\n    organisation(id: $organisationId) {\n      id\n      name\n    }\n    me {\n      id\n      displayName\n    }\n    verificationQueue(organisationId: $organisationId, withinDays: $withinDays, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          recordType\n          name\n          overdue\n          verificationDue\n          lastVerifiedAt\n          escalatedAt\n          owner {\n            kind\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').VerificationQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyContactStill($input: VerifyInput!) {\n    verifyContact(input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').VerifyContactStillDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyOfferStill($input: VerifyInput!) {\n    verifyOffer(input: $input) {\n      __typename\n      ...MutationFailure\n    }\n  }\n"): typeof import('./graphql').VerifyOfferStillDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TurnoverPeople($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      name\n    }\n    contacts(filter: { organisationId: $organisationId }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n          roleTitle\n          owner {\n            kind\n            accountId\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TurnoverPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandOverPreview($input: HandOverRolesInput!) {\n    handOverRolesPreview(input: $input) {\n      ...HandOverOutcome\n    }\n  }\n"): typeof import('./graphql').HandOverPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandOverRolesNow($input: HandOverRolesInput!) {\n    handOverRoles(input: $input) {\n      ...HandOverOutcome\n    }\n  }\n"): typeof import('./graphql').HandOverRolesNowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HandOverOutcome on HandOverRolesResult {\n    __typename\n    ...MutationFailure\n    ... on RoleHandover {\n      coordinatorsNotified\n      welcomed\n      situationsAdded\n      leaving {\n        id\n        name\n      }\n      successor {\n        id\n        name\n      }\n      deputiesRedirected {\n        id\n        name\n      }\n      contactsMoved {\n        id\n        name\n      }\n      offersMoved {\n        id\n        name\n      }\n      grants {\n        role\n        moved\n      }\n      memberships {\n        networkName\n        keyPerson\n        steeringGroup\n        newMembership\n      }\n    }\n  }\n"): typeof import('./graphql').HandOverOutcomeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChannelFields on Channel {\n    kind\n    value\n    label\n    visibility\n  }\n"): typeof import('./graphql').ChannelFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatusFields on OpeningStatus {\n    openNow\n    closesAt\n    nextOpensAt\n    holiday\n  }\n"): typeof import('./graphql').StatusFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MutationFailure on ErrorResult {\n    code\n    message\n    ... on ValidationError {\n      fieldErrors {\n        path\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').MutationFailureFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
