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
  /** Start a topic (the category's post roles still apply). */
  TopicCreate = 'topics:create',
  /** Reply in a topic (the category's post roles still apply). */
  PostCreate = 'posts:create',
  /** Edit or delete one's own posts within the edit window. */
  PostEdit = 'posts:edit',
  /** React to posts. */
  PostReact = 'posts:react',
  /** Vote in polls, change and take back one's vote. */
  PollVote = 'polls:vote',
  /** Mark the accepted answer of one's own question. */
  AnswerAccept = 'answers:accept',
  /** Track reading, watch topics and categories, read one's notifications. */
  ReadingTrack = 'reading:track',
  /** Upload images for posts. */
  UploadCreate = 'uploads:create',
  /** Moderate content anywhere: edit or delete any post, restore, pin, lock, accept answers. */
  ContentModerate = 'content:moderate',
  /** Write as the brand (the brand's name, logo and "official" badge). */
  PostAsBrand = 'posts:as-brand',
  /** Create, edit, reorder and archive categories. */
  CategoryManage = 'categories:manage',
  /** Create tags. */
  TagCreate = 'tags:create',
  /** Flag a post, topic or person for the moderators. */
  FlagCreate = 'flags:create',
  /** Work the moderation queue (within one's categories when scoped). */
  QueueModerate = 'queue:moderate',
  /** Warn, silence and suspend members, and lift those. */
  MemberModerate = 'members:moderate',
  /** Read the audit log. */
  AuditRead = 'audit:read',
  /** Configure watched words. */
  WatchedWordsManage = 'watched-words:manage',
  /** Promote and demote roles, scope moderators to categories. */
  RoleManage = 'roles:manage',
  /** Publish new versions of the community guidelines. */
  GuidelinesManage = 'guidelines:manage',
  /** Invite, remove and restore members. */
  MembershipManage = 'membership:manage',
  /** Read every category, whatever its read roles (admins). */
  CategoryReadAll = 'categories:read-all',
  /** Enter contests and vote on their entries (each contest's eligibility still applies). */
  ContestEnter = 'contests:enter',
  /** Create and edit contests, and pick the winners of judged ones (community managers). */
  ContestManage = 'contests:manage',
  /** Answer an event: going, interested or not going. */
  EventRsvp = 'events:rsvp',
  /** Create, edit, publish and cancel events; see and export attendees, mark attendance. */
  EventManage = 'events:manage',
  /** Vote for ideas and take one's votes back (each trust level has its number of open votes). */
  IdeaVote = 'ideas:vote',
  /** Make categories ideas boards, set ideas' statuses with an official response, merge duplicates. */
  IdeaManage = 'ideas:manage',
  /** Mark posts as feedback, read all feedback and staff notes on ideas, write notes, export ideas and feedback. */
  FeedbackManage = 'feedback:manage',
  /** Work the team's reply inbox: see what awaits an answer, claim, dismiss, send topics there, go on duty. */
  InboxWork = 'inbox:work',
  /** Set the reply target, the claim time and the business hours. */
  InboxManage = 'inbox:manage',
  /** Read the stream of new posts in one's categories, keep one's "reviewed up to here" mark, see other staff's marks. */
  ReviewFeed = 'review:feed',
  /** Read the community KPI dashboard (members, visitors, activity, contributions, response times) and export it. */
  KpiRead = 'kpis:read',
}

const MEMBER_PERMISSIONS: readonly Permission[] = [
  Permission.AccountManage,
  Permission.ContentRead,
  Permission.TopicCreate,
  Permission.PostCreate,
  Permission.PostEdit,
  Permission.PostReact,
  Permission.PollVote,
  Permission.AnswerAccept,
  Permission.ReadingTrack,
  Permission.UploadCreate,
  Permission.FlagCreate,
  Permission.ContestEnter,
  Permission.EventRsvp,
  Permission.IdeaVote,
];
const STAFF_PERMISSIONS: readonly Permission[] = [
  ...MEMBER_PERMISSIONS,
  Permission.StaffAreaAccess,
  Permission.MemberDetailsRead,
  Permission.ContentModerate,
  Permission.TagCreate,
  Permission.QueueModerate,
  Permission.MemberModerate,
  Permission.AuditRead,
  Permission.WatchedWordsManage,
  Permission.FeedbackManage,
  Permission.InboxWork,
  Permission.ReviewFeed,
];
const MANAGER_PERMISSIONS: readonly Permission[] = [
  ...STAFF_PERMISSIONS,
  Permission.PostAsBrand,
  Permission.CategoryManage,
  Permission.GuidelinesManage,
  Permission.MembershipManage,
  Permission.ContestManage,
  Permission.EventManage,
  Permission.IdeaManage,
  Permission.InboxManage,
  Permission.KpiRead,
];

/** The one role → permissions map. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.MEMBER]: MEMBER_PERMISSIONS,
  [Role.MODERATOR]: STAFF_PERMISSIONS,
  [Role.COMMUNITY_MANAGER]: MANAGER_PERMISSIONS,
  [Role.ADMIN]: [...MANAGER_PERMISSIONS, Permission.SettingsManage, Permission.RoleManage, Permission.CategoryReadAll],
};

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function isStaff(role: Role): boolean {
  return roleHasPermission(role, Permission.StaffAreaAccess);
}
