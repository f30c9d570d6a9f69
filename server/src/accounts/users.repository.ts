import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UserEntity } from './user.entity.js';

/** The columns of a user row that the API reads, as `UserEntity` names them (never the password hash). */
const USER_COLUMNS = `id, handle, email, display_name AS "displayName", role, silenced_until AS "silencedUntil",
  suspended_until AS "suspendedUntil", flags_agreed AS "flagsAgreed", flags_disagreed AS "flagsDisagreed", membership,
  trust_level AS "trustLevel", guidelines_accepted AS "guidelinesAccepted", created_at AS "createdAt", updated_at AS "updatedAt"`;

/**
 * Queries of users on hot read paths, in plain SQL: every author on every page goes through
 * `byIds`, and building and hydrating the same query through the ORM cost more than the query.
 */
@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async byIds(ids: readonly string[]): Promise<UserEntity[]> {
    if (ids.length === 0) return [];
    const rows: Array<Partial<UserEntity>> = await this.db.query(`SELECT ${USER_COLUMNS} FROM users WHERE id = ANY($1::uuid[])`, [[...ids]]);
    return rows.map((row) => Object.assign(new UserEntity(), row));
  }
}
