import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface TagEntry {
  name: string;
  description: string;
}

/** The tags themselves; how many topics carry each is the topics' to say (TopicsService.countByTags). */
@Injectable()
export class TagsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every tag whose name starts with `prefix` (already lower-case; LIKE wildcards are escaped here). */
  byPrefix(prefix: string): Promise<TagEntry[]> {
    return this.db.query(`SELECT name, description FROM tags WHERE name LIKE $1 ORDER BY name`, [`${prefix.replace(/[%_\\]/g, '\\$&')}%`]);
  }

  /** Adds a tag; false when the name is taken. */
  async insert(name: string, description: string, createdBy: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `INSERT INTO tags (name, description, created_by) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING RETURNING name`,
      [name, description, createdBy],
    );
    return rows.length > 0;
  }
}
