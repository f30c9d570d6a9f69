import { roleHasPermission, type Permission } from '@townsquare/shared';
import { AppError } from './app-error.js';
import type { AuthUser } from './request-context.js';

/** The one permission check: guests are UNAUTHENTICATED, a role without the permission FORBIDDEN. */
export function assertPermission(user: AuthUser | null, permission: Permission): void {
  if (!user) throw AppError.unauthenticated();
  if (!roleHasPermission(user.role, permission)) throw AppError.forbidden();
}
