// The built server with one extra job kind, `probe.work`, for the job queue's crash test: each run
// inserts a row naming its job into `job_probe` inside the job's transaction, then lingers a little
// so that a kill lands while jobs are running. With PROBE_JOBS=N it queues N jobs once started.
import { createApp } from '@townsquare/server/dist/bootstrap.js';
import { loadConfig } from '@townsquare/server/dist/config/config.js';
import { JobsService } from '@townsquare/server/dist/jobs/jobs.service.js';
import { createRootLogger } from '@townsquare/server/dist/logging/logger.js';

const config = loadConfig();
const logger = createRootLogger(config.logLevel);
const app = await createApp({ config, logger, databaseUrl: config.databaseUrl });
const jobs = app.get(JobsService);
jobs.define('probe.work', async (data, m, job) => {
  await m.query(`INSERT INTO job_probe (job_id, n, pid) VALUES ($1, $2, $3)`, [job.id, data.n, process.pid]);
  await new Promise((resolve) => setTimeout(resolve, 40));
}, { retryDelaySeconds: 1, backoff: false });
await app.listen(config.port, '127.0.0.1');
const count = Number(process.env.PROBE_JOBS ?? 0);
for (let n = 0; n < count; n++) await jobs.send('probe.work', { n });
console.log(`probe ready: queued ${count}`);
