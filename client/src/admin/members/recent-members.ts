/** The member records a staff member opened lately, on this device, for getting back to them quickly. */

const PREFIX = 'townsquare.admin.recentMembers.';
const MAX = 8;

export interface RecentMember {
  handle: string;
  displayName: string;
}

function key(staffId: string): string {
  return `${PREFIX}${staffId}`;
}

export function readRecentMembers(staffId: string): RecentMember[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(key(staffId)) ?? '[]') as unknown;
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter((m): m is RecentMember => typeof m?.handle === 'string' && typeof m?.displayName === 'string')
      .slice(0, MAX);
  } catch {
    return [];
  }
}

export function rememberMember(staffId: string, member: RecentMember): void {
  try {
    const rest = readRecentMembers(staffId).filter((m) => m.handle.toLowerCase() !== member.handle.toLowerCase());
    localStorage.setItem(key(staffId), JSON.stringify([{ handle: member.handle, displayName: member.displayName }, ...rest].slice(0, MAX)));
  } catch {
    /* storage disabled: the list lasts as long as the page */
  }
}
