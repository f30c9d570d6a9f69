import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { USER_COLUMNS, userFromJson } from '../accounts/users.repository.js';
import type { UserEntity } from '../accounts/user.entity.js';
import { hydrateEntity } from '../database/hydrate.js';
import { preparedQuery } from '../database/prepared.js';
import { PostEntity } from './post.entity.js';

/** What a page fetched beside a post, for its field resolvers (absent: not fetched). */
export interface PostRelated {
  author?: UserEntity | null;
  /** The reactions the viewer gave this post. */
  viewerReactions?: string[];
}

export type PostRow = PostEntity & { related?: PostRelated };

export interface PostPageQuery {
  topicId: string;
  /** Posts numbered above this one. */
  afterNumber: number;
  limit: number;
  /** Whether the reader moderates the topic's category: sees deleted, hidden and held posts. */
  seesAll: boolean;
  viewerId?: string;
  related?: { people?: boolean; viewerReactions?: boolean };
}

/** Reads of posts on the topic page, in plain SQL: the page's rows and their related rows in one statement. */
@Injectable()
export class PostsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One page of a topic's posts in order: keyset on (topic_id, post_number). */
  async page(q: PostPageQuery): Promise<PostRow[]> {
    const params: unknown[] = [q.topicId, q.afterNumber, q.limit];
    const p = (value: unknown) => `$${params.push(value)}`;
    const where = ['p.topic_id = $1', 'p.post_number > $2'];
    if (!q.seesAll) {
      // A reader sees what everyone sees, and their own hidden or held posts.
      where.push(`p.deleted_at IS NULL AND ((p.hidden_at IS NULL AND p.approval = 'APPROVED') OR p.author_id = ${p(q.viewerId ?? '00000000-0000-0000-0000-000000000000')})`);
    }
    const related: string[] = [];
    if (q.related?.people) related.push(`(SELECT to_json(u) FROM (SELECT ${USER_COLUMNS} FROM users WHERE id = p.author_id) u) AS rel_author`);
    if (q.related?.viewerReactions && q.viewerId) {
      related.push(`ARRAY(SELECT r.kind FROM reactions r WHERE r.user_id = ${p(q.viewerId)} AND r.post_id = p.id) AS rel_mine`);
    }
    const rows = await preparedQuery(
      this.db,
      `SELECT ${this.columns()}${related.map((c) => `, ${c}`).join('')}
       FROM posts p WHERE ${where.join(' AND ')}
       ORDER BY p.post_number LIMIT $3`,
      params,
    );
    return rows.map((raw) => {
      const post = this.hydrate(raw);
      if (!q.related) return post;
      post.related = {};
      if ('rel_author' in raw) post.related.author = userFromJson(raw.rel_author as Record<string, unknown> | null);
      if ('rel_mine' in raw) post.related.viewerReactions = raw.rel_mine as string[];
      return post;
    });
  }

  /**
   * A member's posts that every reader of the given categories sees, newest first, at millisecond
   * precision (cursors carry JavaScript dates); brand posts only when `includeBrand`.
   */
  async byAuthor(q: {
    authorId: string;
    readableCategoryIds: readonly string[];
    includeBrand: boolean;
    before: { at: string; id: string } | null;
    limit: number;
  }): Promise<PostRow[]> {
    const params: unknown[] = [q.authorId, [...q.readableCategoryIds], q.limit];
    const where = [
      `p.author_id = $1 AND p.deleted_at IS NULL AND p.hidden_at IS NULL AND p.approval = 'APPROVED'`,
      `t.deleted_at IS NULL AND t.hidden_at IS NULL AND t.category_id = ANY($2::uuid[])`,
    ];
    if (!q.includeBrand) where.push('NOT p.as_brand');
    if (q.before) {
      params.push(q.before.at, q.before.id);
      where.push(`(date_trunc('milliseconds', p.created_at), p.id) < ($4::timestamptz, $5::uuid)`);
    }
    const rows: Array<Record<string, unknown>> = await this.db.query(
      `SELECT ${this.columns()} FROM posts p JOIN topics t ON t.id = p.topic_id
       WHERE ${where.join(' AND ')}
       ORDER BY date_trunc('milliseconds', p.created_at) DESC, p.id DESC LIMIT $3`,
      params,
    );
    return rows.map((raw) => this.hydrate(raw));
  }

  /** A topic's posts created or changed after a moment, in order (the reconnect catch-up). */
  async changedSince(topicId: string, since: Date, limit: number): Promise<PostRow[]> {
    const rows: Array<Record<string, unknown>> = await this.db.query(
      `SELECT ${this.columns()} FROM posts p WHERE p.topic_id = $1 AND p.updated_at > $2 ORDER BY p.post_number LIMIT $3`,
      [topicId, since, limit],
    );
    return rows.map((raw) => this.hydrate(raw));
  }

  /** Which of these posts speak as the brand. */
  async brandIds(ids: readonly string[]): Promise<Set<string>> {
    const rows: Array<{ id: string }> = await this.db.query(`SELECT id FROM posts WHERE id = ANY($1::uuid[]) AND as_brand`, [[...ids]]);
    return new Set(rows.map((r) => r.id));
  }

  /** Per topic, its first reply written as the brand that every reader sees (the official answer). */
  async officialAnswers(topicIds: readonly string[]): Promise<PostRow[]> {
    const rows: Array<Record<string, unknown>> = await this.db.query(
      `SELECT DISTINCT ON (p.topic_id) ${this.columns()} FROM posts p
       WHERE p.topic_id = ANY($1::uuid[]) AND p.as_brand AND p.post_number > 1
         AND p.deleted_at IS NULL AND p.hidden_at IS NULL AND p.approval = 'APPROVED'
       ORDER BY p.topic_id, p.post_number`,
      [[...topicIds]],
    );
    return rows.map((raw) => this.hydrate(raw));
  }

  private columnList: string | null = null;

  /** The post columns the entity maps, named for `p` (never `p.*`: the search vector stays in the database). */
  private columns(): string {
    this.columnList ??= this.db
      .getMetadata(PostEntity)
      .columns.map((c) => `p.${c.databaseName}`)
      .join(', ');
    return this.columnList;
  }

  private hydrate(raw: Record<string, unknown>): PostRow {
    return hydrateEntity(this.db, PostEntity, raw);
  }
}
