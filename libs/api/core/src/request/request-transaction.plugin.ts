import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { InjectDataSource } from '@nestjs/typeorm';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { GraphqlContext } from '../graphql/graphql-api.module.js';
import { beginTenantTransaction, type TenantTransaction } from '../database/tenant-transaction.js';
import { TransactionHost } from './transaction-host.js';

/**
 * One transaction per GraphQL request, opened when execution starts (a hook Apollo awaits) with the acting
 * organisation from the session, committed before the response is sent — or rolled back when the response
 * has errors, so a failed mutation leaves nothing behind.
 */
@Plugin()
export class RequestTransactionPlugin implements ApolloServerPlugin<GraphqlContext> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly host: TransactionHost,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<GraphqlContext>> {
    let transaction: TenantTransaction | undefined;
    return {
      executionDidStart: async ({ contextValue }) => {
        const auth = contextValue.req.auth;
        transaction = await beginTenantTransaction(this.dataSource, {
          organisationId: auth?.organisationId,
          userId: auth?.userId,
        });
        this.host.attach(transaction);
      },
      willSendResponse: async ({ response, errors }) => {
        if (transaction === undefined) return;
        const failed = (errors?.length ?? 0) > 0 || (response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0);
        if (failed) {
          await transaction.rollback();
          return;
        }
        try {
          await transaction.commit();
        } catch {
          if (response.body.kind === 'single') {
            response.body.singleResult = {
              errors: [new GraphQLError('Nothing was saved: please try again', { extensions: { code: 'NOT_SAVED' } })],
            };
          }
        }
      },
    };
  }
}
