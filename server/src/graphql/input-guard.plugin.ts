import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  TypeInfo,
  ValidationContext,
  getArgumentValues,
  getVariableValues,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { isUuid } from '../common/ids.js';
import { RequestRefusalReason } from './graphql.errors.js';

/**
 * The `extensions` of a refusal raised before execution. Apollo answers an error thrown from a
 * plugin hook with HTTP 500 unless the error carries its own status, so every refusal sets 400.
 */
export function refusalExtensions(reason: RequestRefusalReason, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { code: 'BAD_USER_INPUT', reason, ...extra, http: { status: 400 } };
}

/**
 * The operation's variables coerced as GraphQL's executor would, or null when they are invalid:
 * GraphQL then refuses them itself (BAD_USER_INPUT, HTTP 400) before any resolver runs.
 */
export function coerceVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): Record<string, unknown> | null {
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 1 });
  return result.errors ? null : result.coerced;
}

/** C0 control characters other than tab, line feed and carriage return: never meaningful in text, and NUL breaks PostgreSQL. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

interface InputProblem {
  reason: RequestRefusalReason.INVALID_ID | RequestRefusalReason.CONTROL_CHARACTER;
  /** Where the value sits, e.g. `createTopic(input.categoryId)` or `reorderCategories(ids[2])`. */
  where: string;
  /** The argument or input field name, as services name fields in their own refusals. */
  field: string;
}

/** The first unacceptable string inside one argument value (already coerced, so literals and variables look alike). */
function findProblem(type: GraphQLInputType, value: unknown, path: string, field: string): Omit<InputProblem, 'where'> & { path: string } | null {
  if (value === null || value === undefined) return null;
  if (isNonNullType(type)) return findProblem(type.ofType, value, path, field);
  if (isListType(type)) {
    // A single value stands for a list of one (input coercion does the same).
    const items = Array.isArray(value) ? value : [value];
    for (let i = 0; i < items.length; i++) {
      const problem = findProblem(type.ofType, items[i], `${path}[${i}]`, field);
      if (problem) return problem;
    }
    return null;
  }
  if (isInputObjectType(type)) {
    const record = value as Record<string, unknown>;
    for (const inputField of Object.values(type.getFields())) {
      if (!Object.hasOwn(record, inputField.name)) continue;
      const problem = findProblem(inputField.type, record[inputField.name], `${path}.${inputField.name}`, inputField.name);
      if (problem) return problem;
    }
    return null;
  }
  if (isScalarType(type) && typeof value === 'string') {
    if (CONTROL_CHARACTER.test(value)) return { reason: RequestRefusalReason.CONTROL_CHARACTER, path, field };
    // Every ID the API accepts names a row keyed by a UUID; anything else could only fail in SQL.
    // (Audit entries have numeric ids, but only as output: no argument takes one.)
    if (type.name === 'ID' && !isUuid(value)) return { reason: RequestRefusalReason.INVALID_ID, path, field };
  }
  return null;
}

/**
 * Walks every field argument of the selected operation (its fragments included) against the schema
 * and returns the first value no resolver should see: an ID that is not a UUID, or text with a
 * control character.
 */
function findInputProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): { problem: InputProblem; node: ASTNode } | null {
  const typeInfo = new TypeInfo(schema);
  const context = new ValidationContext(schema, document, typeInfo, () => undefined);
  let found: { problem: InputProblem; node: ASTNode } | null = null;
  for (const root of [operation, ...context.getRecursivelyReferencedFragments(operation)]) {
    visit(
      root,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          if (found) return false;
          const definition = typeInfo.getFieldDef();
          if (!definition || !node.arguments?.length) return undefined;
          const values = getArgumentValues(definition, node, variables);
          for (const arg of definition.args) {
            if (!Object.hasOwn(values, arg.name)) continue;
            const problem = findProblem(arg.type, values[arg.name], arg.name, arg.name);
            if (problem) {
              const argNode = node.arguments.find((a) => a.name.value === arg.name) ?? node;
              found = { problem: { reason: problem.reason, field: problem.field, where: `${definition.name}(${problem.path})` }, node: argNode };
              return false;
            }
          }
          return undefined;
        },
      }),
    );
    if (found) break;
  }
  return found;
}

const MESSAGES: Record<InputProblem['reason'], (where: string) => string> = {
  INVALID_ID: (where) => `${where} is not a valid id. Ids are UUIDs, as returned by the API.`,
  CONTROL_CHARACTER: (where) => `${where} contains a control character (such as NUL). Remove it and try again.`,
};

/**
 * Refuses, before any resolver runs, an operation whose arguments hold an ID that is not a UUID
 * or text with a control character: one check at the boundary for every operation, present and
 * future, instead of one per resolver.
 */
export function inputGuardPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          if (!operation) return; // no such operation: GraphQL refuses it itself
          const variables = coerceVariables(schema, operation, request.variables);
          if (!variables) return; // GraphQL refuses the variables itself
          let found: ReturnType<typeof findInputProblem>;
          try {
            found = findInputProblem(schema, document, operation, variables);
          } catch (error) {
            // getArgumentValues rejects only input that validation lets through in theory; it is still the caller's input.
            if (error instanceof GraphQLError) throw new GraphQLError(error.message, { nodes: error.nodes, extensions: refusalExtensions(RequestRefusalReason.INVALID_ARGUMENT) });
            throw error;
          }
          if (found) {
            const { problem, node } = found;
            throw new GraphQLError(MESSAGES[problem.reason](problem.where), {
              nodes: [node],
              extensions: refusalExtensions(problem.reason, { field: problem.field }),
            });
          }
        },
      };
    },
  };
}
