import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LIMITS } from '@townsquare/shared';
import { AppError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';

export interface TagRow {
  name: string;
  description: string;
  topicCount: number;
}

/** Tags: created by staff, used on topics (up to five each). */
@Injectable()
export class TagsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Tags by name prefix, most used first; at most 100. */
  async list(_ctx: RequestContext, prefix = ''): Promise<TagRow[]> {
    if (prefix.length > LIMITS.tagName.max) return [];
    const rows: Array<{ name: string; description: string; topic_count: number }> = await this.db.query(
      `SELECT g.name, g.description,
         (SELECT count(*)::int FROM topics t WHERE t.tags @> ARRAY[g.name]::varchar[] AND t.deleted_at IS NULL) AS topic_count
       FROM tags g WHERE g.name LIKE $1 ORDER BY topic_count DESC, g.name LIMIT 100`,
      [`${prefix.toLowerCase().replace(/[%_\\]/g, '')}%`],
    );
    return rows.map((r) => ({ name: r.name, description: r.description, topicCount: r.topic_count }));
  }

  async create(ctx: RequestContext, name: string, description = ''): Promise<TagRow> {
    const tag = name.trim().toLowerCase();
    if (tag.length < LIMITS.tagName.min || tag.length > LIMITS.tagName.max || !LIMITS.tagName.pattern.test(tag)) {
      throw AppError.badInput('name', 'INVALID_FORMAT', 'Use 2–30 characters: a–z, 0–9 and -, starting with a letter or digit.');
    }
    if (description.length > 200) throw AppError.badInput('description', 'TOO_LONG', 'The description may have at most 200 characters.');
    const rows: unknown[] = await this.db.query(
      `INSERT INTO tags (name, description, created_by) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING RETURNING name`,
      [tag, description.trim(), ctx.requireUser().id],
    );
    if (rows.length === 0) throw AppError.conflict('name', 'TAG_EXISTS', 'That tag already exists.');
    return { name: tag, description: description.trim(), topicCount: 0 };
  }
}
