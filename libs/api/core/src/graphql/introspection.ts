import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { BREAK, GraphQLError, visit, type DocumentNode, type ValidationRule } from 'graphql';
import type { GraphqlContext } from './graphql-api.module.js';

/**
 * How deep an introspection query may go: as deep as graphql-js's own `getIntrospectionQuery()` (what
 * GraphiQL and code generators send), which is 15 with fragments flattened, and no deeper. Ordinary
 * operations keep the stricter `GRAPHQL_LIMITS.maxDepth`.
 */
export const MAX_INTROSPECTION_DEPTH = 15;

/**
 * The depth limit for introspection too (the general rule skips `__schema`): counts every operation with
 * fragments flattened, so it only ever bites on introspection, whose ordinary depth is bounded more tightly.
 */
export const introspectionDepthRules: readonly ValidationRule[] = new ApolloArmor({
  maxDepth: { n: MAX_INTROSPECTION_DEPTH, ignoreIntrospection: false, flattenFragments: true },
  costLimit: { enabled: false },
  maxAliases: { enabled: false },
  maxTokens: { enabled: false },
  maxDirectives: { enabled: false },
  blockFieldSuggestion: { enabled: false },
}).protect().validationRules;

/** Whether the document asks about the schema itself (`__schema` or `__type`; `__typename` is fine). */
export function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Introspection only for someone fully signed in (in production Apollo refuses it for everyone before this
 * runs): a signed-out caller learns nothing of the schema. The web's types come from the committed SDL.
 */
export function signedInIntrospectionPlugin(): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (contextValue.req.auth?.secondFactorDone === true || !asksForSchema(document)) return;
          throw new GraphQLError('GraphQL introspection is not allowed', {
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
          });
        },
      };
    },
  };
}
