import type { DataSource, EntityManager } from 'typeorm';

const AFTER_COMMIT = Symbol('afterCommit');
const BEFORE_COMMIT = Symbol('beforeCommit');
type WithHooks = EntityManager & {
  [AFTER_COMMIT]?: Array<() => void | Promise<void>>;
  [BEFORE_COMMIT]?: Array<() => Promise<unknown>>;
};

/**
 * Runs `work` in one database transaction; callbacks registered with `afterCommit` run only once
 * it has committed (live events, notification delivery), never for a rolled-back change.
 */
export async function transaction<T>(db: DataSource, work: (m: EntityManager) => Promise<T>): Promise<T> {
  const hooks: Array<() => void | Promise<void>> = [];
  const result = await db.transaction(async (m) => {
    const last: Array<() => Promise<unknown>> = [];
    (m as WithHooks)[AFTER_COMMIT] = hooks;
    (m as WithHooks)[BEFORE_COMMIT] = last;
    const value = await work(m);
    for (const statement of last) await statement();
    return value;
  });
  for (const hook of hooks) await Promise.resolve(hook()).catch(() => undefined);
  return result;
}

/**
 * Runs `statement` as the transaction's last work before COMMIT (at once outside one): for rows
 * many transactions update, such as a category's counters, so their lock is held briefly.
 */
export async function afterStatements(m: EntityManager, statement: () => Promise<unknown>): Promise<void> {
  const last = (m as WithHooks)[BEFORE_COMMIT];
  if (last) last.push(statement);
  else await statement();
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
