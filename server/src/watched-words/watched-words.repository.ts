import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { returningRows } from '../common/transaction.js';
import type { WatchedWord } from './watched-words.cache.js';

export interface WatchedWordListRow {
  id: string;
  word: string;
  action: WatchedWord['action'];
  created_at: Date;
}

/** Every query of the watched words themselves (`watched_words`); matching them against text is `ContentPolicyRepository`'s. */
@Injectable()
export class WatchedWordsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The words as staff list them, alphabetically, at most `limit`. */
  list(limit: number): Promise<WatchedWordListRow[]> {
    return this.db.query(`SELECT id, word, action, created_at FROM watched_words ORDER BY lower(word), action LIMIT ${Math.trunc(limit)}`);
  }

  /** Every watched word (at most the service's limit), for the in-process cache. */
  allWords(): Promise<WatchedWord[]> {
    return this.db.query(`SELECT word, action FROM watched_words ORDER BY word, action`);
  }

  async count(m: Pick<EntityManager, 'query'>): Promise<number> {
    const [{ count }]: Array<{ count: number }> = await m.query(`SELECT count(*)::int AS count FROM watched_words`);
    return count;
  }

  /** Adds a word with an action; null when it already has that action. */
  async insert(m: Pick<EntityManager, 'query'>, word: string, action: WatchedWord['action'], createdBy: string): Promise<{ id: string; created_at: Date } | null> {
    const rows = await returningRows<{ id: string; created_at: Date }>(
      m,
      `INSERT INTO watched_words (word, action, created_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING id, created_at`,
      [word, action, createdBy],
    );
    return rows[0] ?? null;
  }

  /** Removes a word; what it was, or null when there was none. */
  async delete(m: Pick<EntityManager, 'query'>, id: string): Promise<{ word: string; action: string } | null> {
    const rows = await returningRows<{ word: string; action: string }>(m, `DELETE FROM watched_words WHERE id = $1 RETURNING word, action`, [id]);
    return rows[0] ?? null;
  }
}
