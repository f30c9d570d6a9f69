import type { DataSource, EntityManager } from 'typeorm';

const AFTER_COMMIT = Symbol('afterCommit');
type WithHooks = EntityManager & { [AFTER_COMMIT]?: Array<() => void | Promise<void>> };

/**
 * Runs `work` in one database transaction; callbacks registered with `afterCommit` run only once
 * it has committed (live events, notification delivery), never for a rolled-back change.
 */
export async function transaction<T>(db: DataSource, work: (m: EntityManager) => Promise<T>): Promise<T> {
  const hooks: Array<() => void | Promise<void>> = [];
  const result = await db.transaction(async (m) => {
    (m as WithHooks)[AFTER_COMMIT] = hooks;
    return work(m);
  });
  for (const hook of hooks) await Promise.resolve(hook()).catch(() => undefined);
  return result;
}

/** Defers `hook` until the transaction of `m` commits (runs at once outside one). */
export function afterCommit(m: EntityManager, hook: () => void | Promise<void>): void {
  const hooks = (m as WithHooks)[AFTER_COMMIT];
  if (hooks) hooks.push(hook);
  else void Promise.resolve(hook()).catch(() => undefined);
}

/**
 * Runs a statement with RETURNING and gives its rows. (TypeORM answers UPDATE and DELETE with
 * `[rows, affectedCount]` but INSERT and SELECT with `rows`.)
 */
export async function returningRows<T>(m: Pick<EntityManager, 'query'>, sql: string, params: unknown[]): Promise<T[]> {
  const result: unknown = await m.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
