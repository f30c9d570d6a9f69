import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  GraphQLError,
  astFromValue,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  print,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { ApiErrorCode } from '@townsquare/shared';
import { person, reply, topic, type Person } from '../testing/forum-helpers.js';
import { GqlClient, startTestApp, type GqlResult, type TestApp } from '../testing/test-app.js';
import { createErrorFormatter } from './format-error.js';

/**
 * Malformed input, whatever the operation, is the caller's mistake: it gets a 4xx-class answer with
 * a stable code, never HTTP 500 or INTERNAL_SERVER_ERROR, and a refused request changes no row.
 * The sweep is generated from the running schema, so an operation added tomorrow is covered too.
 */

const UNKNOWN_UUID = '5f0c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f';
const ONE_MEGABYTE = 'x'.repeat(1024 * 1024);
/** Long text that still fits under the JSON body limit, so it reaches the resolvers. */
const LONG_TEXT = 'x'.repeat(64 * 1024);
const OVERSIZED_LIST = 10_000;
const STABLE_CODES = new Set<string>([
  ...Object.values(ApiErrorCode).filter((c) => c !== ApiErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } | null;
  /** Set when the connection failed instead of answering (a reset, a hang-up, a crash). */
  failure?: string;
}

/** One request with a raw JSON body, so shapes a GraphQL client would never send can be sent too. */
async function post(url: string, body: string, headers: Record<string, string>): Promise<Answer> {
  try {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const text = await res.text();
    let parsed: Answer['body'] = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null; // Express's own page, e.g. for 413
    }
    return { status: res.status, body: parsed };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { status: 0, body: null, failure: `${(error as Error).message}${cause ? ` (${cause.code ?? cause.message})` : ''}` };
  }
}

// ---------------------------------------------------------------------------------------------
// Cases, generated from the schema

/** Real rows the cases point at, so a case gets past "not found" to the one slot it varies. */
interface Fixtures {
  categoryId: string;
  topicId: string;
  postId: string;
  userId: string;
  handle: string;
}

interface Case {
  operation: string;
  /** What is wrong with it, e.g. `input.categoryId = "__proto__"`. */
  input: string;
  body: string;
}

interface Variation {
  label: string;
  value?: unknown;
  /** Leave the slot out altogether. */
  omit?: boolean;
  /** A list of this many copies of one element, written as `[$_,$_,…]` so a long list fits a small body. */
  repeat?: { count: number; element: unknown; elementType: GraphQLInputType };
}

interface SlotVariation {
  path: Array<string | number>;
  variation: Variation;
}

let unique = 0;

/** A plausible value for an argument or input field, guessed from its type and name. */
function filler(type: GraphQLInputType, name: string, owner: string, fx: Fixtures): unknown {
  if (isNonNullType(type)) return filler(type.ofType, name, owner, fx);
  if (isListType(type)) return [filler(type.ofType, name.replace(/s$/, ''), owner, fx)];
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = filler(field.type, field.name, type.name, fx);
    }
    return value;
  }
  if (isEnumType(type)) return type.getValues()[0].name;
  const lower = name.toLowerCase();
  switch (type.name) {
    case 'ID':
      if (/topic/.test(lower) || (lower === 'id' && /topic/i.test(owner))) return fx.topicId;
      if (/post/.test(lower)) return fx.postId;
      if (/categor|parent/.test(lower) || (lower === 'id' && /categor/i.test(owner))) return fx.categoryId;
      if (/user/.test(lower)) return fx.userId;
      return UNKNOWN_UUID;
    case 'Int':
      return 1;
    case 'Float':
      return 2;
    case 'Boolean':
      return false;
    case 'String':
      if (/email/.test(lower)) return `sweep${++unique}@example.com`;
      if (/slug/.test(lower) || (lower === 'name' && /tag/i.test(owner))) return `sweep-${++unique}`;
      if (/handle/.test(lower)) return /user|author|actor/i.test(`${owner}${name}`) ? fx.handle : `sweep_${++unique}`;
      if (/password/.test(lower)) return 'sweep-password-1';
      if (/login/.test(lower)) return 'sweep-nobody';
      return 'Sweep filler text';
    default:
      // DateTime: an hour ago, recent enough that "since" lists have rows and fields below them run.
      return new Date(Date.now() - 3_600_000).toISOString();
  }
}

/** Bad values for a scalar or enum slot, beyond missing and null. */
function badScalars(type: GraphQLInputType): Variation[] {
  const named = getNamedType(type);
  if (isEnumType(named)) return [{ label: 'unknown enum value', value: 'NOT_A_VALUE' }];
  switch (named.name) {
    case 'ID':
      return [
        { label: 'number for ID', value: 12345 },
        { label: 'object for ID', value: { a: 1 } },
        { label: '"__proto__"', value: '__proto__' },
        { label: '"x"', value: 'x' },
        { label: 'unknown UUID', value: UNKNOWN_UUID },
        { label: 'UUID with NUL', value: `${UNKNOWN_UUID}\u0000` },
      ];
    case 'String':
      return [
        { label: 'number for String', value: 12 },
        { label: 'object for String', value: { a: 1 } },
        { label: 'empty string', value: '' },
        { label: 'string with NUL', value: 'a\u0000b' },
        { label: 'string with BEL', value: 'a\u0007b' },
        { label: '64 KB string', value: LONG_TEXT },
      ];
    case 'Int':
      return [
        { label: 'string for Int', value: 'x' },
        { label: 'float for Int', value: 1.5 },
        { label: '-1', value: -1 },
        { label: '0', value: 0 },
        { label: '2147483647', value: 2147483647 },
        { label: '2147483648 (beyond Int)', value: 2147483648 },
      ];
    case 'Float':
      return [
        { label: 'string for Float', value: 'x' },
        { label: '-1', value: -1 },
        { label: '1e308', value: 1e308 },
      ];
    case 'Boolean':
      return [{ label: 'string for Boolean', value: 'yes' }];
    default:
      // Custom scalars (DateTime): wrong types, nonsense, and moments PostgreSQL cannot store.
      return [
        { label: `number for ${named.name}`, value: 12345 },
        { label: `nonsense ${named.name}`, value: 'yesterday' },
        { label: `impossible ${named.name}`, value: '2030-02-30T25:61:00Z' },
        { label: `${named.name} in year 275760`, value: '+275760-09-13T00:00:00.000Z' },
        { label: `${named.name} with NUL`, value: '2030-01-01T00:00:00Z\u0000' },
      ];
  }
}

/** Every bad value for one slot and, recursively, for what it holds. */
function slotVariations(type: GraphQLInputType, path: Array<string | number>, required: boolean, fx: Fixtures, owner: string, depth = 0): SlotVariation[] {
  const out: SlotVariation[] = [];
  if (required) {
    out.push({ path, variation: { label: '(missing)', omit: true } });
    out.push({ path, variation: { label: 'null', value: null } });
  }
  const inner = isNonNullType(type) ? type.ofType : type;
  const name = String(path.at(-1));
  if (isListType(inner)) {
    out.push({ path, variation: { label: 'empty list', value: [] } });
    const element = filler(inner.ofType, name.replace(/s$/, ''), owner, fx);
    out.push({ path, variation: { label: `${OVERSIZED_LIST}-element list`, repeat: { count: OVERSIZED_LIST, element, elementType: inner.ofType } } });
    if (isNonNullType(inner.ofType)) out.push({ path, variation: { label: 'list with null', value: [null] } });
    for (const v of slotVariations(inner.ofType, [...path, 0], false, fx, owner, depth + 1)) {
      out.push({ ...v, variation: { ...v.variation, label: `element ${v.variation.label}` } });
    }
    return out;
  }
  if (isInputObjectType(inner)) {
    out.push({ path, variation: { label: 'string for input object', value: 'x' } });
    out.push({ path, variation: { label: 'unknown field', value: { ...(filler(inner, name, owner, fx) as object), zzUnknownField: 1 } } });
    if (depth < 4) {
      for (const field of Object.values(inner.getFields())) {
        const fieldRequired = isNonNullType(field.type) && field.defaultValue === undefined;
        out.push(...slotVariations(field.type, [...path, field.name], fieldRequired, fx, inner.name, depth + 1));
      }
    }
    return out;
  }
  for (const variation of badScalars(inner)) out.push({ path, variation });
  return out;
}

const REPEAT_MARK = '\u0001repeat\u0001';

function setAt(target: Record<string, unknown>, path: Array<string | number>, variation: Variation): void {
  let node: Record<string | number, unknown> = target;
  path.slice(0, -1).forEach((key, i) => {
    // An optional list or input object the filler left out: create it around the varied value.
    if (node[key] === undefined || node[key] === null) node[key] = typeof path[i + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
  const last = path.at(-1)!;
  if (variation.omit) delete node[last];
  else node[last] = variation.repeat ? REPEAT_MARK : structuredClone(variation.value);
}

/** A value as GraphQL literal text (JSON string escapes are GraphQL's too). */
function literal(value: unknown, type: GraphQLInputType, repeated: string): string {
  if (value === REPEAT_MARK) return repeated;
  if (value === null) return 'null';
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return `[${(value as unknown[]).map((v) => literal(v, inner.ofType, repeated)).join(',')}]`;
  if (isInputObjectType(inner)) {
    const fields = inner.getFields();
    return `{${Object.entries(value as object)
      .map(([k, v]) => `${k}:${literal(v, fields[k].type, repeated)}`)
      .join(',')}}`;
  }
  if (isEnumType(inner)) return String(value);
  return JSON.stringify(value);
}

function describeValue(value: unknown): string {
  if (typeof value === 'string' && value.length > 40) return `"${value.slice(0, 20)}…" (${value.length} chars)`;
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

interface Target {
  /** `Mutation.createTopic`, or `Post.reactors` for a field below the root. */
  name: string;
  keyword: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  /** Wraps the field in the selection path that reaches it (identity for root fields). */
  wrap: (inner: string) => string;
}

/** Every root field, plus every argument-taking field below the root, reached by the shortest path of non-null fields. */
function targets(schema: GraphQLSchema, fx: Fixtures): Target[] {
  const out: Target[] = [];
  const roots: Array<['query' | 'mutation', GraphQLObjectType | null | undefined]> = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ];
  for (const [keyword, root] of roots) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) out.push({ name: `${root.name}.${field.name}`, keyword, field, wrap: (inner) => inner });
  }
  // Breadth-first from Query. Only non-null fields lead on: a nullable one (an accepted answer, a
  // first post) may well be null here and would never run the field below it.
  const query = schema.getQueryType()!;
  const reached = new Map<string, (inner: string) => string>([[query.name, (inner) => inner]]);
  const queue: GraphQLObjectType[] = [query];
  while (queue.length) {
    const type = queue.shift()!;
    const wrapType = reached.get(type.name)!;
    for (const field of Object.values(type.getFields())) {
      if (type !== query && field.args.length > 0) out.push({ name: `${type.name}.${field.name}`, keyword: 'query', field, wrap: wrapType });
      const next = getNamedType(field.type);
      if (!isObjectType(next) || reached.has(next.name) || !isNonNullType(field.type)) continue;
      const args: string[] = [];
      let fillable = true;
      for (const a of field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) {
        const ast = astFromValue(filler(a.type, a.name, field.name, fx), a.type);
        if (ast) args.push(`${a.name}: ${print(ast)}`);
        else fillable = false;
      }
      if (!fillable) continue;
      const call = `${field.name}${args.length ? `(${args.join(', ')})` : ''}`;
      reached.set(next.name, (inner) => wrapType(`${call} { __typename ${inner} }`));
      queue.push(next);
    }
  }
  return out;
}

/** Every case for one target: one slot holds a bad value, every other required one a plausible value. */
function buildCases(target: Target, fx: Fixtures): Case[] {
  const { field, keyword, wrap } = target;
  // `__typename` is a valid selection on any object, so the request reaches the resolver.
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  const opName = target.name.replace('.', '_');
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const baseFor = () => Object.fromEntries(required.map((a) => [a.name, filler(a.type, a.name, field.name, fx)]));
  const request = (args: GraphQLArgument[], options: { literal?: [string, string]; extraDecl?: string; extraCall?: string } = {}) => {
    const decl = args.filter((a) => a.name !== options.literal?.[0]).map((a) => `$${a.name}: ${String(a.type)}`);
    if (options.extraDecl) decl.push(options.extraDecl);
    const call = args.map((a) => `${a.name}: ${a.name === options.literal?.[0] ? options.literal[1] : `$${a.name}`}`);
    if (options.extraCall) call.push(options.extraCall);
    return `${keyword} ${opName}${decl.length ? `(${decl.join(', ')})` : ''} { ${wrap(`${field.name}${call.length ? `(${call.join(', ')})` : ''}${selection}`)} }`;
  };
  const cases: Case[] = [];
  const add = (input: string, query: string, variables: unknown) => cases.push({ operation: target.name, input, body: JSON.stringify({ query, variables }) });

  add('unknown argument', request(required, { extraCall: 'zzUnknownArg: 1' }), baseFor());
  let sentMegabyte = false;
  for (const arg of field.args) {
    const argRequired = isNonNullType(arg.type) && arg.defaultValue === undefined;
    const args = argRequired ? required : [...required, arg];
    for (const { path, variation } of slotVariations(arg.type, [arg.name], argRequired, fx, field.name)) {
      // Fresh fillers per case: a case that is accepted (an empty tag list) must not make the next one a conflict.
      const variables: Record<string, unknown> = baseFor();
      if (!argRequired) variables[arg.name] = filler(arg.type, arg.name, field.name, fx);
      const label = `${path.join('.')} = ${variation.label}`;
      setAt(variables, path, variation);
      if (variation.repeat) {
        const { count, element, elementType } = variation.repeat;
        const list = `[${Array.from({ length: count }, () => '$_').join(',')}]`;
        const text = literal(variables[arg.name], arg.type, list);
        delete variables[arg.name];
        variables._ = element;
        add(label, request(args, { literal: [arg.name, text], extraDecl: `$_: ${String(elementType)}` }), variables);
        continue;
      }
      add(variation.omit ? label : `${label} (${describeValue(variation.value)})`, request(args), variables);
      if (!sentMegabyte && getNamedType(arg.type).name === 'String' && variation.label === 'empty string') {
        // The JSON body limit answers this before GraphQL does, whatever the operation: once each is enough.
        sentMegabyte = true;
        setAt(variables, path, { label: '1 MB string', value: ONE_MEGABYTE });
        add(`${path.join('.')} = 1 MB string`, request(args), variables);
      }
    }
  }
  if (!sentMegabyte) add('1 MB string in an unused variable', request(required), { ...baseFor(), zzPadding: ONE_MEGABYTE });
  return cases;
}

// ---------------------------------------------------------------------------------------------
// What a request changed in the database

/**
 * A change log kept by row triggers on every table for the length of the sweep: a refused request
 * must add nothing to it. Cheaper than counting every table after each of thousands of requests,
 * and it sees an UPDATE that a row count would miss. Two exclusions, for writes made on a timer
 * whatever request is running: the mail worker marks outbox rows sent or failed, so UPDATEs of
 * mail_outbox are not logged (a new outbox row still is); and the KPI activity recorder writes
 * who was there (any request counts, a refused one too) every ten seconds, so its day tables are
 * not logged. Sessions and sign-in limits need no
 * exclusion: a refused sign-in writes no session, the limits live in Redis, and a session touches
 * its row at most hourly.
 */
async function installChangeLog(db: DataSource): Promise<{ mark(): Promise<number>; since(mark: number): Promise<string[]>; remove(): Promise<void> }> {
  await db.query(`CREATE TABLE bad_input_sweep_changes (id bigserial PRIMARY KEY, table_name text NOT NULL, operation text NOT NULL)`);
  await db.query(`
    CREATE FUNCTION bad_input_sweep_note() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_TABLE_NAME = 'mail_outbox' AND TG_OP = 'UPDATE' THEN RETURN NULL; END IF;
      IF TG_TABLE_NAME IN ('member_activity_days', 'visitor_days', 'visitor_salts') THEN RETURN NULL; END IF;
      INSERT INTO bad_input_sweep_changes (table_name, operation) VALUES (TG_TABLE_NAME, TG_OP);
      RETURN NULL;
    END $$`);
  const tables: Array<{ tablename: string }> = await db.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'bad_input_sweep_changes'`,
  );
  for (const { tablename } of tables) {
    await db.query(`CREATE TRIGGER bad_input_sweep_rows AFTER INSERT OR UPDATE OR DELETE ON "${tablename}" FOR EACH ROW EXECUTE FUNCTION bad_input_sweep_note()`);
    await db.query(`CREATE TRIGGER bad_input_sweep_truncate AFTER TRUNCATE ON "${tablename}" FOR EACH STATEMENT EXECUTE FUNCTION bad_input_sweep_note()`);
  }
  return {
    async mark() {
      const [{ last }] = await db.query(`SELECT coalesce(max(id), 0)::int AS last FROM bad_input_sweep_changes`);
      return last;
    },
    async since(mark) {
      const rows: Array<{ table_name: string; operation: string; n: number }> = await db.query(
        `SELECT table_name, operation, count(*)::int AS n FROM bad_input_sweep_changes WHERE id > $1 GROUP BY 1, 2 ORDER BY 1, 2`,
        [mark],
      );
      return rows.map((r) => `${r.operation} ${r.table_name} ×${r.n}`);
    },
    async remove() {
      await db.query(`DROP FUNCTION bad_input_sweep_note() CASCADE`); // and its triggers
      await db.query(`DROP TABLE bad_input_sweep_changes`);
    },
  };
}

// ---------------------------------------------------------------------------------------------

let t: TestApp;
let schema: GraphQLSchema;
let member: Person;
let admin: Person;
let fx: Fixtures;

beforeAll(async () => {
  // Sign-in cases fail on purpose; the per-account limit must not turn them all into RATE_LIMITED.
  t = await startTestApp({ env: { SIGNIN_MAX_FAILURES_PER_ACCOUNT: '1000' } });
  schema = t.app.get(GraphQLSchemaHost).schema;
  member = await person(t, undefined, 'sw');
  admin = await person(t, 'ADMIN', 'swa');
  // The member the cases act on is nobody the sweep signs in as, so a case accepted on them changes no role's session.
  const target = await person(t, undefined, 'swt');
  const category = await admin.client.send<{ createCategory: { id: string } }>(`mutation ($i: CreateCategoryInput!) { createCategory(input: $i) { id } }`, {
    i: { name: 'Sweep', slug: `sweep-${Date.now().toString(36)}`, description: 'Bad-input sweep.' },
  });
  if (!category.data) throw new Error(`createCategory failed: ${JSON.stringify(category.errors)}`);
  const opened = await topic(member, category.data.createCategory.id);
  const answer = await reply(target, opened.id);
  fx = { categoryId: category.data.createCategory.id, topicId: opened.id, postId: answer.id, userId: target.id, handle: target.handle };
});
afterAll(async () => {
  await t.close();
});

function refusalOf(res: GqlResult) {
  return { status: res.status, extensions: res.errors?.[0]?.extensions };
}

describe('refusals that used to answer HTTP 500', () => {
  it('(a) a missing, null or wrong-typed variable is BAD_USER_INPUT with HTTP 400, for anyone', async () => {
    const guest = new GqlClient(t.url);
    const byId = `query ($id: ID!) { topic(id: $id) { id } }`;
    for (const variables of [{}, { id: null }, { id: { a: 1 } }]) {
      expect(refusalOf(await guest.send(byId, variables))).toMatchObject({ status: 400, extensions: { code: 'BAD_USER_INPUT' } });
    }
    const page = await member.client.send(`query ($t: ID!, $n: Int) { posts(topicId: $t, first: $n) { pageInfo { hasNextPage } } }`, { t: fx.topicId, n: 'ten' });
    expect(refusalOf(page)).toMatchObject({ status: 400, extensions: { code: 'BAD_USER_INPUT' } });
    const notAnObject = await post(t.url, JSON.stringify({ query: byId, variables: [] }), {});
    expect(notAnObject.status).toBe(400);
  });

  it('(b) text with a NUL byte is refused before it reaches PostgreSQL, naming the field', async () => {
    const guest = new GqlClient(t.url, '203.0.113.250');
    const signIn = await guest.send(`mutation ($i: SignInInput!) { signIn(input: $i) { user { id } } }`, { i: { login: 'ad\u0000min', password: 'whatever-password' } });
    expect(refusalOf(signIn)).toMatchObject({ status: 400, extensions: { code: 'BAD_USER_INPUT', reason: 'CONTROL_CHARACTER', field: 'login' } });
    expect(signIn.errors?.[0]?.message).toContain('signIn(input.login)');
    // A literal in the query text (an escape GraphQL accepts) is checked like a variable.
    const tags = await guest.send(`{ tags(prefix: "a\\u0000") { name } }`);
    expect(refusalOf(tags)).toMatchObject({ status: 400, extensions: { code: 'BAD_USER_INPUT', reason: 'CONTROL_CHARACTER', field: 'prefix' } });
    const body = await member.client.send(`mutation ($i: CreatePostInput!) { createPost(input: $i) { id } }`, { i: { topicId: fx.topicId, body: 'hello\u0000world' } });
    expect(refusalOf(body)).toMatchObject({ status: 400, extensions: { reason: 'CONTROL_CHARACTER', field: 'body' } });
    const hide = await admin.client.send(`mutation ($p: ID!, $r: String!) { hidePost(postId: $p, reason: $r) { id } }`, { p: fx.postId, r: 'spam\u0000' });
    expect(refusalOf(hide)).toMatchObject({ status: 400, extensions: { reason: 'CONTROL_CHARACTER', field: 'reason' } });
    // Tab, line feed and carriage return are ordinary text.
    const multiline = await member.client.send(`mutation ($i: CreatePostInput!) { createPost(input: $i) { id } }`, { i: { topicId: fx.topicId, body: 'one\tcolumn\r\nnext line' } });
    expect(multiline.errors).toBeUndefined();
  });

  it('(c) an id that is not a UUID is INVALID_ID before any resolver, in literals, variables, lists and inputs', async () => {
    const archive = await admin.client.send(`mutation { archiveCategory(id: "__proto__") { id } }`);
    expect(refusalOf(archive)).toMatchObject({ status: 400, extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_ID', field: 'id' } });
    expect(archive.errors?.[0]?.message).toContain('archiveCategory(id)');
    const reorder = await admin.client.send(`mutation ($ids: [ID!]!) { reorderCategories(ids: $ids) { id } }`, { ids: [fx.categoryId, 'x'] });
    expect(refusalOf(reorder)).toMatchObject({ status: 400, extensions: { reason: 'INVALID_ID', field: 'ids' } });
    expect(reorder.errors?.[0]?.message).toContain('reorderCategories(ids[1])');
    const sanctions = await admin.client.send(`query ($u: ID!) { userSanctions(userId: $u) { id } }`, { u: 'x' });
    expect(refusalOf(sanctions)).toMatchObject({ status: 400, extensions: { reason: 'INVALID_ID' } });
    const nested = await member.client.send(`mutation ($i: CreateTopicInput!) { createTopic(input: $i) { id } }`, {
      i: { categoryId: 12345, title: 'A title here', body: 'Body' },
    });
    expect(refusalOf(nested)).toMatchObject({ status: 400, extensions: { reason: 'INVALID_ID', field: 'categoryId' } });
    expect(nested.errors?.[0]?.message).toContain('createTopic(input.categoryId)');
    // Arguments of fields below the root are checked too.
    const below = await member.client.send(`query ($t: ID!) { topic(id: $t) { firstPost { reactors(reaction: LIKE, first: 5) { id } } } posts(topicId: "x") { __typename } }`, {
      t: fx.topicId,
    });
    expect(refusalOf(below)).toMatchObject({ status: 400, extensions: { reason: 'INVALID_ID' } });
    // An unknown but well-formed id is simply not found.
    const unknown = await admin.client.send(`mutation ($id: ID!) { archiveCategory(id: $id) { id } }`, { id: UNKNOWN_UUID });
    expect(unknown.status).toBe(200);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('(d) a query over the complexity or depth limit is refused with HTTP 400', async () => {
    const wide = Array.from({ length: 1100 }, (_, i) => `c${i}: community { name }`).join(' ');
    const complex = await new GqlClient(t.url).send(`{ ${wide} }`);
    expect(refusalOf(complex)).toMatchObject({ status: 400, extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' } });
    const deep = await new GqlClient(t.url).send(`{ me { ${'a { '.repeat(12)}b${' }'.repeat(12)} } }`);
    expect(refusalOf(deep)).toMatchObject({ status: 400, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('a body over the JSON limit is 413, not 500, and the server keeps answering', async () => {
    const res = await post(t.url, JSON.stringify({ query: '{ community { name } }', variables: { big: ONE_MEGABYTE } }), {});
    expect(res.failure).toBeUndefined();
    expect(res.status).toBe(413);
    expect((await new GqlClient(t.url).send(`{ community { name } }`)).status).toBe(200);
  });

  it('a request that is not a GraphQL request is 400', async () => {
    const bodies = [
      '{"query": "{ community { name } ',
      JSON.stringify({ query: 42 }),
      JSON.stringify({ query: '{ community { name } }\u0000' }),
      JSON.stringify({ query: 'query A { community { name } }', operationName: 'B\u0000' }),
      JSON.stringify({ query: '{ community { name } }', extensions: 'x' }),
    ];
    for (const body of bodies) {
      const res = await post(t.url, body, {});
      expect({ body, status: res.status, failure: res.failure }).toEqual({ body, status: 400, failure: undefined });
    }
  });

  it('a moment that is not one is BAD_USER_INPUT, not a database error', async () => {
    for (const since of ['yesterday', '2030-02-30T10:00:00Z', '+275760-09-13T00:00:00.000Z', 12345]) {
      const res = await member.client.send(`query ($t: ID!, $s: DateTime!) { topicUpdates(topicId: $t, since: $s) { id } }`, { t: fx.topicId, s: since });
      expect(refusalOf(res)).toMatchObject({ status: 400, extensions: { code: 'BAD_USER_INPUT' } });
    }
    const literalNumber = await member.client.send(`{ topicUpdates(topicId: "${fx.topicId}", since: 5) { id } }`);
    expect(refusalOf(literalNumber)).toMatchObject({ status: 400, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const fine = await member.client.send(`query ($t: ID!, $s: DateTime!) { topicUpdates(topicId: $t, since: $s) { id } }`, {
      t: fx.topicId,
      s: new Date(Date.now() - 60_000).toISOString(),
    });
    expect(fine.errors).toBeUndefined();
  });

  it('logs a refusal as information, not as an unexpected error', () => {
    const logger = { info: jest.fn(), warn: jest.fn(), error: jest.fn() };
    const format = createErrorFormatter(logger as unknown as Logger);
    const refusal = new GraphQLError('createTopic(input.categoryId) is not a valid id.', { extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_ID', field: 'categoryId' } });
    expect(format({ message: refusal.message, extensions: refusal.extensions }, refusal).extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID', field: 'categoryId' });
    expect(logger.info).toHaveBeenCalledTimes(1);
    expect(logger.error).not.toHaveBeenCalled();
  });
});

describe('the bad-input sweep', () => {
  it('answers every malformed input to every operation, as guest, member and admin, with 4xx and a stable code, changing nothing', async () => {
    const started = Date.now();
    const roles: Array<[string, Record<string, string>]> = [
      ['guest', { 'x-forwarded-for': '198.51.100.1' }],
      ['member', { 'x-forwarded-for': '198.51.100.2', cookie: member.cookie }],
      ['admin', { 'x-forwarded-for': '198.51.100.3', cookie: admin.cookie }],
    ];
    const all = targets(schema, fx);
    const cases = all.flatMap((target) => buildCases(target, fx));
    const changes = await installChangeLog(t.app.get(DataSource));
    /** Lets the after-commit work of an accepted request (events, mail) land before the next case is measured. */
    const settle = async (): Promise<number> => {
      let last = await changes.mark();
      for (let i = 0; i < 25; i++) {
        await new Promise((r) => setTimeout(r, 20));
        const next = await changes.mark();
        if (next === last) return next;
        last = next;
      }
      return last;
    };

    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let accepted = 0;
    try {
      for (const [role, headers] of roles) {
        let mark = await settle();
        for (const c of cases) {
          const res = await post(t.url, c.body, headers);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          const errors = res.body?.errors ?? [];
          const codes = errors.map((e) => String(e.extensions?.code));
          const answer = () => JSON.stringify(errors[0] ?? res.body ?? res.failure).slice(0, 300);
          const problem = res.failure
            ? `no answer: ${res.failure}`
            : res.status >= 500
              ? `HTTP ${res.status}`
              : codes.includes(ApiErrorCode.INTERNAL_SERVER_ERROR)
                ? 'INTERNAL_SERVER_ERROR'
                : codes.find((code) => !STABLE_CODES.has(code))
                  ? `unstable code ${codes.join(',')}`
                  : null;
          if (problem) failures.push(`${c.operation} as ${role} with ${c.input}: ${problem} → HTTP ${res.status} ${answer()}`);
          if (res.status >= 400 || errors.length > 0) {
            const written = await changes.since(mark);
            if (written.length > 0) {
              failures.push(`${c.operation} as ${role} with ${c.input}: refused but wrote ${written.join(', ')} → ${answer()}`);
              mark = await settle();
            }
          } else {
            accepted++;
            mark = await settle();
          }
        }
      }
      // The log itself works: the accepted cases (a topic read, a category created) are in it.
      expect(await changes.mark()).toBeGreaterThan(0);
    } finally {
      await changes.remove();
    }
    expect((await new GqlClient(t.url).send(`{ community { name } }`)).status).toBe(200);

    const operations = new Set(cases.map((c) => c.operation)).size;
    const requests = cases.length * roles.length;
    const byStatus = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ');
    process.stdout.write(
      `bad-input sweep: ${operations} operations, ${cases.length} inputs (${(cases.length / operations).toFixed(1)} per operation) × ${roles.length} roles = ` +
        `${requests} requests in ${((Date.now() - started) / 1000).toFixed(1)} s: ${requests - accepted} refused, ${accepted} accepted ` +
        `(plausible, e.g. an empty filter); HTTP ${byStatus}; ${failures.length === 0 ? 'no failures' : `${failures.length} FAILURES:`}\n` +
        failures.map((f) => `  ✗ ${f}\n`).join(''),
    );
    expect(failures).toEqual([]);
  }, 240_000);
});
