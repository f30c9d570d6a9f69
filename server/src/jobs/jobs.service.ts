import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import type { Pool } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import { returningRows, transaction } from '../common/transaction.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { JobsRepository } from './jobs.repository.js';

export interface JobOptions {
  /** Attempts after the first (default 5). */
  retryLimit?: number;
  /** Seconds before the first retry (default 30). */
  retryDelaySeconds?: number;
  /** Doubles the delay on each retry (default true). */
  backoff?: boolean;
  /** A running job not finished after this long is given to another worker (default from config). */
  expireInSeconds?: number;
}

/** What a handler learns about its job besides its data. */
export interface JobRun {
  id: string;
  name: string;
  /** Retries so far (0 on the first attempt). */
  retryCount: number;
  retryLimit: number;
}

type ExactlyOnceHandler<T> = (data: T, m: EntityManager, job: JobRun) => Promise<void>;
type IdempotentHandler<T> = (data: T, job: JobRun) => Promise<void>;

interface Definition {
  name: string;
  options: JobOptions;
  /** Runs one job; exactly-once handlers are wrapped in their transaction with the run record. */
  run: (data: object, job: JobRun) => Promise<void>;
  cron?: string;
}

/** How long pg-boss keeps finished jobs, and so how long a run record is needed. */
const KEEP_DAYS = 14;
const BATCH = 20;
const PRUNE_JOB = 'jobs.prune-runs';

/**
 * Durable background work on a PostgreSQL job queue (pg-boss). Features declare their job kinds at
 * start-up (`define`, `defineIdempotent`, `every`), queue jobs in their own transactions
 * (`enqueue`: a job exists only if the work that asked for it committed), and every instance works
 * the queue: a job is fetched by one worker at a time (SKIP LOCKED), retried with backoff when it
 * fails, and given to another worker when its process dies (after `expireSeconds`).
 *
 * A job defined with `define` runs in one database transaction that also records the run
 * (`job_runs`), so its database effects happen exactly once across retries, crashes and instances.
 * Work with effects outside the database (sending mail) uses `defineIdempotent` and must tolerate a
 * second attempt after a crash (mail is delivered at least once).
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobsService.name);
  private readonly definitions = new Map<string, Definition>();
  private readonly boss: PgBoss;
  private started = false;
  private readonly startHooks: Array<() => Promise<unknown>> = [];

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: JobsRepository,
  ) {
    // pg-boss runs its statements on the server's own connection pool.
    const pool = (db.driver as unknown as { master: Pool }).master;
    this.boss = new PgBoss({
      db: { executeSql: (text, values) => pool.query(text, values) },
      schema: 'pgboss',
      supervise: true,
      // Tests run no schedules (they call scheduled work directly).
      schedule: config.env !== 'test',
      maintenanceIntervalSeconds: config.jobs.maintenanceSeconds,
    });
    this.boss.on('error', (e: Error) => this.logger.warn(`job queue: ${e.message}`));
    this.defineIdempotent(PRUNE_JOB, async () => void (await this.repository.pruneRuns(KEEP_DAYS)));
    this.every(PRUNE_JOB, '17 3 * * *');
  }

  /**
   * Declares a job kind whose handler's database effects happen exactly once: it runs in one
   * transaction with the record of the run. Call from a feature's constructor or onModuleInit.
   */
  define<T extends object>(name: string, handler: ExactlyOnceHandler<T>, options: JobOptions = {}): void {
    this.add(name, options, (data, job) =>
      transaction(this.db, async (m) => {
        if (!(await this.repository.claimRun(m, job.id, name))) return;
        await handler(data as T, m, job);
      }),
    );
  }

  /** Declares a job kind whose handler tolerates running twice (it checks what is already done). */
  defineIdempotent<T extends object>(name: string, handler: IdempotentHandler<T>, options: JobOptions = {}): void {
    this.add(name, options, (data, job) => handler(data as T, job));
  }

  /** Runs a declared job kind on a schedule (cron, UTC): once per slot across all instances. */
  every(name: string, cron: string): void {
    const definition = this.definitions.get(name);
    if (!definition) throw new Error(`job ${name} is not defined`);
    definition.cron = cron;
  }

  /** Queues a job in the caller's transaction: nothing is queued if it rolls back. Returns the job's id. */
  async enqueue<T extends object>(m: EntityManager, name: string, data: T, when: { startAfter?: Date; singletonKey?: string } = {}): Promise<string | null> {
    const definition = this.definitions.get(name);
    if (!definition) throw new Error(`job ${name} is not defined`);
    return this.boss.send(name, data, {
      ...this.sendOptions(definition.options),
      ...(when.startAfter ? { startAfter: when.startAfter } : {}),
      ...(when.singletonKey ? { singletonKey: when.singletonKey } : {}),
      db: { executeSql: async (text, values) => ({ rows: await returningRows(m, text, values) }) },
    });
  }

  /** Queues a job on its own, outside any transaction. */
  send<T extends object>(name: string, data: T, when: { startAfter?: Date; singletonKey?: string } = {}): Promise<string | null> {
    return transaction(this.db, (m) => this.enqueue(m, name, data, when));
  }

  /** Runs `hook` once the queue has started on this instance (work to queue at start-up). */
  afterStart(hook: () => Promise<unknown>): void {
    this.startHooks.push(hook);
  }

  /** Cancels a queued job (no effect once it has run). */
  async cancel(name: string, id: string): Promise<void> {
    await this.boss.cancel(name, id);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const d of this.definitions.values()) {
      await this.boss.createQueue(d.name, { name: d.name, policy: 'standard', ...this.sendOptions(d.options) });
      if (d.cron && this.config.env !== 'test') await this.boss.schedule(d.name, d.cron, {}, { tz: 'UTC' });
      await this.boss.work<object>(d.name, { batchSize: BATCH, includeMetadata: true, pollingIntervalSeconds: this.config.jobs.pollSeconds }, (jobs) =>
        this.runBatch(d, jobs),
      );
    }
    for (const hook of this.startHooks) await hook().catch((e: Error) => this.logger.warn(`job queue start-up work failed: ${e.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    // Lets running handlers finish; what does not finish in time is retried after it expires.
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000, close: false }).catch(() => undefined);
  }

  private add(name: string, options: JobOptions, run: Definition['run']): void {
    if (this.started) throw new Error(`job ${name} must be defined before the application starts`);
    if (this.definitions.has(name)) throw new Error(`job ${name} is defined twice`);
    this.definitions.set(name, { name, options, run });
  }

  private sendOptions(o: JobOptions): PgBoss.SendOptions {
    return {
      retryLimit: o.retryLimit ?? 5,
      retryDelay: o.retryDelaySeconds ?? 30,
      retryBackoff: o.backoff ?? true,
      expireInSeconds: o.expireInSeconds ?? this.config.jobs.expireSeconds,
    };
  }

  /**
   * One fetched batch, one job at a time, each in its own transaction. A job that throws is failed
   * on its own (pg-boss retries it later); the rest of the batch completes when this returns.
   */
  private async runBatch(d: Definition, jobs: Array<PgBoss.JobWithMetadata<object>>): Promise<void> {
    for (const job of jobs) {
      try {
        await d.run(job.data ?? {}, { id: job.id, name: job.name, retryCount: job.retryCount, retryLimit: job.retryLimit });
      } catch (error) {
        const message = (error as Error).message.slice(0, 1000);
        this.logger.warn(`job ${d.name} ${job.id} failed (attempt ${job.retryCount + 1}): ${message}`);
        await this.boss.fail(d.name, job.id, { message });
      }
    }
  }
}
