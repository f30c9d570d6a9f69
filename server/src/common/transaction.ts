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
