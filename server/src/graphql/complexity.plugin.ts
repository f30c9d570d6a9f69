import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { RequestRefusalReason } from './graphql.errors.js';
import { coerceVariables, refusalExtensions } from './input-guard.plugin.js';

/** Costs remembered per parsed document (Apollo reuses one document object per query text). */
const MAX_COSTS_PER_DOCUMENT = 256;

/** The operation's estimated cost; a problem with the request's own arguments is a refusal. */
function estimate(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number {
  try {
    return getComplexity({ schema, operationName, query: document, variables, estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })] });
  } catch (error) {
    // It reports only problems with the request's own arguments.
    if (error instanceof GraphQLError) throw new GraphQLError(error.message, { nodes: error.nodes, extensions: refusalExtensions(RequestRefusalReason.INVALID_ARGUMENT) });
    throw error;
  }
}

/**
 * Refuses an operation whose estimated cost exceeds `max`: each field costs 1 unless its
 * `complexity` extension says otherwise (lists multiply by their page size). The cost of a
 * document asked with the same operation name and variables is estimated once.
 */
export function complexityLimitPlugin(max: number): ApolloServerPlugin {
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          // getComplexity coerces the variables too and throws a bare error on a missing or
          // wrong-typed one; leave those to GraphQL, which answers them as BAD_USER_INPUT.
          if (!operation || !coerceVariables(schema, operation, request.variables)) return;
          let known = costs.get(document);
          if (!known) costs.set(document, (known = new Map()));
          const key = `${request.operationName ?? ''}\u0000${JSON.stringify(request.variables ?? {})}`;
          let complexity = known.get(key);
          if (complexity === undefined) {
            complexity = estimate(schema, document, request.operationName ?? undefined, request.variables ?? {});
            if (known.size >= MAX_COSTS_PER_DOCUMENT) known.clear();
            known.set(key, complexity);
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
