import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * The shape limits of one operation, checked before anything runs. Every operation of the web app, the README and
 * the explorer stays far below them (at most depth 7, 1 alias, 2 directives and 177 tokens in 2026-12; the
 * explorer's introspection query is about 190 tokens and is not counted for depth).
 */
export const GRAPHQL_LIMITS = {
  /** Deep enough for every real screen (search → node → organisation → municipality → region …). */
  depth: 12,
  aliases: 15,
  directives: 20,
  /** Names, punctuation and values of the query text (not of its variables). */
  tokens: 1000,
} as const;

type ArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;
type RejectHandler = (context: ValidationContext | null, error: GraphQLError) => void;

/** The count armor found, from its own message ("… exceeded, found 13."), for the Danish one. */
function found(error: GraphQLError): string {
  return /found (\d+)/.exec(error.message)?.[1] ?? '';
}

/** Armor reports in English as BAD_USER_INPUT; a client gets a Danish message and the code a refused query has. */
function refuse(message: (found: string) => string): { onReject: RejectHandler[]; propagateOnRejection: false } {
  return {
    propagateOnRejection: false,
    onReject: [
      (context, error) =>
        context?.reportError(new GraphQLError(message(found(error)), { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })),
    ],
  };
}

/** Armor's mask misses graphql-js's "Did you mean the enum value …?", in the query and in its variables alike. */
const hideEnumSuggestions: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) error.message = error.message.replace(/ Did you mean the enum value .+\?$/, '');
      },
    };
  },
};

/**
 * Limits from `@escape.tech/graphql-armor` (maintained, used widely with Apollo): depth, aliases and directives,
 * and, when the schema is not to be read (introspection off), no "Did you mean …" in errors. Its cost limit
 * stays off: operation-limits.plugin.ts estimates cost from the page sizes asked for (`first`), which armor's
 * per-field cost cannot see. Tokens are counted by graphql-js's parser (`parseOptions`, for Apollo's config).
 */
export function graphqlArmor(options: { introspection: boolean }): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
} {
  const { depth, aliases, directives, tokens } = GRAPHQL_LIMITS;
  const config: ArmorConfig = {
    costLimit: { enabled: false },
    maxDepth: {
      n: depth,
      flattenFragments: true,
      ...refuse((n) => `Forespørgslen er for dyb (${n} niveauer; højst ${depth}).`),
    },
    maxAliases: { n: aliases, ...refuse((n) => `Forespørgslen har for mange aliasser (${n}; højst ${aliases}).`) },
    maxDirectives: { n: directives, ...refuse((n) => `Forespørgslen har for mange direktiver (${n}; højst ${directives}).`) },
    // Armor's Apollo plugin parses once more in parsingDidStart and throws there, so Apollo answers every syntax
    // error with HTTP 500 (graphql-armor issues 571, 751): graphql-js's own parser counts tokens instead (parseOptions).
    maxTokens: { enabled: false },
    // Armor leaves the question mark of "Did you mean …?" after its mask: the mask reads as a question.
    blockFieldSuggestion: { enabled: !options.introspection, mask: 'Er navnet stavet rigtigt' },
  };
  const armor = new ApolloArmor(config).protect();
  // Armor's declarations name @apollo/server's CommonJS types, this project its ES module ones: the same plugins,
  // which TypeScript cannot see (HeaderMap's private field), so they are recognised by their shape: objects of hooks.
  const armorPlugins: readonly unknown[] = armor.plugins;
  const plugins = armorPlugins.filter(isPlugin);
  const { validationRules } = armor;
  return {
    plugins: options.introspection ? plugins : [...plugins, hideEnumSuggestions],
    validationRules,
    parseOptions: { maxTokens: tokens },
  };
}

function isPlugin(plugin: unknown): plugin is ApolloServerPlugin {
  return typeof plugin === 'object' && plugin !== null && Object.values(plugin).every((hook) => typeof hook === 'function');
}
