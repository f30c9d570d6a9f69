import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../database/prepared.js';
import { UserEntity } from './user.entity.js';

/** The columns of a user row that the API reads, as `UserEntity` names them (never the password hash). */
export const USER_COLUMNS = `id, handle, email, display_name AS "displayName", role, silenced_until AS "silencedUntil",
  suspended_until AS "suspendedUntil", flags_agreed AS "flagsAgreed", flags_disagreed AS "flagsDisagreed", membership,
  trust_level AS "trustLevel", guidelines_accepted AS "guidelinesAccepted", created_at AS "createdAt", updated_at AS "updatedAt"`;

/**
 * Queries of users on hot read paths, in plain SQL: every author on every page goes through
 * `byIds`, and building and hydrating the same query through the ORM cost more than the query.
 */
const DATE_FIELDS = ['silencedUntil', 'suspendedUntil', 'createdAt', 'updatedAt'] as const;

/**
 * A user row that another feature's statement fetched as JSON (`to_json` of USER_COLUMNS), e.g.
 * the authors of a topic list in the list's own statement: JSON carries dates as text.
 */
export function userFromJson(json: Record<string, unknown> | null): UserEntity | null {
  if (!json) return null;
  const user = Object.assign(new UserEntity(), json);
  for (const field of DATE_FIELDS) {
    const value = json[field];
    (user as unknown as Record<string, unknown>)[field] = typeof value === 'string' ? new Date(value) : null;
  }
  return user;
}

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async byIds(ids: readonly string[]): Promise<UserEntity[]> {
    if (ids.length === 0) return [];
    const rows = await preparedQuery<Partial<UserEntity>>(this.db, `SELECT ${USER_COLUMNS} FROM users WHERE id = ANY($1::uuid[])`, [[...ids]]);
    return rows.map((row) => Object.assign(new UserEntity(), row));
  }
}
