/** Trust levels, lowest first. */
export const TRUST_LEVELS = ['NEW', 'BASIC', 'MEMBER', 'REGULAR', 'LEADER'] as const;

/**
 * The trust settings' ranges, enforced by the server's schema and offered by the staff panel's
 * form: the largest value of each threshold (what a member must do to reach a level) and of each
 * limit (what a level may do). Every value is a whole number from 0.
 */
export const TRUST_THRESHOLD_MAX = {
  topicsEntered: 1_000_000,
  postsRead: 10_000_000,
  readMinutes: 1_000_000,
  daysVisited: 100_000,
  accountAgeDays: 100_000,
} as const;

export const TRUST_LIMIT_MAX = {
  maxLinks: 1000,
  maxMentions: 1000,
  topicsPerDay: 100_000,
  repliesPerDay: 100_000,
  topicIntervalSeconds: 86_400,
  replyIntervalSeconds: 86_400,
  premoderatedPosts: 1000,
} as const;

/** Flags a member may raise per 24 hours: the optional per-level limit's largest value. */
export const TRUST_FLAGS_PER_DAY_MAX = 10_000;

/** The open flag weight at which a post hides pending review, as a community sets it. */
export const FLAG_THRESHOLD = { min: 1, max: 100 } as const;
