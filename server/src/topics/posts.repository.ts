import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { USER_COLUMNS, userFromJson } from '../accounts/users.repository.js';
import type { UserEntity } from '../accounts/user.entity.js';
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
    const entity = this.db.getRepository(PostEntity).create() as PostRow;
    for (const column of this.db.getMetadata(PostEntity).columns) {
      if (column.databaseName in raw) (entity as unknown as Record<string, unknown>)[column.propertyName] = raw[column.databaseName];
    }
    return entity;
  }
}
