import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Where the generated types go: `codegen:check` points this at a temporary directory to detect
 * drift. Two files, so that the staff panel's operations never ride in the bundle members and
 * guests download: the member pages' documents (everything outside `src/admin`) in
 * `lib/generated`, and in `admin/generated` every document (staff screens spread member fragments
 * too), which only the lazily loaded staff panel imports.
 */
const root = process.env.CODEGEN_ROOT ?? 'src';


const pluginConfig = {
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
  // Unused documents (fragments spread into others, operations of other pages) drop out of the
  // bundles that do not use them.
  pureMagicComment: true,
};

/**
 * Types for the client's operations, from the server's committed schema and the `.graphql`
 * documents next to each feature. `typescript-operations` 6 emits the enums and input types an
 * operation uses by itself, so the `typescript` plugin (all schema types) is not run alongside it:
 * in one file the two would declare the same names twice.
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: '../server/schema.graphql',
  generates: {
    [`${root}/lib/generated/graphql.ts`]: {
      documents: ['src/**/*.graphql', '!src/admin/**/*.graphql'],
      plugins: ['typescript-operations', 'typed-document-node'],
      config: pluginConfig,
    },
    [`${root}/admin/generated/graphql.ts`]: {
      documents: ['src/**/*.graphql'],
      plugins: ['typescript-operations', 'typed-document-node'],
      config: pluginConfig,
    },
  },
};

export default config;
