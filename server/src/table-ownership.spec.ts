import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Each table has one owner, the feature folder whose repositories write it; every other feature
 * calls the owner's service or repository. This test reads the server's source and fails when a
 * file writes (INSERT, UPDATE, DELETE, or an ORM save/update/insert/delete of an entity) a table
 * its feature does not own, so the rule holds as capabilities are added.
 */
const OWNERS: Record<string, string> = {
  users: 'accounts',
  sessions: 'accounts',
  audit_log: 'audit',
  categories: 'categories',
  category_counters: 'categories',
  category_moderators: 'categories',
  community: 'community',
  contests: 'contests',
  contest_entries: 'contests',
  contest_votes: 'contests',
  contest_winners: 'contests',
  mail_outbox: 'mail',
  user_sanctions: 'members',
  guidelines: 'membership',
  invitations: 'membership',
  inbox_duty: 'inbox',
  inbox_items: 'inbox',
  inbox_settings: 'inbox',
  job_runs: 'jobs',
  kpi_daily: 'analytics',
  kpi_category_days: 'analytics',
  kpi_rollups: 'analytics',
  kpi_member_returns: 'analytics',
  kpi_top_topics: 'analytics',
  member_activity_days: 'analytics',
  topic_response_times: 'analytics',
  visitor_days: 'analytics',
  visitor_salts: 'analytics',
  join_requests: 'membership',
  events: 'events',
  event_occurrences: 'events',
  event_rsvps: 'events',
  event_attendance: 'events',
  event_reminders_sent: 'events',
  feedback_marks: 'ideas',
  flags: 'moderation',
  idea_boards: 'ideas',
  ideas: 'ideas',
  idea_votes: 'ideas',
  idea_voters: 'ideas',
  idea_status_changes: 'ideas',
  idea_staff_notes: 'ideas',
  moderation_items: 'moderation',
  notifications: 'notifications',
  polls: 'polls',
  product_areas: 'ideas',
  poll_options: 'polls',
  poll_votes: 'polls',
  watches: 'notifications',
  reactions: 'reactions',
  review_marks: 'review',
  tags: 'tags',
  topics: 'topics',
  posts: 'topics',
  post_revisions: 'topics',
  topic_reads: 'topics',
  uploads: 'uploads',
  watched_words: 'watched-words',
};

const ENTITY_TABLES: Record<string, string> = {
  SessionEntity: 'sessions',
  UserEntity: 'users',
  CategoryEntity: 'categories',
  CommunityEntity: 'community',
  NotificationEntity: 'notifications',
  PostRevisionEntity: 'post_revisions',
  PostEntity: 'posts',
  TopicEntity: 'topics',
  UploadEntity: 'uploads',
};

/**
 * Deliberate exceptions, each with its reason. The demo seed fills a fresh installation with its
 * first categories, admin, topic and post in one transaction before any feature runs.
 */
const EXCEPTIONS: Record<string, string[]> = {
  'community/demo-seed.ts': ['categories', 'category_counters', 'users', 'topics', 'posts', 'idea_boards'],
};

const SRC = path.dirname(fileURLToPath(import.meta.url));
const SKIP_DIRS = new Set(['testing', 'migrations']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return SKIP_DIRS.has(name) ? [] : sourceFiles(full);
    return name.endsWith('.ts') && !/\.(int-)?spec\.ts$/.test(name) ? [full] : [];
  });
}

/** The tables a source file writes, by SQL text or by ORM call on an entity class. */
function writtenTables(source: string): Set<string> {
  const tables = new Set<string>();
  for (const match of source.matchAll(/\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?([a-z_]+)"?/g)) {
    if (OWNERS[match[1]!]) tables.add(match[1]!);
  }
  for (const match of source.matchAll(/\.(?:save|update|insert|delete|upsert|increment|decrement|softDelete)\(\s*(?:m\.create\(\s*)?(\w+Entity)\b/g)) {
    const table = ENTITY_TABLES[match[1]!];
    if (table) tables.add(table);
  }
  return tables;
}

describe('table ownership', () => {
  const files = sourceFiles(SRC).map((file) => ({ rel: path.relative(SRC, file), source: readFileSync(file, 'utf8') }));

  it('no feature writes a table another feature owns', () => {
    const violations: string[] = [];
    for (const { rel, source } of files) {
      const feature = rel.split(path.sep)[0]!;
      if (!rel.includes(path.sep)) continue;
      for (const table of writtenTables(source)) {
        if (OWNERS[table] === feature || EXCEPTIONS[rel]?.includes(table)) continue;
        violations.push(`${rel} writes ${table} (owned by ${OWNERS[table]})`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('the check sees writes in all the forms the code uses', () => {
    expect([...writtenTables("await m.query(`UPDATE topics SET x = 1`)")]).toEqual(['topics']);
    expect([...writtenTables('INSERT INTO "notifications" (a) VALUES (1)')]).toEqual(['notifications']);
    expect([...writtenTables('DELETE FROM watches WHERE true')]).toEqual(['watches']);
    expect([...writtenTables('await m.update(UserEntity, { id }, { role })')]).toEqual(['users']);
    expect([...writtenTables('return m.save(m.create(TopicEntity, fields));')]).toEqual(['topics']);
    expect([...writtenTables('SELECT * FROM users')]).toEqual([]);
  });

  it('every table the migrations create has an owner', () => {
    const migrations = path.join(SRC, 'database', 'migrations');
    const created = new Set<string>();
    for (const name of readdirSync(migrations)) {
      for (const match of readFileSync(path.join(migrations, name), 'utf8').matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?([a-z_]+)"?/g)) created.add(match[1]!);
    }
    created.delete('migrations');
    expect([...created].filter((table) => !OWNERS[table]).sort()).toEqual([]);
  });
});
