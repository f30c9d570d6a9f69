import type { CodegenConfig } from '@graphql-codegen/cli';

/** Where the generated types go. `codegen:check` points this at a temporary file to detect drift. */
const output = process.env.CODEGEN_OUTPUT ?? 'src/lib/generated/graphql.ts';

/**
 * Types for the client's operations, from the server's committed schema and the `.graphql`
 * documents next to each feature. `typescript-operations` 6 emits the enums and input types an
 * operation uses by itself, so the `typescript` plugin (all schema types) is not run alongside it:
 * in one file the two would declare the same names twice.
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: '../server/schema.graphql',
  documents: ['src/**/*.graphql'],
  generates: {
    [output]: {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        // Enums as string-literal unions (what `enumsAsTypes: true` did before version 6).
        enumType: 'string-literal',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
        skipTypename: true,
        dedupeFragments: true,
        // Documents as typed strings: the request body is the document's text, and the bundle
        // carries no GraphQL parser or printer.
        documentMode: 'string',
      },
    },
  },
};

export default config;
