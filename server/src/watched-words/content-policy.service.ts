import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApiErrorCode, isStaff } from '@townsquare/shared';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import type { TrustLevel, TrustLimits } from '../trust/trust-settings.js';
import { TrustService } from '../trust/trust.service.js';
import { AppError } from '../common/app-error.js';
import type { AuthUser } from '../common/request-context.js';

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

/** Text-search configurations tried for whole-word matches: inflected English and Russian forms, and as written. */
const CONFIGS = ['english', 'russian', 'simple'] as const;
const START = '\u0001';
const STOP = '\u0002';

/**
 * What a person may post, and what their words do: silenced members cannot post, and watched
 * words block, flag, censor or hold posts for approval. Matching uses PostgreSQL's English and
 * Russian stemmers, so "spam" also catches "spamming" and "спам" catches "спама".
 */
@Injectable()
export class ContentPolicyService {
  private readonly trustLimitsEnabled: boolean;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly trust: TrustService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.trustLimitsEnabled = config.trustLimits;
  }

  /**
   * Whether this member may post now: an active member who accepted the current guidelines, not
   * silenced, within their trust level's pace. Returns whether the post waits for approval.
   */
  async assertMayPost(user: AuthUser, kind: 'TOPIC' | 'REPLY' = 'REPLY'): Promise<{ premoderate: boolean; limits: TrustLimits | null }> {
    const [row]: Array<{
      silenced_until: Date | null;
      suspended_until: Date | null;
      membership: string;
      guidelines_accepted: number;
      trust_level: TrustLevel;
    }> = await this.db.query(
      `SELECT silenced_until, suspended_until, membership, guidelines_accepted, trust_level FROM users WHERE id = $1`,
      [user.id],
    );
    if (row?.membership === 'PENDING') {
      throw new AppError(ApiErrorCode.FORBIDDEN, 'Your request to join is waiting for a moderator; you can post once it is approved.', { reason: 'MEMBERSHIP_PENDING' });
    }
    if (row && row.membership !== 'ACTIVE') throw new AppError(ApiErrorCode.FORBIDDEN, 'You are not a member of this community.', { reason: 'NOT_A_MEMBER' });
    const [community]: Array<{ require_guidelines: boolean; version: number | null }> = await this.db.query(
      `SELECT c.require_guidelines, (SELECT max(version) FROM guidelines) AS version FROM community c WHERE c.id = 1`,
    );
    if (community?.require_guidelines && community.version && (row?.guidelines_accepted ?? 0) < community.version && !isStaff(user.role)) {
      throw new AppError(ApiErrorCode.FORBIDDEN, 'Please read and accept the community guidelines before posting.', { reason: 'GUIDELINES_NOT_ACCEPTED' });
    }
    const until = [row?.silenced_until, row?.suspended_until].filter((d): d is Date => !!d && d.getTime() > Date.now());
    if (until.length > 0) {
      const end = new Date(Math.max(...until.map((d) => d.getTime())));
      const forever = end.getUTCFullYear() > 9000;
      throw new AppError(
        ApiErrorCode.FORBIDDEN,
        forever ? 'Your account is read-only.' : `Your account is read-only until ${end.toISOString()}.`,
        { reason: 'SILENCED' },
      );
    }
    if (isStaff(user.role) || !this.trustLimitsEnabled) return { premoderate: false, limits: null };
    const limits = (await this.trust.settings()).limits[row?.trust_level ?? 'NEW'];
    // Index-backed: the author's items of the last day (posts_author_idx / topics_author_idx).
    const [pace]: Array<{ today: number; last: Date | null }> = await this.db.query(
      kind === 'TOPIC'
        ? `SELECT count(*)::int AS today, max(created_at) AS last FROM topics WHERE author_id = $1 AND created_at > now() - interval '1 day'`
        : `SELECT count(*)::int AS today, max(created_at) AS last FROM posts WHERE author_id = $1 AND post_number > 1 AND created_at > now() - interval '1 day'`,
      [user.id],
    );
    // Only count approved posts when this level holds some for approval, and never past the limit.
    let approved = Number.MAX_SAFE_INTEGER;
    if (limits.premoderatedPosts > 0) {
      const [row]: Array<{ n: number }> = await this.db.query(
        `SELECT count(*)::int AS n FROM (SELECT 1 FROM posts WHERE author_id = $1 AND approval = 'APPROVED' LIMIT $2) x`,
        [user.id, limits.premoderatedPosts],
      );
      approved = row?.n ?? 0;
    }
    const perDay = kind === 'TOPIC' ? limits.topicsPerDay : limits.repliesPerDay;
    const interval = kind === 'TOPIC' ? limits.topicIntervalSeconds : limits.replyIntervalSeconds;
    const what = kind === 'TOPIC' ? 'topics' : 'replies';
    if (pace && pace.last) {
      const since = (Date.now() - new Date(pace.last).getTime()) / 1000;
      if (since < interval) {
        const wait = Math.ceil(interval - since);
        throw AppError.rateLimited(wait, `New members wait ${interval} seconds between ${what}. Try again in ${wait} seconds.`);
      }
    }
    if (pace && pace.today >= perDay) {
      throw AppError.rateLimited(3600, `You have reached today's limit of ${perDay} ${what} for your trust level.`);
    }
    return { premoderate: approved < limits.premoderatedPosts, limits };
  }

  /** Refuses more links or mentions than the member's trust level allows. */
  checkLinks(limits: TrustLimits | null, links: number, mentions: number): void {
    if (!limits) return;
    if (links > limits.maxLinks) {
      throw new AppError(ApiErrorCode.BAD_USER_INPUT, `New members may include at most ${limits.maxLinks} links in a post.`, { field: 'body', reason: 'TOO_MANY_LINKS' });
    }
    if (mentions > limits.maxMentions) {
      throw new AppError(ApiErrorCode.BAD_USER_INPUT, `New members may mention at most ${limits.maxMentions} people in a post.`, { field: 'body', reason: 'TOO_MANY_MENTIONS' });
    }
  }

  /** Applies the watched words to a title and body; throws BAD_USER_INPUT for a blocked word. */
  async apply(text: { title?: string; body: string }): Promise<PolicyResult> {
    const parts: Array<{ field: 'title' | 'body'; value: string }> = [{ field: 'body', value: text.body }];
    if (text.title !== undefined) parts.unshift({ field: 'title', value: text.title });
    const result: PolicyResult = { title: text.title, body: text.body, flagged: [], needsApproval: [] };
    for (const part of parts) {
      const matches: Array<{ word: string; action: WatchedAction }> = await this.db.query(
        `SELECT DISTINCT w.word, w.action FROM watched_words w
         WHERE ${CONFIGS.map((c) => `(numnode(plainto_tsquery('${c}', w.word)) > 0 AND to_tsvector('${c}', $1) @@ plainto_tsquery('${c}', w.word))`).join(' OR ')}`,
        [part.value],
      );
      const blocked = matches.find((m) => m.action === 'BLOCK');
      if (blocked) {
        throw new AppError(ApiErrorCode.BAD_USER_INPUT, `“${blocked.word}” is not allowed here. Please rephrase.`, { field: part.field, reason: 'WATCHED_WORD' });
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
      const [{ marked }]: Array<{ marked: string }> = await this.db.query(
        `SELECT ts_headline('${config}', $1, to_tsquery('${config}', $2), 'HighlightAll=true, StartSel=${START}, StopSel=${STOP}') AS marked`,
        [text, words.map((w) => `(${plainQuery(w)})`).join(' | ')],
      );
      text = marked.replace(new RegExp(`${START}([^${STOP}]*)${STOP}`, 'g'), (_m, word: string) => '■'.repeat([...word].length));
    }
    return text;
  }
}

/** A watched word as a tsquery of its words joined with AND, quoting each so no operator slips in. */
function plainQuery(word: string): string {
  const tokens = word.split(/\s+/).filter(Boolean).map((t) => `'${t.replace(/'/g, "''").replace(/\\/g, '')}'`);
  return tokens.length > 0 ? tokens.join(' & ') : "''";
}
