import { AUTH_RESOLVERS } from '#auth';
import { AuditResolver } from '#core';
import { DIRECTORY_RESOLVERS } from '#directory';
import { GEOGRAPHY_RESOLVERS } from '#geography';
import { HANDOVER_RESOLVERS } from '#handover';
import { MAIL_RESOLVERS } from '#mail';
import { NETWORK_RESOLVERS } from '#network';
import { SEARCH_RESOLVERS } from '#search';
import { SPREADSHEETS_RESOLVERS } from '#spreadsheets';
import { UPKEEP_RESOLVERS } from '#upkeep';

/** Every resolver of the GraphQL schema: what `npm run schema` prints it from. */
export const SCHEMA_RESOLVERS = [
  ...GEOGRAPHY_RESOLVERS,
  ...DIRECTORY_RESOLVERS,
  ...NETWORK_RESOLVERS,
  ...SEARCH_RESOLVERS,
  ...MAIL_RESOLVERS,
  ...AUTH_RESOLVERS,
  ...UPKEEP_RESOLVERS,
  ...HANDOVER_RESOLVERS,
  ...SPREADSHEETS_RESOLVERS,
  AuditResolver,
];
