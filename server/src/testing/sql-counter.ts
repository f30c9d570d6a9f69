import pg from 'pg';

/**
 * The job queue's own polling and upkeep, which run in the background whatever a request does
 * (queueing a job, an INSERT, is the request's and is counted).
 */
function isQueueUpkeep(args: unknown[]): boolean {
  const first = args[0];
  const text = typeof first === 'string' ? first : typeof (first as { text?: unknown })?.text === 'string' ? (first as { text: string }).text : '';
  return text.includes('pgboss.') && !/INSERT INTO pgboss\.job\b/.test(text);
}

/**
 * Counts the SQL statements sent while `run` works (every pool client goes through
 * pg.Client.prototype.query), leaving out the job queue's background polling. Used to show a page
 * costs the same for 3 rows as for 20: no N+1.
 */
export async function countStatements<T>(run: () => Promise<T>): Promise<{ statements: number; result: T }> {
  let statements = 0;
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    if (!isQueueUpkeep(args)) statements++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    const result = await run();
    return { statements, result };
  } finally {
    pg.Client.prototype.query = original;
  }
}

/**
 * The least count of three runs: a per-instance cache refresh (categories, every 2 s) may add a
 * statement to any one run; a query per row would add one to every run.
 */
export async function leastStatements<T>(run: () => Promise<T>): Promise<{ statements: number; result: T }> {
  const runs = [await countStatements(run), await countStatements(run), await countStatements(run)];
  return { result: runs[0]!.result, statements: Math.min(...runs.map((r) => r.statements)) };
}
