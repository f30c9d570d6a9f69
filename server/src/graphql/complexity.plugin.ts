import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { RequestRefusalReason } from './graphql.errors.js';
import { coerceVariables, refusalExtensions } from './input-guard.plugin.js';

/**
 * Refuses an operation whose estimated cost exceeds `max`: each field costs 1 unless its
 * `complexity` extension says otherwise (lists multiply by their page size).
 */
export function complexityLimitPlugin(max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          // getComplexity coerces the variables too and throws a bare error on a missing or
          // wrong-typed one; leave those to GraphQL, which answers them as BAD_USER_INPUT.
          if (!operation || !coerceVariables(schema, operation, request.variables)) return;
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              operationName: request.operationName,
              query: document,
              variables: request.variables ?? {},
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // It reports only problems with the request's own arguments.
            if (error instanceof GraphQLError) throw new GraphQLError(error.message, { nodes: error.nodes, extensions: refusalExtensions(RequestRefusalReason.INVALID_ARGUMENT) });
            throw error;
          }
          if (complexity > max) {
            throw new GraphQLError(`This query is too complex (${complexity}; the limit is ${max}). Ask for fewer fields or smaller pages.`, {
              extensions: refusalExtensions(RequestRefusalReason.QUERY_TOO_COMPLEX, { complexity, max }),
            });
          }
        },
      };
    },
  };
}
