import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { TrustLevel } from '../trust/trust-settings.js';
import type { WatchedWord } from './watched-words.cache.js';

/** Text-search configurations tried for whole-word matches: inflected English and Russian forms, and as written. */
export const CONFIGS = ['english', 'russian', 'simple'] as const;

export interface StandingRow {
  /** Null when the person has no row (the rules then treat them as unrestricted, as before). */
  silenced_until: Date | null;
  suspended_until: Date | null;
  membership: string | null;
  guidelines_accepted: number | null;
  trust_level: TrustLevel | null;
  require_guidelines: boolean | null;
  guidelines_version: number | null;
  /** Items of the last day and the newest of them; null when the pace was not asked for. */
  today: number | null;
  last: Date | null;
  /** Approved posts counted up to the level's premoderation limit; null when that limit is 0. */
  approved: number | null;
  /** Watched words found in each text part, in the order given; null when none were asked for. */
  matches: Array<Array<{ word: string; action: WatchedWord['action'] }>> | null;
}

export interface StandingQuery {
  userId: string;
  kind: 'TOPIC' | 'REPLY';
  /** Count the author's recent items (false for staff, or with the trust limits off). */
  pace: boolean;
  /** Per trust level, how many first posts wait for approval (0: no need to count). */
  premoderated: Partial<Record<TrustLevel, number>>;
  /** Per trust level, the daily limit of items of this kind. */
  perDay: Partial<Record<TrustLevel, number>>;
  /** Text to match against `words`, one entry per part (title, body). */
  parts: string[];
  words: readonly WatchedWord[];
}

/** Each part's matching watched words as a JSON array (the words come from the cache, not the table). */
function matchesSql(partParams: string[], wordsParam: string, actionsParam: string): string {
  const one = (part: string) => `(SELECT coalesce(json_agg(DISTINCT jsonb_build_object('word', w.word, 'action', w.action)), '[]')
       FROM unnest(${wordsParam}::text[], ${actionsParam}::text[]) AS w(word, action)
       WHERE ${CONFIGS.map((c) => `(numnode(plainto_tsquery('${c}', w.word)) > 0 AND to_tsvector('${c}', ${part}::text) @@ plainto_tsquery('${c}', w.word))`).join(' OR ')})`;
  return `json_build_array(${partParams.map(one).join(', ')})`;
}

/** The reads that decide whether, and how, a person's post is accepted (the words come from `WatchedWordsCache`). */
@Injectable()
export class ContentPolicyRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Everything the posting rules need, in one round trip: the person's standing, the community's
   * guideline version, their pace (index-backed: posts_author_idx / topics_author_idx, the last day
   * only), their approved posts up to the premoderation limit, and the watched words in the text.
   */
  async standing(q: StandingQuery): Promise<StandingRow> {
    const params: unknown[] = [q.userId, q.pace, JSON.stringify(q.premoderated)];
    const at = (value: unknown) => `$${params.push(value)}`;
    // The day's items are counted up to the level's daily limit, which is all the rule compares.
    const perDay = at(JSON.stringify(q.perDay));
    const pace =
      q.kind === 'TOPIC'
        ? `SELECT count(*)::int AS today, max(created_at) AS last FROM (SELECT created_at FROM topics WHERE $2 AND author_id = $1 AND created_at > now() - interval '1 day'
             ORDER BY created_at DESC LIMIT coalesce((${perDay}::jsonb ->> u.trust_level)::int, 2147483647)) x`
        : `SELECT count(*)::int AS today, max(created_at) AS last FROM (SELECT created_at FROM posts WHERE $2 AND author_id = $1 AND post_number > 1 AND created_at > now() - interval '1 day'
             ORDER BY created_at DESC LIMIT coalesce((${perDay}::jsonb ->> u.trust_level)::int, 2147483647)) x`;
    let matches = 'NULL::json';
    if (q.words.length > 0 && q.parts.length > 0) {
      const parts = q.parts.map((p) => at(p));
      matches = matchesSql(parts, at(q.words.map((w) => w.word)), at(q.words.map((w) => w.action)));
    }
    const [row]: StandingRow[] = await this.db.query(
      `SELECT u.silenced_until, u.suspended_until, u.membership, u.guidelines_accepted, u.trust_level,
         c.require_guidelines, (SELECT max(version) FROM guidelines) AS guidelines_version,
         CASE WHEN $2 THEN pace.today END AS today, pace.last,
         CASE WHEN coalesce(($3::jsonb ->> u.trust_level)::int, 0) > 0 THEN
           (SELECT count(*)::int FROM (SELECT 1 FROM posts WHERE author_id = $1 AND approval = 'APPROVED' LIMIT ($3::jsonb ->> u.trust_level)::int) x)
         END AS approved,
         ${matches} AS matches
       FROM (SELECT 1) one
       LEFT JOIN community c ON c.id = 1
       LEFT JOIN users u ON u.id = $1
       LEFT JOIN LATERAL (${pace}) pace ON true`,
      params,
    );
    return row!;
  }

  /** The reason given with the person's latest sanction of this kind (what they are told while it lasts); null when none. */
  async lastSanctionReason(userId: string, kind: 'SILENCE' | 'SUSPENSION'): Promise<string | null> {
    const [last]: Array<{ reason: string }> = await this.db.query(
      `SELECT reason FROM user_sanctions WHERE user_id = $1 AND kind = $2 ORDER BY created_at DESC LIMIT 1`,
      [userId, kind],
    );
    return last?.reason ?? null;
  }

  /** The watched words found in each text part (no person involved: e.g. a staff edit). */
  async matches(parts: string[], words: readonly WatchedWord[]): Promise<Array<Array<{ word: string; action: WatchedWord['action'] }>>> {
    if (words.length === 0 || parts.length === 0) return parts.map(() => []);
    const params: unknown[] = [...parts, words.map((w) => w.word), words.map((w) => w.action)];
    const [row]: Array<{ matches: Array<Array<{ word: string; action: WatchedWord['action'] }>> }> = await this.db.query(
      `SELECT ${matchesSql(parts.map((_, i) => `$${i + 1}`), `$${parts.length + 1}`, `$${parts.length + 2}`)} AS matches`,
      params,
    );
    return row!.matches;
  }

  /** The text with every inflected occurrence of the words (for one configuration) between START and STOP marks. */
  async marked(config: (typeof CONFIGS)[number], text: string, query: string, start: string, stop: string): Promise<string> {
    const [{ marked }]: Array<{ marked: string }> = await this.db.query(
      `SELECT ts_headline('${config}', $1, to_tsquery('${config}', $2), 'HighlightAll=true, StartSel=${start}, StopSel=${stop}') AS marked`,
      [text, query],
    );
    return marked;
  }
}
