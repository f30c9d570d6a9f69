import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Module } from '@nestjs/common';
import { Field, GraphQLSchemaHost, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Permission, Role } from '@townsquare/shared';
import { GqlClient, codeOf, startTestApp, uniqueHandle, type TestApp } from '../testing/test-app.js';
import { PermissionAudit } from './permission-audit.js';
import { Allow, Public } from './permissions.decorator.js';

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

@ObjectType('FieldProbe', { description: 'An object with one open and one restricted field.' })
class FieldProbe {
  @Field({ description: 'Open to everyone.' })
  open!: string;
}
@Resolver(() => FieldProbe)
class FieldProbeResolver {
  @Public()
  @Query(() => [FieldProbe], { description: 'Three probes, open to everyone.' })
  fieldProbes(): FieldProbe[] {
    return [{ open: 'a' }, { open: 'b' }, { open: 'c' }];
  }

  @Allow(Permission.AuditRead)
  @ResolveField(() => String, { nullable: true, description: 'Restricted to those who may read the audit log.' })
  restricted(): string {
    return 'staff only';
  }
}
@Module({ providers: [FieldProbeResolver] })
class FieldProbeModule {}

/** A field resolver that forgot its declaration: the server must refuse to start. */
@ObjectType('ForgottenFieldProbe', { description: 'Probe.' })
class ForgottenFieldProbe {
  @Field({ description: 'Probe.' })
  open!: string;
}
@Resolver(() => ForgottenFieldProbe)
class ForgottenFieldResolver {
  @Public()
  @Query(() => ForgottenFieldProbe, { description: 'Probe.' })
  forgottenFieldProbe(): ForgottenFieldProbe {
    return { open: 'a' };
  }

  @ResolveField(() => String, { description: 'Declares no permission.' })
  leaked(): string {
    return 'leaked';
  }
}
@Module({ providers: [ForgottenFieldResolver] })
class ForgottenFieldModule {}

/** @Allow below @ResolveField: the enforcing middleware would be overwritten, so the server must refuse to start. */
@ObjectType('MisorderedFieldProbe', { description: 'Probe.' })
class MisorderedFieldProbe {
  @Field({ description: 'Probe.' })
  open!: string;
}
@Resolver(() => MisorderedFieldProbe)
class MisorderedFieldResolver {
  @Public()
  @Query(() => MisorderedFieldProbe, { description: 'Probe.' })
  misorderedFieldProbe(): MisorderedFieldProbe {
    return { open: 'a' };
  }

  @ResolveField(() => String, { description: 'Permission declared in the wrong order.' })
  @Allow(Permission.AuditRead)
  misordered(): string {
    return 'leaked';
  }
}
@Module({ providers: [MisorderedFieldResolver] })
class MisorderedFieldModule {}

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

describe('restricted object fields (checked by field middleware, not the guard pipeline)', () => {
  it('a restricted field is refused on every row to guests and members and served to staff; open fields are served to all', async () => {
    const probe = await startTestApp({ extraImports: [FieldProbeModule] });
    try {
      const guest = await new GqlClient(probe.url).send<{ fieldProbes: Array<{ open: string; restricted: string | null }> }>(`{ fieldProbes { open restricted } }`);
      expect(guest.errors?.map((e) => (e.extensions as { code?: string } | undefined)?.code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
      expect(JSON.stringify(guest.data)).not.toContain('staff only');
      const open = await new GqlClient(probe.url).send<{ fieldProbes: Array<{ open: string }> }>(`{ fieldProbes { open } }`);
      expect(open.errors).toBeUndefined();
      expect(open.data!.fieldProbes.map((p) => p.open)).toEqual(['a', 'b', 'c']);

      const member = new GqlClient(probe.url);
      const handle = uniqueHandle('fp');
      await member.send(`mutation ($i: SignUpInput!) { signUp(input: $i) { user { id } } }`, {
        i: { email: `${handle}@example.com`, handle, displayName: 'Field Probe', password: 'field-probe-password' },
      });
      const asMember = await member.send(`{ fieldProbes { open restricted } }`);
      expect(codeOf(asMember)).toBe('FORBIDDEN');
      expect(JSON.stringify(asMember.data)).not.toContain('staff only');

      const admin = new GqlClient(probe.url);
      await admin.send(`mutation { signIn(input: { login: "admin", password: "admin-password-123" }) { user { id } } }`);
      const asAdmin = await admin.send<{ fieldProbes: Array<{ restricted: string }> }>(`{ fieldProbes { restricted } }`);
      expect(asAdmin.errors).toBeUndefined();
      expect(asAdmin.data!.fieldProbes.map((p) => p.restricted)).toEqual(['staff only', 'staff only', 'staff only']);
    } finally {
      await probe.close();
    }
  });

  it('the server refuses to start with a field resolver that declares nothing', async () => {
    await expect(startTestApp({ extraImports: [ForgottenFieldModule] })).rejects.toThrow(/ForgottenFieldResolver\.leaked \(nothing declared\)/);
  });

  it('the server refuses to start when @Allow sits below @ResolveField (its middleware would be lost)', async () => {
    await expect(startTestApp({ extraImports: [MisorderedFieldModule] })).rejects.toThrow(/MisorderedFieldResolver\.misordered \(audit:read\)/);
  });

  it('every restricted field resolver of the application carries its enforcing middleware', () => {
    const restricted = t.app.get(PermissionAudit).list().filter((d) => d.operation.startsWith('field ') && d.declared !== 'public');
    expect(restricted.length).toBeGreaterThanOrEqual(15);
    expect(restricted.filter((d) => d.enforced !== true)).toEqual([]);
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
