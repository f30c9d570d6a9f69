/** Input limits enforced by the server and mirrored by the client's forms. */
export const LIMITS = {
  handle: { min: 3, max: 20, pattern: /^[a-z0-9_]+$/ },
  displayName: { min: 1, max: 50 },
  email: { max: 254 },
  password: { min: 10, max: 256 },
  login: { max: 254 },
  topicTitle: { min: 5, max: 200 },
  postBody: { min: 1, max: 50_000 },
  /** Contests: rules are Markdown like a post; a contest runs at most a year; winners and reasons are bounded. */
  contest: {
    title: { min: 5, max: 200 },
    rules: { min: 1, max: 20_000 },
    entryText: { max: 10_000 },
    winners: { min: 1, max: 50 },
    /** Entries one member may make when a contest allows more than one. */
    entriesPerMember: { max: 10 },
    minAccountAgeDays: { max: 3650 },
    maxDurationDays: 365,
    juryReason: { min: 3, max: 500 },
  },
  tagsPerTopic: { max: 5 },
  tagName: { min: 2, max: 30, pattern: /^[a-z0-9][a-z0-9-]*$/ },
  categoryName: { min: 2, max: 100 },
  categorySlug: { min: 2, max: 64, pattern: /^[a-z0-9][a-z0-9-]*$/ },
  categoryDescription: { max: 500 },
  /** Categories in a community, archived ones included. */
  categoryCount: { max: 200 },
  pageSize: { default: 20, max: 50 },
  searchQuery: { min: 2, max: 200 },
  eventTitle: { min: 5, max: 200 },
  eventDescription: { min: 1, max: 20_000 },
  eventLocation: { max: 300 },
  eventUrl: { max: 2000 },
  /** Places at an event with a capacity. */
  eventCapacity: { min: 1, max: 100_000 },
  /** Occurrences a recurring event may have (its rule must end: COUNT or UNTIL). */
  eventOccurrences: { max: 200 },
  /** Reminders per event, each 5 minutes to 14 days before the start. */
  eventReminders: { max: 5, minMinutes: 5, maxMinutes: 14 * 24 * 60 },
  /** Longest single occurrence. */
  eventDurationHours: { max: 14 * 24 },
  /** Days a month view (or any from–to window) may span. */
  eventWindowDays: { max: 62 },
  /** Authors may edit their own posts for this long; staff always. */
  editWindowSeconds: 24 * 60 * 60,
  /** A poll on a post: its options, their labels, its question, how far ahead it may close. */
  poll: {
    options: { min: 2, max: 20 },
    optionLabel: { min: 1, max: 200 },
    question: { max: 300 },
    closesWithinDays: 366,
    votersPage: { default: 20, max: 50 },
  },
  ideas: {
    /** Open votes a member holds at once, by trust level; a vote comes back when its idea is done, declined or merged. */
    openVotesByTrust: { NEW: 3, BASIC: 10, MEMBER: 20, REGULAR: 30, LEADER: 50 },
    officialResponse: { max: 5000 },
    staffNote: { min: 1, max: 5000 },
    productAreaName: { min: 1, max: 80 },
    productAreas: { max: 100 },
    similarTitle: { min: 3, max: 200 },
    similarResults: 5,
    trendingDays: { default: 7, max: 90 },
    page: { default: 20, max: 50 },
    /** Rows in one CSV export; the newest beyond it are cut (the file says so). */
    exportRows: 10000,
  },
} as const;

/** The reactions a member can give, one of each per post. */
export const REACTIONS = ['LIKE', 'LOVE', 'INSIGHTFUL', 'THANKS'] as const;
export type ReactionKind = (typeof REACTIONS)[number];

export const TOPIC_KINDS = ['DISCUSSION', 'QUESTION', 'IDEA', 'ANNOUNCEMENT'] as const;
export type TopicKindName = (typeof TOPIC_KINDS)[number];

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Machine-readable reasons a field was refused; the client translates them. */
export type FieldProblem =
  | 'REQUIRED'
  | 'TOO_SHORT'
  | 'TOO_LONG'
  | 'INVALID_FORMAT'
  | 'TAKEN'
  | 'INCORRECT';

/** Returns the first problem with a handle, or null when it is acceptable. */
export function checkHandle(value: string): FieldProblem | null {
  if (value.length === 0) return 'REQUIRED';
  if (value.length < LIMITS.handle.min) return 'TOO_SHORT';
  if (value.length > LIMITS.handle.max) return 'TOO_LONG';
  if (!LIMITS.handle.pattern.test(value)) return 'INVALID_FORMAT';
  return null;
}

export function checkEmail(value: string): FieldProblem | null {
  if (value.length === 0) return 'REQUIRED';
  if (value.length > LIMITS.email.max) return 'TOO_LONG';
  if (!EMAIL_PATTERN.test(value)) return 'INVALID_FORMAT';
  return null;
}

export function checkDisplayName(value: string): FieldProblem | null {
  const trimmed = value.trim();
  if (trimmed.length < LIMITS.displayName.min) return 'REQUIRED';
  if ([...trimmed].length > LIMITS.displayName.max) return 'TOO_LONG';
  return null;
}

export function checkPassword(value: string): FieldProblem | null {
  if (value.length === 0) return 'REQUIRED';
  if (value.length < LIMITS.password.min) return 'TOO_SHORT';
  if (value.length > LIMITS.password.max) return 'TOO_LONG';
  return null;
}
