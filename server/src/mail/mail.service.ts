import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { afterCommit } from '../common/transaction.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { NO_TRANSPORT, smtpTransport, type MailTransport, type OutgoingMail } from './mail-transport.js';
import { MailRepository } from './mail.repository.js';

const POLL_MS = 5_000;
const BATCH = 10;
const MAX_ATTEMPTS = 8;

export type MailStatus = 'PENDING' | 'SENT' | 'FAILED';

/**
 * Outgoing email through a transactional outbox. `enqueue` writes the message in the caller's
 * transaction; after the commit (and every few seconds, on every instance) a delivery pass claims
 * due messages with SKIP LOCKED, sends them and marks them sent. A failed send is retried with
 * backoff (30 s, 1 min, 2 min, … up to an hour) and given up after eight attempts. A claim pushes
 * the message's next attempt forward first, so a process that dies mid-send leaves it to be retried:
 * delivery is at least once.
 */
@Injectable()
export class MailService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: MailTransport;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly repository: MailRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.transport = config.smtpUrl ? smtpTransport(config.smtpUrl) : NO_TRANSPORT;
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.kick(), POLL_MS);
    this.timer.unref();
    this.kick();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
    this.transport.close();
  }

  /** Where links in messages point. */
  get publicUrl(): string {
    return this.config.publicUrl;
  }

  /** Writes a message in the caller's transaction; delivery starts once it commits. */
  async enqueue(m: EntityManager, mail: OutgoingMail, about?: { type: string; id: string }): Promise<void> {
    await this.repository.insert(m, {
      to: mail.to,
      subject: mail.subject.slice(0, 300),
      text: mail.text,
      aboutType: about?.type ?? null,
      aboutId: about?.id ?? null,
    });
    afterCommit(m, () => this.kick());
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

  /** Starts a delivery pass now (or right after the current one). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.deliverDue()
      .catch((e: Error) => {
        this.logger.warn(`mail delivery pass failed: ${e.message}`);
        return 0;
      })
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** One pass: claims and sends due messages until none are left. Returns how many were sent. */
  async deliverDue(): Promise<number> {
    let sent = 0;
    for (let round = 0; round < 100 && !this.stopped; round++) {
      const claimed = await this.repository.claimDue(BATCH);
      if (claimed.length === 0) break;
      for (const mail of claimed) {
        try {
          await this.transport.send(this.config.mailFrom, { to: mail.to_address, subject: mail.subject, text: mail.text_body });
          await this.repository.markSent(mail.id);
          sent++;
        } catch (error) {
          const message = (error as Error).message.slice(0, 1000);
          // Without a mail server there is nothing to retry; otherwise give up after MAX_ATTEMPTS.
          const giveUp = !this.transport.configured || mail.attempts >= MAX_ATTEMPTS;
          await this.repository.markAttemptFailed(mail.id, message, giveUp);
          if (this.transport.configured) this.logger.warn(`mail to a recipient failed (attempt ${mail.attempts}${giveUp ? ', giving up' : ''}): ${message}`);
        }
      }
    }
    return sent;
  }
}
