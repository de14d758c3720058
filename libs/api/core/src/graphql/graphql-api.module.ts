import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLModule, type GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { formatGraphqlError } from './format-error.js';
import { GRAPHQL_LIMITS } from './limits.js';
import { introspectionDepthRules, signedInIntrospectionPlugin } from './introspection.js';
import { SocketSessions } from './socket-sessions.js';
import { graphqlWsOptions } from './subscriptions.js';

export interface GraphqlContext {
  readonly req: Request;
  readonly res: Response;
}

/**
 * GraphQL over HTTP at /graphql, and subscriptions over WebSocket (graphql-ws) at the same path, accepted
 * only for a fully signed-in session (see SubscriptionAuthenticator).
 */
@Module({})
export class GraphqlApiModule {
  static forRoot({ production }: { production: boolean }): DynamicModule {
    const armor = new ApolloArmor({
      maxDepth: { n: GRAPHQL_LIMITS.maxDepth },
      costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
      maxAliases: { n: GRAPHQL_LIMITS.maxAliases, allowList: [] },
      // Armor's token plugin throws from a hook, which Apollo answers with 500: graphql-js's own parser
      // limit (parseOptions) fails the parse instead, a 400 like any syntax error.
      maxTokens: { enabled: false },
      maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
      // It masks only `Did you mean "…"`, not enum values' hints: formatGraphqlError drops them all.
      blockFieldSuggestion: { enabled: false },
    }).protect();
    const validationRules = [...armor.validationRules, ...introspectionDepthRules];
    return {
      module: GraphqlApiModule,
      providers: [SocketSessions],
      exports: [SocketSessions],
      imports: [
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [ModuleRef, APP_CONFIG],
          useFactory: (moduleRef: ModuleRef, config: AppConfig): ApolloDriverConfig => ({
            path: '/graphql',
            autoSchemaFile: true,
            sortSchema: true,
            // In development, for someone signed in (signedInIntrospectionPlugin); never in production.
            introspection: !production,
            parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
            playground: false,
            csrfPrevention: true,
            allowBatchedHttpRequests: false,
            includeStacktraceInErrorResponses: false,
            validationRules,
            // @nestjs/apollo's types come from Apollo's CommonJS build and ours from its ESM build: the same
            // plugins, two declarations.
            plugins: [signedInIntrospectionPlugin(), ApolloServerPluginLandingPageDisabled()] as unknown as ApolloDriverConfig['plugins'],
            context: ({ req, res }: GraphqlContext): GraphqlContext => ({ req, res }),
            formatError: formatGraphqlError,
            // Field resolvers pass through the access guard too, not only root fields.
            fieldResolverEnhancers: ['guards'],
            subscriptions: {
              // graphql-ws takes more options than @nestjs/graphql's type names (context, validate, onError).
              'graphql-ws': graphqlWsOptions(moduleRef, { validationRules, publicUrl: config.publicUrl }) as GraphQLWsSubscriptionsConfig,
            },
          }),
        }),
      ],
    };
  }
}
