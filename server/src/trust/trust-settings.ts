import { TRUST_FLAGS_PER_DAY_MAX, TRUST_LEVELS, TRUST_LIMIT_MAX, TRUST_THRESHOLD_MAX } from '@townsquare/shared';
import { z } from 'zod';

export { TRUST_LEVELS };
export type TrustLevel = (typeof TRUST_LEVELS)[number];

const threshold = z.object({
  topicsEntered: z.number().int().min(0).max(TRUST_THRESHOLD_MAX.topicsEntered),
  postsRead: z.number().int().min(0).max(TRUST_THRESHOLD_MAX.postsRead),
  readMinutes: z.number().int().min(0).max(TRUST_THRESHOLD_MAX.readMinutes),
  daysVisited: z.number().int().min(0).max(TRUST_THRESHOLD_MAX.daysVisited),
  accountAgeDays: z.number().int().min(0).max(TRUST_THRESHOLD_MAX.accountAgeDays),
});

const limits = z.object({
  maxLinks: z.number().int().min(0).max(TRUST_LIMIT_MAX.maxLinks),
  maxMentions: z.number().int().min(0).max(TRUST_LIMIT_MAX.maxMentions),
  topicsPerDay: z.number().int().min(0).max(TRUST_LIMIT_MAX.topicsPerDay),
  repliesPerDay: z.number().int().min(0).max(TRUST_LIMIT_MAX.repliesPerDay),
  topicIntervalSeconds: z.number().int().min(0).max(TRUST_LIMIT_MAX.topicIntervalSeconds),
  replyIntervalSeconds: z.number().int().min(0).max(TRUST_LIMIT_MAX.replyIntervalSeconds),
  /** A member's first N posts wait for approval. */
  premoderatedPosts: z.number().int().min(0).max(TRUST_LIMIT_MAX.premoderatedPosts),
  /** Flags a member may raise per 24 hours (omitted: the level's default). */
  flagsPerDay: z.number().int().min(0).max(TRUST_FLAGS_PER_DAY_MAX).optional(),
});

export const trustSettingsSchema = z.object({
  thresholds: z.object({ BASIC: threshold, MEMBER: threshold, REGULAR: threshold }),
  limits: z.object({ NEW: limits, BASIC: limits, MEMBER: limits, REGULAR: limits, LEADER: limits }),
});

export type TrustSettings = z.infer<typeof trustSettingsSchema>;
export type TrustLimits = z.infer<typeof limits>;

const NO_LIMITS: TrustLimits = {
  maxLinks: 1000,
  maxMentions: 1000,
  topicsPerDay: 100_000,
  repliesPerDay: 100_000,
  topicIntervalSeconds: 0,
  replyIntervalSeconds: 0,
  premoderatedPosts: 0,
  flagsPerDay: 50,
};

/**
 * Defaults on the order of Discourse's: a newcomer proves good faith by reading before their
 * limits lift; regulars are people who kept coming back for months.
 */
export const DEFAULT_TRUST_SETTINGS: TrustSettings = {
  thresholds: {
    BASIC: { topicsEntered: 5, postsRead: 30, readMinutes: 10, daysVisited: 0, accountAgeDays: 0 },
    MEMBER: { topicsEntered: 20, postsRead: 100, readMinutes: 60, daysVisited: 15, accountAgeDays: 0 },
    REGULAR: { topicsEntered: 100, postsRead: 500, readMinutes: 300, daysVisited: 50, accountAgeDays: 100 },
  },
  limits: {
    NEW: { maxLinks: 2, maxMentions: 2, topicsPerDay: 3, repliesPerDay: 10, topicIntervalSeconds: 120, replyIntervalSeconds: 30, premoderatedPosts: 2, flagsPerDay: 5 },
    BASIC: { maxLinks: 10, maxMentions: 10, topicsPerDay: 20, repliesPerDay: 100, topicIntervalSeconds: 30, replyIntervalSeconds: 5, premoderatedPosts: 0, flagsPerDay: 10 },
    MEMBER: { ...NO_LIMITS, flagsPerDay: 20 },
    REGULAR: { ...NO_LIMITS, flagsPerDay: 30 },
    LEADER: NO_LIMITS,
  },
};

/** Stored overrides merged over the defaults, section by section. */
export function effectiveTrustSettings(stored: unknown): TrustSettings {
  const s = (stored ?? {}) as Partial<TrustSettings>;
  return {
    thresholds: { ...DEFAULT_TRUST_SETTINGS.thresholds, ...(s.thresholds ?? {}) },
    limits: Object.fromEntries(
      Object.entries(DEFAULT_TRUST_SETTINGS.limits).map(([level, defaults]) => [level, { ...defaults, ...((s.limits as Record<string, object> | undefined)?.[level] ?? {}) }]),
    ) as TrustSettings['limits'],
  };
}
