import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  lexicographicSortSchema,
  printSchema,
  type GraphQLSchema,
} from 'graphql';
import { GqlClient, startTestApp, type TestApp } from '../testing/test-app.js';

export const SCHEMA_FILE = path.resolve(import.meta.dirname, '..', '..', 'schema.graphql');
const HEADER = '# The Townsquare GraphQL API. Generated from the server code: do not edit by hand.\n# Regenerate with `pnpm --filter @townsquare/server schema:update`.\n\n';

let t: TestApp;
let schema: GraphQLSchema;

beforeAll(async () => {
  t = await startTestApp();
  schema = t.app.get(GraphQLSchemaHost).schema;
});
afterAll(async () => {
  await t.close();
});

describe('the committed schema', () => {
  it('matches the schema the code produces (run schema:update after changing the API)', () => {
    const printed = HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, printed);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printed);
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Boolean', 'Int', 'Float', 'ID'].includes(type.name)) continue;
      const root = ['Query', 'Mutation', 'Subscription'].includes(type.name); // described by their fields
      if (!type.description && !root) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('request limits and error shape', () => {
  it('refuses queries nested deeper than the limit', async () => {
    const deep = `{ me { ${'a { '.repeat(12)}b${' }'.repeat(12)} } }`;
    const res = await new GqlClient(t.url).send(deep);
    expect(res.errors?.some((e) => /exceeds maximum operation depth/.test(e.message))).toBe(true);
    expect(res.data).toBeNull();
  });

  it('refuses queries more complex than the limit', async () => {
    const small = await startTestApp({ env: { GRAPHQL_MAX_COMPLEXITY: '10' } });
    try {
      const fields = Array.from({ length: 12 }, (_, i) => `c${i}: community { name }`).join(' ');
      const res = await new GqlClient(small.url).send(`{ ${fields} }`);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' });
      const ok = await new GqlClient(small.url).send(`{ community { name } }`);
      expect(ok.errors).toBeUndefined();
    } finally {
      await small.close();
    }
  });

  it('answers an unknown field with GRAPHQL_VALIDATION_FAILED and no stack trace', async () => {
    const res = await new GqlClient(t.url).send(`{ nope }`);
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('blocks a cross-site simple request (CSRF prevention): text/plain POST and header-less GET', async () => {
    const client = new GqlClient(t.url);
    const plain = await client.agent.post('/graphql').set('content-type', 'text/plain').send(JSON.stringify({ query: 'mutation { signOut }' }));
    expect(plain.status).toBe(400);
    const get = await client.agent.get('/graphql').query({ query: '{ me { id } }' });
    expect(get.status).toBe(400);
  });

  it('allows introspection outside production', async () => {
    const res = await new GqlClient(t.url).send(`{ __schema { queryType { name } } }`);
    expect(res.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('turns off introspection in production', async () => {
    const prod = await startTestApp({ env: { NODE_ENV: 'production' } });
    try {
      const res = await new GqlClient(prod.url).send(`{ __schema { queryType { name } } }`);
      expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.errors?.[0]?.message).toMatch(/introspection/i);
    } finally {
      await prod.close();
    }
  });
});
