import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * `npm run codegen`: types for every operation in apps/web from the committed schema. Operations are plain strings
 * at run time (documentMode string: no GraphQL parser in the bundle). An operation that does not validate against
 * schema/schema.graphql fails this step; `npm run codegen:check` (CI) also fails when the generated files are stale.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        scalars: { DateTime: 'string', LocalDate: 'string' },
      },
    },
  },
};

export default config;
