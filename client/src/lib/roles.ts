import { Permission, Role as SharedRole, isStaff, roleHasPermission } from '@townsquare/shared';
import type { Role } from './generated/graphql';

/**
 * The API's role names are the shared enum's keys; looking them up here keeps the two in step
 * (a role added to one and not the other fails the type check).
 */
function toShared(role: Role): SharedRole {
  return SharedRole[role];
}

/** Moderators, community managers and admins: who may enter the staff area. */
export function isStaffRole(role: Role): boolean {
  return isStaff(toShared(role));
}

export function canManageSettings(role: Role): boolean {
  return roleHasPermission(toShared(role), Permission.SettingsManage);
}

/** Moderators and up: pin, lock, delete and restore any post, accept answers, edit any time. */
export function canModerate(role: Role): boolean {
  return roleHasPermission(toShared(role), Permission.ContentModerate);
}

/** Community managers and admins may write as the brand. */
export function canPostAsBrand(role: Role): boolean {
  return roleHasPermission(toShared(role), Permission.PostAsBrand);
}

/** Community managers and admins: who create contests and pick jury winners. */
export function canManageContests(role: Role): boolean {
  return roleHasPermission(toShared(role), Permission.ContestManage);
}

/** Community managers and admins run events: create, edit, publish, cancel, see attendees. */
export function canManageEvents(role: Role): boolean {
  return roleHasPermission(toShared(role), Permission.EventManage);
}

/** Staff (moderators and up) file members' posts as product feedback and read it all. */
export function canFileFeedback(role: Role): boolean {
  return roleHasPermission(toShared(role), Permission.FeedbackManage);
}
