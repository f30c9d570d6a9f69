import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CursorKey } from '../common/pagination.js';
import { TopicEntity } from './topic.entity.js';
import { TopicFilter, TopicSort, TopPeriod } from './topic.objects.js';

export interface TopicListQuery {
  categoryIds: string[];
  singleCategory: boolean;
  sort: TopicSort;
  period: TopPeriod;
  filter: TopicFilter;
  tag?: string;
  authorId?: string;
  viewerId?: string;
  includeDeleted: boolean;
  after: CursorKey | null;
  limit: number;
}

/** How each sort orders rows: the key expressions (all DESC), matching an index in the migrations. */
const SORT_KEYS: Record<TopicSort, { expr: string; cast: string }> = {
  [TopicSort.LATEST]: { expr: 't.last_posted_at', cast: 'timestamptz' },
  [TopicSort.NEW]: { expr: 't.created_at', cast: 'timestamptz' },
  [TopicSort.HOT]: { expr: 't.hot_score', cast: 'float8' },
  [TopicSort.TOP]: { expr: '(t.reply_count + 2 * t.reaction_count)', cast: 'int' },
  [TopicSort.UNANSWERED]: { expr: 't.created_at', cast: 'timestamptz' },
};

const PERIOD_INTERVAL: Record<TopPeriod, string | null> = {
  [TopPeriod.DAY]: '1 day',
  [TopPeriod.WEEK]: '7 days',
  [TopPeriod.MONTH]: '30 days',
  [TopPeriod.YEAR]: '365 days',
  [TopPeriod.ALL]: null,
};

/** Days a topic counts as "new" for a member who has not opened it. */
export const NEW_TOPIC_DAYS = 14;

export type TopicRow = TopicEntity & { sortKey: string };

@Injectable()
export class TopicsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One keyset page of topics: WHERE (key, id) < cursor ORDER BY key DESC, id DESC LIMIT n. */
  async list(q: TopicListQuery): Promise<TopicRow[]> {
    const key = SORT_KEYS[q.sort];
    const params: unknown[] = [];
    const p = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where: string[] = [`t.category_id = ANY(${p(q.categoryIds)}::uuid[])`];
    if (!q.includeDeleted) where.push('t.deleted_at IS NULL AND t.hidden_at IS NULL');
    if (q.tag) where.push(`t.tags @> ARRAY[${p(q.tag)}]::varchar[]`);
    if (q.authorId) where.push(`t.author_id = ${p(q.authorId)}`);
    if (q.sort === TopicSort.UNANSWERED) {
      where.push(`t.kind = 'QUESTION' AND t.accepted_post_id IS NULL AND t.staff_answered_at IS NULL`);
    }
    const interval = q.sort === TopicSort.TOP ? PERIOD_INTERVAL[q.period] : null;
    if (interval) where.push(`t.created_at > now() - interval '${interval}'`);
    if (q.sort === TopicSort.LATEST) {
      // Pinned topics lead the first page instead (see pinned()).
      where.push(q.singleCategory ? 't.pinned_at IS NULL' : 'NOT (t.pinned_at IS NOT NULL AND t.pinned_globally)');
    }
    let join = '';
    if (q.filter !== TopicFilter.ALL && q.viewerId) {
      join = `LEFT JOIN topic_reads r ON r.topic_id = t.id AND r.user_id = ${p(q.viewerId)}`;
      where.push(
        q.filter === TopicFilter.NEW
          ? `r.user_id IS NULL AND t.created_at > now() - interval '${NEW_TOPIC_DAYS} days'`
          : `r.last_read_post_number < t.post_number_seq`,
      );
    }
    if (q.after) where.push(`(${key.expr}, t.id) < (${p(q.after[0])}::${key.cast}, ${p(q.after[1])}::uuid)`);
    const sql = `
      SELECT t.*, ${key.expr}::text AS sort_key
      FROM topics t ${join}
      WHERE ${where.join(' AND ')}
      ORDER BY ${key.expr} DESC, t.id DESC
      LIMIT ${p(q.limit)}`;
    const rows: Array<Record<string, unknown>> = await this.db.query(sql, params);
    return rows.map((r) => this.hydrate(r));
  }

  /** Pinned topics for the head of a LATEST list: global pins everywhere, category pins in their category. */
  async pinned(categoryIds: string[], singleCategory: boolean): Promise<TopicRow[]> {
    const rows: Array<Record<string, unknown>> = await this.db.query(
      `SELECT t.*, t.last_posted_at::text AS sort_key FROM topics t
       WHERE t.pinned_at IS NOT NULL AND t.deleted_at IS NULL AND t.hidden_at IS NULL AND t.category_id = ANY($1::uuid[])
         ${singleCategory ? '' : 'AND t.pinned_globally'}
       ORDER BY t.pinned_globally DESC, t.pinned_at DESC LIMIT 20`,
      [categoryIds],
    );
    return rows.map((r) => this.hydrate(r));
  }

  private hydrate(raw: Record<string, unknown>): TopicRow {
    const entity = this.db.getRepository(TopicEntity).create();
    const metadata = this.db.getMetadata(TopicEntity);
    for (const column of metadata.columns) {
      if (column.databaseName in raw) (entity as unknown as Record<string, unknown>)[column.propertyName] = raw[column.databaseName];
    }
    return Object.assign(entity, { sortKey: String(raw.sort_key) });
  }
}
