import type { DataSource } from 'typeorm';

/** An arbitrary constant naming Townsquare's schema lock among PostgreSQL advisory locks. */
const MIGRATION_LOCK_KEY = 7_246_311_001;

/**
 * Runs pending migrations, then `afterMigrate` (the first-start seed), while holding a
 * session-level advisory lock: several instances starting together take turns, and the ones
 * after the first find nothing left to do.
 */
export async function migrateWithLock(dataSource: DataSource, afterMigrate: () => Promise<void>): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'all' });
    await afterMigrate();
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}
