/** The roles a person can hold in a community, from least to most trusted. */
export enum Role {
  MEMBER = 'MEMBER',
  MODERATOR = 'MODERATOR',
  COMMUNITY_MANAGER = 'COMMUNITY_MANAGER',
  ADMIN = 'ADMIN',
}

export const ROLES: readonly Role[] = [Role.MEMBER, Role.MODERATOR, Role.COMMUNITY_MANAGER, Role.ADMIN];

/**
 * Every capability the API can grant, named resource:action. A resolver or socket handler
 * declares exactly one of these (or is explicitly public); the server's global guard checks it.
 */
export enum Permission {
  /** Read one's own account and change its password or sign out. */
  AccountManage = 'account:manage',
  /** Read the community's public content (signed in). */
  ContentRead = 'content:read',
  /** Enter the staff area and see staff-only data (emails of others, the admin shell). */
  StaffAreaAccess = 'staff:access',
  /** Read members' private details such as their email. */
  MemberDetailsRead = 'members:read-details',
  /** Change community settings, roles, categories. */
  SettingsManage = 'settings:manage',
}

const MEMBER_PERMISSIONS: readonly Permission[] = [Permission.AccountManage, Permission.ContentRead];
const STAFF_PERMISSIONS: readonly Permission[] = [
  ...MEMBER_PERMISSIONS,
  Permission.StaffAreaAccess,
  Permission.MemberDetailsRead,
];

/** The one role → permissions map. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.MEMBER]: MEMBER_PERMISSIONS,
  [Role.MODERATOR]: STAFF_PERMISSIONS,
  [Role.COMMUNITY_MANAGER]: STAFF_PERMISSIONS,
  [Role.ADMIN]: [...STAFF_PERMISSIONS, Permission.SettingsManage],
};

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function isStaff(role: Role): boolean {
  return roleHasPermission(role, Permission.StaffAreaAccess);
}
