import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { GraphQLError } from 'graphql';
import type { GraphqlContext } from '@liaise/api-core';

/** The requests (by their HTTP request object) that revealed an operation's disclosed details. */
const REVEALED = new WeakSet<object>();

/** Called by the disclosure field each time it returns details: the request now carries a reveal. */
export function markRevealed(context: GraphqlContext): void {
  REVEALED.add(context.req);
}

/**
 * A reveal of an operation's disclosed details is audited in the request's transaction, which is rolled
 * back when the answer has any error, while GraphQL would still send the parts that worked. So an answer
 * that carries a reveal and an error is withheld whole: nothing is revealed without its audit entry. The
 * person sees the errors and asks again.
 */
@Plugin()
export class RevealGuardPlugin implements ApolloServerPlugin<GraphqlContext> {
  async requestDidStart(): Promise<GraphQLRequestListener<GraphqlContext>> {
    return {
      willSendResponse: async ({ contextValue, response, errors }) => {
        if (!REVEALED.has(contextValue.req)) return;
        REVEALED.delete(contextValue.req);
        const failed = (errors?.length ?? 0) > 0 || response.body.kind !== 'single' || (response.body.singleResult.errors?.length ?? 0) > 0;
        if (!failed) return;
        const kept = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
        response.body = {
          kind: 'single',
          singleResult: {
            errors: [
              ...kept,
              new GraphQLError('Part of this request failed, so none of it was shown: please try again', { extensions: { code: 'NOT_SHOWN' } }),
            ],
          },
        };
      },
    };
  }
}
