import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/** Every query of the jobs feature's own table (`job_runs`); the queue's tables belong to pg-boss. */
@Injectable()
export class JobsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Inside the job's transaction: records that the job ran. False when a run of the same job has
   * already committed (a retry after a crash or an expiry); a concurrent run waits on the row lock
   * until the first commits or rolls back, so two runs never both do the work.
   */
  async claimRun(m: EntityManager, jobId: string, queue: string): Promise<boolean> {
    const rows: unknown[] = await m.query(`INSERT INTO job_runs (job_id, queue) VALUES ($1, $2) ON CONFLICT (job_id) DO NOTHING RETURNING job_id`, [jobId, queue]);
    return rows.length === 1;
  }

  /** Forgets runs older than the queue keeps its jobs (nothing can retry them any more). */
  async pruneRuns(olderThanDays: number): Promise<number> {
    const [, count]: [unknown, number] = await this.db.query(`DELETE FROM job_runs WHERE ran_at < now() - make_interval(days => $1)`, [olderThanDays]);
    return count;
  }
}
