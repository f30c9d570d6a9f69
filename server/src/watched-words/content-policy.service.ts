import { Inject, Injectable } from '@nestjs/common';
import { ApiErrorCode, TRUST_LIMIT_MAX, isStaff } from '@townsquare/shared';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import type { TrustLimits, TrustSettings } from '../trust/trust-settings.js';
import { TrustService } from '../trust/trust.service.js';
import { AppError, restrictionEnd } from '../common/app-error.js';
import type { AuthUser } from '../common/request-context.js';
import { CONFIGS, ContentPolicyRepository, type StandingRow } from './content-policy.repository.js';
import { WatchedWordsCache } from './watched-words.cache.js';
import { ContentPolicyErrorReason } from './watched-words.errors.js';

export type WatchedAction = 'BLOCK' | 'FLAG' | 'CENSOR' | 'REQUIRE_APPROVAL';

export interface PolicyResult {
  /** The text to render and store as HTML: censored words masked. */
  title?: string;
  body: string;
  /** Words that send the post to the moderation queue. */
  flagged: string[];
  /** Words that hold the post for approval. */
  needsApproval: string[];
}

const START = '\u0001';
const STOP = '\u0002';

export interface Standing {
  /** The post waits for approval (a new member's first posts). */
  premoderate: boolean;
  /** The member's trust level's limits; null for staff, or with the limits off. */
  limits: TrustLimits | null;
}

/**
 * What a person may post, and what their words do: silenced members cannot post, and watched
 * words block, flag, censor or hold posts for approval. Matching uses PostgreSQL's English and
 * Russian stemmers, so "spam" also catches "spamming" and "спам" catches "спама".
 */
@Injectable()
export class ContentPolicyService {
  private readonly trustLimitsEnabled: boolean;

  constructor(
    private readonly repository: ContentPolicyRepository,
    private readonly watched: WatchedWordsCache,
    private readonly trust: TrustService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.trustLimitsEnabled = config.trustLimits;
  }

  /**
   * Whether this member may post now: an active member who accepted the current guidelines, not
   * silenced, within their trust level's pace. Returns whether the post waits for approval.
   */
  async assertMayPost(user: AuthUser, kind: 'TOPIC' | 'REPLY' = 'REPLY'): Promise<Standing> {
    return (await this.review(user, kind, null)).standing;
  }

  /**
   * `assertMayPost` and `apply` in one round trip: the person's standing, their pace and the
   * watched words in the text are read by one statement, then the rules run in the same order
   * (standing first, then blocked words).
   */
  async review(user: AuthUser, kind: 'TOPIC' | 'REPLY', text: { title?: string; body: string } | null): Promise<{ standing: Standing; policy: PolicyResult }> {
    const limited = !isStaff(user.role) && this.trustLimitsEnabled;
    const settings = limited ? await this.trust.settings() : null;
    const parts = text ? partsOf(text) : [];
    const words = parts.length > 0 ? await this.watched.words() : [];
    const row = await this.repository.standing({
      userId: user.id,
      kind,
      pace: limited,
      premoderated: settings ? Object.fromEntries(Object.entries(settings.limits).map(([level, l]) => [level, l.premoderatedPosts])) : {},
      perDay: settings ? Object.fromEntries(Object.entries(settings.limits).map(([level, l]) => [level, paceRowsNeeded(l, kind)])) : {},
      parts: parts.map((p) => p.value),
      words,
    });
    const standing = await this.judge(user, kind, row, settings);
    const policy = await this.applyMatches(text ?? { body: '' }, parts, row.matches ?? parts.map(() => []));
    return { standing, policy };
  }

  private async judge(user: AuthUser, kind: 'TOPIC' | 'REPLY', row: StandingRow, settings: TrustSettings | null): Promise<Standing> {
    if (row.membership === 'PENDING') {
      throw new AppError(ApiErrorCode.FORBIDDEN, 'Your request to join is waiting for a moderator; you can post once it is approved.', { reason: ContentPolicyErrorReason.MEMBERSHIP_PENDING });
    }
    if (row.membership !== null && row.membership !== 'ACTIVE') throw new AppError(ApiErrorCode.FORBIDDEN, 'You are not a member of this community.', { reason: ContentPolicyErrorReason.NOT_A_MEMBER });
    if (row.require_guidelines && row.guidelines_version && (row.guidelines_accepted ?? 0) < row.guidelines_version && !isStaff(user.role)) {
      throw new AppError(ApiErrorCode.FORBIDDEN, 'Please read and accept the community guidelines before posting.', { reason: ContentPolicyErrorReason.GUIDELINES_NOT_ACCEPTED });
    }
    const restrictions = [
      { kind: 'SILENCE' as const, until: row.silenced_until },
      { kind: 'SUSPENSION' as const, until: row.suspended_until },
    ].filter((r): r is { kind: 'SILENCE' | 'SUSPENSION'; until: Date } => !!r.until && r.until.getTime() > Date.now());
    if (restrictions.length > 0) {
      // The one lasting longest is what the member waits for; its reason is the one they were given.
      const longest = restrictions.reduce((a, b) => (b.until.getTime() > a.until.getTime() ? b : a));
      const end = restrictionEnd(longest.until);
      const moderatorReason = await this.repository.lastSanctionReason(user.id, longest.kind);
      throw new AppError(
        ApiErrorCode.FORBIDDEN,
        `Your account is read-only${end ? ` until ${end}` : ''}.${moderatorReason ? ` Reason: ${moderatorReason}.` : ''}`,
        { reason: ContentPolicyErrorReason.SILENCED, until: end, moderatorReason },
      );
    }
    if (!settings) return { premoderate: false, limits: null };
    const limits = settings.limits[row.trust_level ?? 'NEW'];
    // Approved posts are counted only when this level holds some for approval, and never past the limit.
    const approved = limits.premoderatedPosts > 0 ? (row.approved ?? 0) : Number.MAX_SAFE_INTEGER;
    const perDay = kind === 'TOPIC' ? limits.topicsPerDay : limits.repliesPerDay;
    const interval = kind === 'TOPIC' ? limits.topicIntervalSeconds : limits.replyIntervalSeconds;
    const what = kind === 'TOPIC' ? 'topics' : 'replies';
    if (row.last) {
      const since = (Date.now() - new Date(row.last).getTime()) / 1000;
      if (since < interval) {
        const wait = Math.ceil(interval - since);
        throw new AppError(ApiErrorCode.RATE_LIMITED, `New members wait ${interval} seconds between ${what}. Try again in ${wait} seconds.`, {
          reason: kind === 'TOPIC' ? ContentPolicyErrorReason.TOPIC_INTERVAL : ContentPolicyErrorReason.REPLY_INTERVAL,
          retryAfterSeconds: wait,
          intervalSeconds: interval,
        });
      }
    }
    if ((row.today ?? 0) >= perDay) {
      throw new AppError(ApiErrorCode.RATE_LIMITED, `You have reached today's limit of ${perDay} ${what} for your trust level.`, {
        reason: kind === 'TOPIC' ? ContentPolicyErrorReason.TOPIC_DAILY_LIMIT : ContentPolicyErrorReason.REPLY_DAILY_LIMIT,
        retryAfterSeconds: 3600,
        dailyLimit: perDay,
      });
    }
    return { premoderate: approved < limits.premoderatedPosts, limits };
  }

/** Refuses more links or mentions than the member's trust level allows. */
  checkLinks(limits: TrustLimits | null, links: number, mentions: number): void {
    if (!limits) return;
    if (links > limits.maxLinks) {
      throw new AppError(ApiErrorCode.BAD_USER_INPUT, `New members may include at most ${limits.maxLinks} links in a post.`, { field: 'body', reason: ContentPolicyErrorReason.TOO_MANY_LINKS });
    }
    if (mentions > limits.maxMentions) {
      throw new AppError(ApiErrorCode.BAD_USER_INPUT, `New members may mention at most ${limits.maxMentions} people in a post.`, { field: 'body', reason: ContentPolicyErrorReason.TOO_MANY_MENTIONS });
    }
  }

  /** Applies the watched words to a title and body; throws BAD_USER_INPUT for a blocked word. */
  async apply(text: { title?: string; body: string }): Promise<PolicyResult> {
    const parts = partsOf(text);
    const words = await this.watched.words();
    return this.applyMatches(text, parts, await this.repository.matches(parts.map((p) => p.value), words));
  }

  private async applyMatches(
    text: { title?: string; body: string },
    parts: Array<{ field: 'title' | 'body'; value: string }>,
    found: Array<Array<{ word: string; action: WatchedAction }>>,
  ): Promise<PolicyResult> {
    const result: PolicyResult = { title: text.title, body: text.body, flagged: [], needsApproval: [] };
    for (const [i, part] of parts.entries()) {
      const matches = found[i] ?? [];
      const blocked = matches.find((m) => m.action === 'BLOCK');
      if (blocked) {
        throw new AppError(ApiErrorCode.BAD_USER_INPUT, `“${blocked.word}” is not allowed here. Please rephrase.`, { field: part.field, reason: ContentPolicyErrorReason.WATCHED_WORD });
      }
      result.flagged.push(...matches.filter((m) => m.action === 'FLAG').map((m) => m.word));
      result.needsApproval.push(...matches.filter((m) => m.action === 'REQUIRE_APPROVAL').map((m) => m.word));
      const censored = matches.filter((m) => m.action === 'CENSOR').map((m) => m.word);
      if (censored.length > 0) result[part.field] = await this.censor(part.value, censored);
    }
    return result;
  }

  /** Masks every inflected occurrence of the words with ■, leaving the rest of the text as written. */
  private async censor(value: string, words: string[]): Promise<string> {
    let text = value;
    for (const config of CONFIGS) {
      const marked = await this.repository.marked(config, text, words.map((w) => `(${plainQuery(w)})`).join(' | '), START, STOP);
      text = marked.replace(new RegExp(`${START}([^${STOP}]*)${STOP}`, 'g'), (_m, word: string) => '■'.repeat([...word].length));
    }
    return text;
  }
}

/** The parts of a post the words apply to: the title (a topic's) first, then the body. */
function partsOf(text: { title?: string; body: string }): Array<{ field: 'title' | 'body'; value: string }> {
  const parts: Array<{ field: 'title' | 'body'; value: string }> = [{ field: 'body', value: text.body }];
  if (text.title !== undefined) parts.unshift({ field: 'title', value: text.title });
  return parts;
}

/** A watched word as a tsquery of its words joined with AND, quoting each so no operator slips in. */
function plainQuery(word: string): string {
  const tokens = word.split(/\s+/).filter(Boolean).map((t) => `'${t.replace(/'/g, "''").replace(/\\/g, '')}'`);
  return tokens.length > 0 ? tokens.join(' & ') : "''";
}

/**
 * How many of the last day's posts the pace rule must see for a level: up to its daily limit, or
 * only the latest (for the interval) when the level has no daily limit, or none when it has no
 * interval either. A member without limits who posts all day is not made to count the whole day
 * on every post.
 */
export function paceRowsNeeded(limits: TrustLimits, kind: 'TOPIC' | 'REPLY'): number {
  const perDay = kind === 'TOPIC' ? limits.topicsPerDay : limits.repliesPerDay;
  const interval = kind === 'TOPIC' ? limits.topicIntervalSeconds : limits.replyIntervalSeconds;
  if (perDay < (kind === 'TOPIC' ? TRUST_LIMIT_MAX.topicsPerDay : TRUST_LIMIT_MAX.repliesPerDay)) return perDay;
  return interval > 0 ? 1 : 0;
}
