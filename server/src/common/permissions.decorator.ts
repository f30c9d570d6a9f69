import { SetMetadata, applyDecorators } from '@nestjs/common';
import type { FieldMiddleware } from '@nestjs/graphql';
import { FIELD_RESOLVER_MIDDLEWARE_METADATA } from '@nestjs/graphql/dist/graphql.constants.js';
import type { Request } from 'express';
import type { Permission } from '@townsquare/shared';
import { assertPermission } from './permission-check.js';

export const PERMISSION_KEY = 'townsquare:permission';
export const PUBLIC_KEY = 'townsquare:public';

/** Marks the field middleware that enforces a field resolver's @Allow (the audit looks for it). */
export const PERMISSION_MIDDLEWARE = Symbol('townsquare:permission-middleware');

/**
 * Enforces `permission` on one object field. Root operations and socket handlers are checked by
 * the global PermissionGuard; object fields skip Nest's guard pipeline (it would run for every
 * field of every row), so a field that @Allow restricts carries this middleware instead. It calls
 * the same check as the guard.
 */
function permissionMiddleware(permission: Permission): FieldMiddleware {
  const middleware: FieldMiddleware = ({ context }, next) => {
    assertPermission((context as { req?: Request }).req?.ctx?.user ?? null, permission);
    return next();
  };
  return Object.assign(middleware, { [PERMISSION_MIDDLEWARE]: permission });
}

/**
 * The permission a resolver field or socket handler requires. Root operations and socket handlers:
 * checked by the global PermissionGuard. Object fields: by the field middleware set here, so put
 * @Allow above @ResolveField (the audit refuses to start the server otherwise).
 */
export const Allow = (permission: Permission) =>
  applyDecorators(SetMetadata(PERMISSION_KEY, permission), SetMetadata(FIELD_RESOLVER_MIDDLEWARE_METADATA, [permissionMiddleware(permission)]));

/** Marks a resolver field or socket handler as open to everyone, guests included, on purpose. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
