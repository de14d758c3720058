import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Request, Response } from 'express';
import { formatGraphqlError } from './format-error.js';

export interface GraphqlContext {
  readonly req: Request;
  readonly res: Response;
}

/**
 * Limits that keep one request from costing the server much: depth, cost, aliases, tokens and directives
 * are bounded, batched requests are refused, and a misspelt field gets no "did you mean" hint.
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxCost: 5000,
  maxAliases: 15,
  maxTokens: 3000,
  maxDirectives: 20,
} as const;

@Module({})
export class GraphqlApiModule {
  static forRoot({ production }: { production: boolean }): DynamicModule {
    const armor = new ApolloArmor({
      maxDepth: { n: GRAPHQL_LIMITS.maxDepth },
      costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
      maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
      maxTokens: { n: GRAPHQL_LIMITS.maxTokens },
      maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
      blockFieldSuggestion: { enabled: true },
    }).protect();
    return {
      module: GraphqlApiModule,
      imports: [
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          introspection: !production,
          playground: false,
          csrfPrevention: true,
          allowBatchedHttpRequests: false,
          includeStacktraceInErrorResponses: false,
          validationRules: armor.validationRules,
          // @nestjs/apollo's types come from Apollo's CommonJS build and ours from its ESM build: the same
          // plugins, two declarations.
          plugins: [...armor.plugins, ApolloServerPluginLandingPageDisabled()] as unknown as ApolloDriverConfig['plugins'],
          context: ({ req, res }: GraphqlContext): GraphqlContext => ({ req, res }),
          formatError: formatGraphqlError,
          // Field resolvers pass through the access guard too, not only root fields.
          fieldResolverEnhancers: ['guards'],
        }),
      ],
    };
  }
}
