import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { JobsService, type JobRun } from '../jobs/jobs.service.js';
import { NO_TRANSPORT, smtpTransport, type MailTransport, type OutgoingMail } from './mail-transport.js';
import { MailRepository } from './mail.repository.js';

/** Attempts after the first: with backoff from 30 s this spans about two hours. */
const RETRIES = 7;
export const MAIL_JOB = 'mail.send';

export type MailStatus = 'PENDING' | 'SENT' | 'FAILED';

/**
 * Outgoing email through a transactional outbox. `enqueue` writes the message and queues its
 * delivery job in the caller's transaction, so a message exists and is sent only if that work
 * committed. The job sends it and marks it sent; a refused send is retried by the queue with
 * backoff (30 s, 1 min, 2 min, …) and the message is marked failed after the last attempt. A
 * process that dies mid-send leaves the job to be retried once it expires: delivery is at least
 * once, and a message already marked sent is never sent again.
 */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: MailTransport;

  constructor(
    private readonly repository: MailRepository,
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.transport = config.smtpUrl ? smtpTransport(config.smtpUrl) : NO_TRANSPORT;
    jobs.defineIdempotent<{ mailId: string }>(MAIL_JOB, (data, job) => this.deliver(data.mailId, job), { retryLimit: RETRIES, retryDelaySeconds: 30 });
    // Messages written before deliveries were queued jobs (an upgrade) get their job at start-up.
    jobs.afterStart(async () => {
      for (const mailId of await this.repository.pendingWithoutJob(MAIL_JOB)) await jobs.send(MAIL_JOB, { mailId });
    });
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }

  /** Where links in messages point. */
  get publicUrl(): string {
    return this.config.publicUrl;
  }

  /** Writes a message in the caller's transaction; delivery starts once it commits. */
  async enqueue(m: EntityManager, mail: OutgoingMail, about?: { type: string; id: string }): Promise<void> {
    const mailId = await this.repository.insert(m, {
      to: mail.to,
      subject: mail.subject.slice(0, 300),
      text: mail.text,
      aboutType: about?.type ?? null,
      aboutId: about?.id ?? null,
    });
    await this.jobs.enqueue(m, MAIL_JOB, { mailId });
  }

  /** Delivery status of the latest message about each of some things (e.g. invitations). */
  async statusOf(aboutType: string, ids: readonly string[]): Promise<Array<{ status: MailStatus; error: string | null } | null>> {
    const rows = await this.repository.latestAbout(aboutType, ids);
    const byId = new Map(rows.map((r) => [r.about_id, r]));
    return ids.map((id) => {
      const r = byId.get(id);
      if (!r) return null;
      return { status: r.sent_at ? 'SENT' : r.failed_at ? 'FAILED' : 'PENDING', error: r.sent_at ? null : r.last_error };
    });
  }

  /** One attempt at one message; throws to have the queue try again later. */
  private async deliver(mailId: string, job: JobRun): Promise<void> {
    const mail = await this.repository.pending(mailId);
    if (!mail) return; // sent, given up, or gone
    try {
      await this.transport.send(this.config.mailFrom, { to: mail.to_address, subject: mail.subject, text: mail.text_body });
    } catch (error) {
      const message = (error as Error).message.slice(0, 1000);
      // Without a mail server there is nothing to retry; otherwise give up after the last retry.
      const giveUp = !this.transport.configured || job.retryCount >= job.retryLimit;
      await this.repository.markAttemptFailed(mail.id, message, giveUp);
      if (giveUp) {
        if (this.transport.configured) this.logger.warn(`mail to a recipient failed for good after ${job.retryCount + 1} attempts: ${message}`);
        return;
      }
      throw error;
    }
    await this.repository.markSent(mail.id);
  }
}
