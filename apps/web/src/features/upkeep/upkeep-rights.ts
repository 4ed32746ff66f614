import type { MyGrantsQuery } from '../../gql/graphql';

type Me = NonNullable<MyGrantsQuery['me']>;

/** What an account keeps true: organisations it edits or is key person of, networks it coordinates or belongs to. */
export interface UpkeepScope {
  admin: boolean;
  organisationIds: string[];
  /** Organisations it edits as a whole (turnover needs an editor of both contacts; the API checks each). */
  editedOrganisationIds: string[];
  networkIds: string[];
}

/** Mirrors the API's rules (verificationQueue, handOverRoles, coverage); the API refuses whatever this gets wrong. */
export function upkeepScope(me: Me | null | undefined, memberNetworkIds: string[] = []): UpkeepScope {
  const grants = me?.grants ?? [];
  const unique = (ids: (string | null | undefined)[]) => [...new Set(ids.filter((id): id is string => Boolean(id)))];
  return {
    admin: grants.some((g) => g.role === 'ADMIN'),
    organisationIds: unique(grants.filter((g) => g.role === 'EDITOR' || g.role === 'KEY_PERSON').map((g) => g.organisationId)),
    editedOrganisationIds: unique(grants.filter((g) => g.role === 'EDITOR').map((g) => g.organisationId)),
    networkIds: unique([...grants.filter((g) => g.role === 'NETWORK_COORDINATOR').map((g) => g.networkId), ...memberNetworkIds]),
  };
}

export const hasUpkeep = (scope: UpkeepScope) =>
  scope.admin || scope.organisationIds.length > 0 || scope.editedOrganisationIds.length > 0 || scope.networkIds.length > 0;
