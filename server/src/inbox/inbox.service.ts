import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Permission, roleHasPermission, type Role } from '@townsquare/shared';
import { DomainEvents } from '../app-events.js';
import { AuditService } from '../audit/audit.service.js';
import { ModerationScopeService } from '../categories/moderation-scope.service.js';
import { AppError, InputErrorReason } from '../common/app-error.js';
import { addBusinessMillis, businessClock, businessHoursProblem, businessMillisBetween, subtractBusinessMillis, type BusinessHours } from '../common/business-hours.js';
import { decodeCursor, pageSize, toPage, type Page } from '../common/pagination.js';
import type { AuthUser, RequestContext } from '../common/request-context.js';
import { afterCommit, transaction } from '../common/transaction.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { JobsService } from '../jobs/jobs.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { TopicAccessService } from '../topics/topic-access.service.js';
import type { TopicEntity } from '../topics/topic.entity.js';
import { alreadyWaiting, badBusinessHours, claimedByOther, notClaimed, notWaiting } from './inbox.errors.js';
import { InboxItemState, type InboxFilterInput, type InboxItemObject, type InboxReason, type InboxSummaryObject, type UpdateInboxSettingsInput } from './inbox.objects.js';
import { InboxRepository, type InboxItemRow, type InboxSettingsRow } from './inbox.repository.js';

export const OVERDUE_JOB = 'inbox.overdue';
const MINUTE = 60_000;
/** Items checked per overdue pass, longest waiting first. */
const OVERDUE_BATCH = 200;

/** Where an item stands against the target at `now`, from its business-hours wait. */
export function inboxState(waitedMs: number, targetMs: number): InboxItemState {
  if (waitedMs >= targetMs) return InboxItemState.OVERDUE;
  return targetMs - waitedMs <= Math.max(targetMs / 4, MINUTE) ? InboxItemState.DUE_SOON : InboxItemState.ON_TIME;
}

/**
 * The team's reply inbox: what awaits an answer from the team, how long it has waited in business
 * hours against the community's target, who is answering it, and who is told when it is late.
 * Items are opened and closed by the forum's own writes (see InboxRepository); staff claim,
 * release, dismiss and send topics here. Moderators scoped to categories see only theirs.
 */
@Injectable()
export class InboxService {
  private readonly logger = new Logger(InboxService.name);

  constructor(
    private readonly repository: InboxRepository,
    private readonly scopes: ModerationScopeService,
    private readonly access: TopicAccessService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    jobs: JobsService,
  ) {
    jobs.defineIdempotent(OVERDUE_JOB, async () => void (await this.notifyOverdue()), { retryLimit: 1 });
    if (config.env !== 'test') jobs.every(OVERDUE_JOB, '* * * * *'); // tests call notifyOverdue directly
    // Staff screens hear of every change to an item. A reply's statement says itself whether it changed
    // one (PostsService publishes `inbox.changed`); a member's new question or idea always files one.
    events.subscribe('post.created', ({ post, topic, topicCreated }) => {
      if (topicCreated && !post.authorIsStaff && (topic.kind === 'QUESTION' || topic.kind === 'IDEA')) this.announce(topic);
    });
    // Accepted answers, hidden, moved and deleted topics change what the inbox shows.
    events.subscribe('topic.updated', ({ topic }) => void this.announceIfFiled(topic));
  }

  // ---- reading -----------------------------------------------------------------------------------

  /** The categories whose items this person sees: null for all. */
  private async scopeOf(user: AuthUser): Promise<string[] | null> {
    const scope = await this.scopes.scopeOf(user);
    if (scope.kind === 'ALL') return null;
    return scope.kind === 'CATEGORIES' ? [...scope.categoryIds] : [];
  }

  async list(ctx: RequestContext, filter: InboxFilterInput | null, first: number | null, after: string | null): Promise<Page<InboxItemObject>> {
    const me = ctx.requireUser();
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    let categories = await this.scopeOf(me);
    if (filter?.categoryId) categories = categories === null || categories.includes(filter.categoryId) ? [filter.categoryId] : [];
    if (categories && categories.length === 0) return { nodes: [], hasNextPage: false, endCursor: null };
    const [rows, settings] = await Promise.all([
      this.repository.open(categories, { claimedBy: filter?.mine ? me.id : undefined, unclaimed: !!filter?.unclaimed }, cursor, size),
      this.repository.settings(),
    ]);
    const page = toPage(rows, size, (r) => [r.waitingKey, r.topicId]);
    const topics = await this.access.readableTopics(ctx, page.nodes.map((r) => r.topicId));
    const now = new Date();
    const nodes = page.nodes.flatMap((row, i) => (topics[i] ? [this.view(row, topics[i], settings, now)] : []));
    return { ...page, nodes };
  }

  /** One item as staff see it now; NOT_WAITING when the topic awaits nothing. */
  async item(ctx: RequestContext, topicId: string): Promise<InboxItemObject> {
    const { topic } = await this.staffTopic(ctx, topicId);
    const row = await this.repository.item(topic.id);
    if (!row || row.closedAt) throw notWaiting();
    return this.view(row, topic, await this.repository.settings(), new Date());
  }

  async summary(ctx: RequestContext): Promise<InboxSummaryObject> {
    const me = ctx.requireUser();
    const categories = await this.scopeOf(me);
    const settings = await this.repository.settings();
    const now = new Date();
    const target = settings.targetMinutes * MINUTE;
    // Whatever waits since this instant or earlier is past the target now.
    const lateSince = subtractBusinessMillis(now, target, settings.businessHours);
    const [counts, duty] = await Promise.all([
      categories && categories.length === 0 ? { open: 0, mine: 0, unclaimed: 0, overdue: 0 } : this.repository.counts(categories, me.id, lateSince),
      this.repository.onDuty(),
    ]);
    const clock = businessClock(now, settings.businessHours);
    return {
      ...counts,
      targetMinutes: settings.targetMinutes,
      withinHours: clock.open,
      hoursChangeAt: clock.changesAt,
      viewerOnDuty: duty.some((d) => d.id === me.id),
      onDutyIds: duty.map((d) => d.id),
    };
  }

  private view(row: InboxItemRow, topic: TopicEntity, settings: InboxSettingsRow, now: Date): InboxItemObject {
    const target = settings.targetMinutes * MINUTE;
    const waited = businessMillisBetween(row.waitingSince, now, settings.businessHours);
    const held = !!row.claimedBy && !!row.claimedUntil && row.claimedUntil > now;
    return {
      topic,
      topicId: row.topicId,
      reason: row.reason as InboxReason,
      waitingSince: row.waitingSince,
      waitingPostId: row.waitingPostId,
      waitingKey: row.waitingKey,
      dueAt: addBusinessMillis(row.waitingSince, target, settings.businessHours),
      waitedSeconds: Math.floor(waited / 1000),
      state: inboxState(waited, target),
      claimedById: held ? row.claimedBy : null,
      claimedUntil: held ? row.claimedUntil : null,
    };
  }

  /** The topic, if this staff member may read and moderate it; NOT_FOUND or FORBIDDEN otherwise. */
  private async staffTopic(ctx: RequestContext, topicId: string): Promise<{ topic: TopicEntity }> {
    const { topic } = await this.access.readableTopic(ctx, topicId);
    await this.scopes.assertCanModerate(ctx.requireUser(), topic.categoryId);
    return { topic };
  }

  // ---- staff actions -----------------------------------------------------------------------------

  /** Takes the item for this staff member until the claim lapses; CLAIMED_BY_OTHER while someone else holds it. */
  async claim(ctx: RequestContext, topicId: string): Promise<InboxItemObject> {
    const me = ctx.requireUser();
    const { topic } = await this.staffTopic(ctx, topicId);
    const settings = await this.repository.settings();
    const row = await this.repository.claim(topic.id, me.id, settings.claimMinutes);
    if (!row) {
      const now = await this.repository.item(topic.id);
      if (!now || now.closedAt || !now.claimedBy || !now.claimedUntil) throw notWaiting();
      const holder = await this.repository.handleOf(now.claimedBy);
      throw claimedByOther(holder ?? 'someone', now.claimedUntil);
    }
    this.announce(topic);
    return this.view(row, topic, settings, new Date());
  }

  /** Lets go of one's claim; community managers and admins may release anyone's. */
  async release(ctx: RequestContext, topicId: string): Promise<InboxItemObject> {
    const me = ctx.requireUser();
    const { topic } = await this.staffTopic(ctx, topicId);
    const row = await this.repository.release(topic.id, me.id, roleHasPermission(me.role as Role, Permission.InboxManage));
    if (!row) throw notClaimed();
    this.announce(topic);
    return this.view(row, topic, await this.repository.settings(), new Date());
  }

  /** Closes the item as needing no reply (recorded in the audit log). */
  async dismiss(ctx: RequestContext, topicId: string): Promise<boolean> {
    const me = ctx.requireUser();
    const { topic } = await this.staffTopic(ctx, topicId);
    await transaction(this.db, async (m) => {
      const row = await this.repository.dismiss(m, topic.id, me.id);
      if (!row) throw notWaiting();
      await this.audit.record(m, { actorId: me.id, action: 'inbox.dismiss', targetType: 'TOPIC', targetId: topic.id });
      afterCommit(m, () => this.announce(topic));
    });
    return true;
  }

  /** Sends a topic to the inbox by hand: it waits from now. ALREADY_WAITING when it already does. */
  async send(ctx: RequestContext, topicId: string): Promise<InboxItemObject> {
    const me = ctx.requireUser();
    const { topic } = await this.staffTopic(ctx, topicId);
    const row = await transaction(this.db, async (m) => {
      const sent = await this.repository.send(m, topic);
      if (!sent) throw alreadyWaiting();
      await this.audit.record(m, { actorId: me.id, action: 'inbox.send', targetType: 'TOPIC', targetId: topic.id });
      afterCommit(m, () => this.announce(topic));
      return sent;
    });
    return this.view(row, topic, await this.repository.settings(), new Date());
  }

  /** Goes on or off duty: who is on duty is told when an item crosses the target. */
  async setDuty(ctx: RequestContext, onDuty: boolean): Promise<boolean> {
    await this.repository.setDuty(ctx.requireUser().id, onDuty);
    return onDuty;
  }

  // ---- settings ----------------------------------------------------------------------------------

  async settings(): Promise<InboxSettingsRow> {
    return this.repository.settings();
  }

  /** How many members' questions and ideas await a first answer now (all categories). */
  async unansweredCount(): Promise<number> {
    return this.repository.unansweredCount();
  }

  async updateSettings(ctx: RequestContext, input: UpdateInboxSettingsInput): Promise<InboxSettingsRow> {
    const me = ctx.requireUser();
    if (!Number.isInteger(input.targetMinutes) || input.targetMinutes < 1 || input.targetMinutes > 10080) {
      throw AppError.badInput('targetMinutes', InputErrorReason.OUT_OF_RANGE, 'The reply target is 1 minute to 7 days (10,080 minutes).');
    }
    if (!Number.isInteger(input.claimMinutes) || input.claimMinutes < 1 || input.claimMinutes > 1440) {
      throw AppError.badInput('claimMinutes', InputErrorReason.OUT_OF_RANGE, 'A claim holds 1 minute to 24 hours (1,440 minutes).');
    }
    const hours: BusinessHours = {
      timeZone: input.timeZone.trim(),
      week: input.week.map((p) => ({ day: p.day, start: p.start.trim(), end: p.end.trim() })),
      holidays: [...new Set(input.holidays.map((d) => d.trim()))].sort(),
    };
    const problem = businessHoursProblem(hours);
    if (problem) throw badBusinessHours(problem);
    await transaction(this.db, async (m) => {
      await this.repository.saveSettings(m, { targetMinutes: input.targetMinutes, claimMinutes: input.claimMinutes, businessHours: hours }, me.id);
      await this.audit.record(m, {
        actorId: me.id,
        action: 'inbox.settings',
        targetType: 'SETTINGS',
        targetId: 'inbox',
        after: { targetMinutes: input.targetMinutes, claimMinutes: input.claimMinutes, businessHours: hours },
      });
    });
    return this.repository.settings();
  }

  // ---- lateness ----------------------------------------------------------------------------------

  /**
   * The overdue pass (a job every minute): items that crossed the target since the last pass are
   * told to the staff on duty who may work their category (to community managers and admins when
   * nobody is), once per wait. Returns how many items were told.
   */
  async notifyOverdue(now = new Date()): Promise<number> {
    const settings = await this.repository.settings();
    const target = settings.targetMinutes * MINUTE;
    // Whatever waits since this instant or earlier is past the target now.
    const lateSince = subtractBusinessMillis(now, target, settings.businessHours);
    if (!lateSince) return 0;
    const late = await this.repository.unnotified(lateSince, OVERDUE_BATCH);
    if (late.length === 0) return 0;
    const onDuty = await this.repository.onDuty();
    const staff: AuthUser[] = (onDuty.length > 0 ? onDuty : await this.repository.managers()).map((u) => ({ id: u.id, role: u.role as Role, handle: u.handle }));
    const scopes = await this.scopes.scopesOf(staff);
    let told = 0;
    for (const row of late) {
      const recipients = staff.filter((u) => {
        const scope = scopes.get(u.id);
        return roleHasPermission(u.role, Permission.InboxWork) && (scope?.kind === 'ALL' || (scope?.kind === 'CATEGORIES' && scope.categoryIds.has(row.categoryId)));
      });
      try {
        await transaction(this.db, async (m) => {
          if (!(await this.repository.markNotified(m, row.topicId, row.waitingKey))) return;
          const waitedMinutes = Math.floor(businessMillisBetween(row.waitingSince, now, settings.businessHours) / MINUTE);
          await this.notifications.onInboxOverdue(m, recipients.map((u) => u.id), row.topicId, { waitedMinutes, targetMinutes: settings.targetMinutes });
          told++;
        });
      } catch (e) {
        this.logger.warn(`overdue notice for ${row.topicId} not sent: ${(e as Error).message}`);
      }
    }
    return told;
  }

  // ---- live --------------------------------------------------------------------------------------

  private announce(topic: { id: string; categoryId: string }): void {
    this.events.publish('inbox.changed', { topicId: topic.id, categoryId: topic.categoryId });
  }

  private async announceIfFiled(topic: TopicEntity): Promise<void> {
    try {
      // A deleted or hidden topic leaves the inbox (and its counts) for good.
      if (topic.deletedAt || topic.hiddenAt) {
        if (await this.repository.closeGone(topic.id)) this.announce(topic);
        return;
      }
      if (await this.repository.item(topic.id)) this.announce(topic);
    } catch (e) {
      this.logger.warn(`inbox change for ${topic.id} not announced: ${(e as Error).message}`);
    }
  }
}
