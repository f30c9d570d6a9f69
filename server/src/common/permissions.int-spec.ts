import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Module } from '@nestjs/common';
import { GraphQLSchemaHost, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Role } from '@townsquare/shared';
import { GqlClient, codeOf, startTestApp, uniqueHandle, type TestApp } from '../testing/test-app.js';
import { PermissionAudit } from './permission-audit.js';

/** A resolver that forgot its permission decorator: the guard must refuse it. */
@Resolver()
class ForgottenResolver {
  @Query(() => String, { description: 'Declares no permission.' })
  forgottenProbe(): string {
    return 'leaked';
  }
}
@Module({ providers: [ForgottenResolver] })
class ForgottenModule {}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('deny by default', () => {
  it('every resolver and socket handler declares a permission or @Public, and the audit covers the whole schema', () => {
    const declarations = t.app.get(PermissionAudit).list();
    expect(declarations.filter((d) => d.declared === null)).toEqual([]);
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const rootFields = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `Mutation.${f}`),
      ...Object.keys(schema.getSubscriptionType()?.getFields() ?? {}).map((f) => `Subscription.${f}`),
    ];
    const audited = new Set(declarations.map((d) => d.operation));
    expect(rootFields.filter((f) => !audited.has(f))).toEqual([]);
    expect(audited.has('socket ping')).toBe(true);
    expect(audited.has('field UserFieldsResolver.email')).toBe(true);
  });

  it('refuses an operation added without a permission decorator, for guests and admins alike', async () => {
    const probe = await startTestApp({ extraImports: [ForgottenModule] });
    try {
      const audit = probe.app.get(PermissionAudit).list();
      expect(audit).toContainEqual({ operation: 'Query.forgottenProbe', declared: null });
      const guest = await new GqlClient(probe.url).send(`{ forgottenProbe }`);
      expect(codeOf(guest)).toBe('FORBIDDEN');
      expect(guest.data).toBeNull();
      const admin = new GqlClient(probe.url);
      await admin.send(`mutation { signIn(input: { login: "admin", password: "admin-password-123" }) { user { id } } }`);
      const asAdmin = await admin.send(`{ forgottenProbe }`);
      expect(codeOf(asAdmin)).toBe('FORBIDDEN');
    } finally {
      await probe.close();
    }
  });
});

describe('staff area access by role', () => {
  const cases: Array<[Role | 'GUEST', string | null]> = [
    ['GUEST', 'UNAUTHENTICATED'],
    [Role.MEMBER, 'FORBIDDEN'],
    [Role.MODERATOR, null],
    [Role.COMMUNITY_MANAGER, null],
    [Role.ADMIN, null],
  ];
  it.each(cases)('staffOverview as %s → %s', async (role, expectedCode) => {
    const client = new GqlClient(t.url);
    if (role !== 'GUEST') {
      const handle = uniqueHandle('r');
      await client.send(`mutation ($i: SignUpInput!) { signUp(input: $i) { user { id } } }`, {
        i: { email: `${handle}@example.com`, handle, displayName: 'Role Probe', password: 'role-probe-password' },
      });
      await t.app.get(DataSource).query('UPDATE users SET role = $1 WHERE handle = $2', [role, handle]);
    }
    const res = await client.send<{ staffOverview: { memberCount: number } }>(`{ staffOverview { memberCount categoryCount } }`);
    if (expectedCode) {
      expect(codeOf(res)).toBe(expectedCode);
      expect(res.data).toBeNull();
    } else {
      expect(res.errors).toBeUndefined();
      expect(res.data!.staffOverview.memberCount).toBeGreaterThan(0);
    }
  });
});
