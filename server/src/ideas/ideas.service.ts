import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { LIMITS, Permission, roleHasPermission } from '@townsquare/shared';
import { DomainEvents } from '../app-events.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError, InputErrorReason } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { transaction } from '../common/transaction.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { TopicEntity } from '../topics/topic.entity.js';
import { TopicAccessService, isUuid } from '../topics/topic-access.service.js';
import { IdeaStatus, type IdeaObject, type IdeaStaffNoteObject, type IdeaVoteAllowanceObject, type SetIdeaStatusInput } from './idea.objects.js';
import { IdeaErrorReason, ideaClosed, ideaNotFound } from './ideas.errors.js';
import { IdeasRepository, isClosedStatus, type IdeaRow, type IdeaStatusValue } from './ideas.repository.js';

type TrustLevel = keyof typeof LIMITS.ideas.openVotesByTrust;

/** The open votes a trust level allows. */
export function voteLimitOf(trustLevel: string): number {
  return LIMITS.ideas.openVotesByTrust[trustLevel as TrustLevel] ?? LIMITS.ideas.openVotesByTrust.NEW;
}

/** An idea as the API shows it to one person. */
export function ideaView(ctx: RequestContext, row: IdeaRow, votedByMe: boolean): IdeaObject {
  const closed = isClosedStatus(row.status);
  return {
    topicId: row.topicId,
    categoryId: row.categoryId,
    title: row.title,
    tags: row.tags,
    status: row.status as IdeaStatus,
    closed,
    voteCount: row.voteCount,
    revision: row.revision,
    recentVotes: row.recentVotes ?? null,
    votedByMe,
    viewerCanVote: !closed && !!ctx.user && roleHasPermission(ctx.user.role, Permission.IdeaVote),
    mergedIntoTopicId: row.mergedIntoId,
    officialResponse: row.officialResponse && row.officialResponseAt ? { body: row.officialResponse, at: row.officialResponseAt } : null,
    statusChangedAt: row.statusChangedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/**
 * The ideas board: which categories are boards, votes within each member's open-vote limit,
 * statuses with official responses (on the timeline, in the audit log, told to voters and
 * watchers), merging duplicates and staff notes. Who may read an idea is who may read its topic.
 *
 * Locks are always taken in one order — the idea's row (two ideas: lower id first), then members'
 * vote counters (by id) — so counts stay exact under concurrency and no two changes wait in a circle.
 */
@Injectable()
export class IdeasService implements OnModuleInit {
  private readonly logger = new Logger(IdeasService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: IdeasRepository,
    private readonly access: TopicAccessService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
  ) {}

  /** A new IDEA topic on a board gets its idea row at once (votes and staff also create it when it is missing). */
  onModuleInit(): void {
    this.events.subscribe('post.created', ({ topic, topicCreated }) => {
      // Should this fail, the idea still reads as new and its row is written by its first vote or status change.
      if (topicCreated && topic.kind === 'IDEA') void this.repository.ensure(this.db, topic.id).catch((e: Error) => this.logger.warn(`idea row for ${topic.id} not written: ${e.message}`));
    });
  }

  async boards(ctx: RequestContext) {
    const ids = await this.repository.boardIds();
    return (await this.access.categories.findManyReadable(ctx, ids)).filter((c) => !!c);
  }

  /** Makes a category an ideas board, or no longer one. */
  async setBoard(ctx: RequestContext, categoryId: string, enabled: boolean) {
    const me = ctx.requireUser();
    const category = await this.access.categories.getReadable(ctx, categoryId);
    await transaction(this.db, async (m) => {
      const changed = enabled ? await this.repository.addBoard(m, category.id, me.id) : await this.repository.removeBoard(m, category.id);
      if (!changed) {
        throw AppError.conflict('categoryId', IdeaErrorReason.NOT_A_BOARD, enabled ? 'This category is already an ideas board.' : 'This category is not an ideas board.');
      }
      await this.audit.record(m, { actorId: me.id, action: enabled ? 'idea.board-add' : 'idea.board-remove', targetType: 'CATEGORY', targetId: category.id });
    });
    return category;
  }

  /** One idea, NOT_FOUND when its topic may not be read or it is no idea. */
  async get(ctx: RequestContext, topicId: string): Promise<IdeaObject> {
    const { row } = await this.readable(ctx, topicId);
    return (await this.views(ctx, [row]))[0]!;
  }

  /** Views of many rows for one person: one statement for which of them they voted for. */
  async views(ctx: RequestContext, rows: readonly IdeaRow[]): Promise<IdeaObject[]> {
    const voted = ctx.user && rows.length > 0 ? await this.repository.votedAmong(ctx.user.id, rows.map((r) => r.topicId)) : new Set<string>();
    return rows.map((r) => ideaView(ctx, r, voted.has(r.topicId)));
  }

  async allowance(ctx: RequestContext): Promise<IdeaVoteAllowanceObject> {
    const { openVotes, trustLevel } = await this.repository.openVotes(ctx.requireUser().id);
    return { used: openVotes, limit: voteLimitOf(trustLevel) };
  }

  /** Votes for an open idea; voting again changes nothing. Refused past the trust level's open votes. */
  async vote(ctx: RequestContext, topicId: string): Promise<IdeaObject> {
    const me = ctx.requireUser();
    await this.ideaTopic(ctx, topicId);
    const changed = await transaction(this.db, async (m) => {
      const idea = await this.lockIdea(m, topicId);
      if (isClosedStatus(idea.status)) throw ideaClosed();
      const voter = await this.repository.lockVoter(m, me.id);
      if (await this.repository.hasVote(m, topicId, me.id)) return false;
      const limit = voteLimitOf(voter.trustLevel);
      if (voter.openVotes >= limit) {
        throw AppError.conflict(
          'topicId',
          IdeaErrorReason.VOTE_LIMIT_REACHED,
          `You have used all ${limit} of your votes. Take one back, or wait until an idea you voted for is done or declined.`,
        );
      }
      await this.repository.addVote(m, topicId, me.id);
      return true;
    });
    return this.changed(ctx, topicId, changed);
  }

  /** Takes one's vote back from an open idea (none given: no change). */
  async unvote(ctx: RequestContext, topicId: string): Promise<IdeaObject> {
    const me = ctx.requireUser();
    await this.ideaTopic(ctx, topicId);
    const changed = await transaction(this.db, async (m) => {
      const idea = await this.lockIdea(m, topicId);
      if (isClosedStatus(idea.status)) throw ideaClosed();
      await this.repository.lockVoter(m, me.id);
      if (!(await this.repository.hasVote(m, topicId, me.id))) return false;
      await this.repository.removeVote(m, topicId, me.id);
      return true;
    });
    return this.changed(ctx, topicId, changed);
  }

  /**
   * Sets an idea's status, with or without an official response (the same status with a new
   * response updates only the response). Closing an idea gives its votes back to the voters;
   * reopening takes them again. Recorded on the timeline and in the audit log; voters and watchers
   * are notified.
   */
  async setStatus(ctx: RequestContext, input: SetIdeaStatusInput): Promise<IdeaObject> {
    const me = ctx.requireUser();
    if (!Object.values(IdeaStatus).includes(input.status)) throw AppError.badInput('status', InputErrorReason.INVALID, 'Unknown idea status.');
    if (input.status === IdeaStatus.DUPLICATE) {
      throw AppError.badInput('status', IdeaErrorReason.STATUS_NOT_SETTABLE, 'An idea becomes a duplicate by merging it into the idea to keep (mergeIdea), not by setting its status.');
    }
    const response = input.officialResponse?.trim() || null;
    if (response && [...response].length > LIMITS.ideas.officialResponse.max) {
      throw AppError.badInput('officialResponse', InputErrorReason.TOO_LONG, `An official response may have at most ${LIMITS.ideas.officialResponse.max} characters.`);
    }
    const topic = await this.ideaTopic(ctx, input.topicId);
    await transaction(this.db, async (m) => {
      const idea = await this.lockIdea(m, topic.id);
      const to = input.status as IdeaStatusValue;
      if (idea.status === 'DUPLICATE') {
        throw AppError.conflict('topicId', IdeaErrorReason.ALREADY_MERGED, 'This idea was merged into another; change the status of the idea it was merged into.');
      }
      if (idea.status === to && (!response || response === idea.officialResponse)) {
        throw AppError.conflict('status', IdeaErrorReason.STATUS_UNCHANGED, 'The idea already has this status; give a new official response to update only the response.');
      }
      const voters = await this.repository.voterIds(m, topic.id);
      const wasClosed = isClosedStatus(idea.status);
      const nowClosed = isClosedStatus(to);
      if (wasClosed !== nowClosed) await this.repository.shiftOpenVotes(m, voters, nowClosed ? -1 : 1);
      await this.repository.setStatus(m, { topicId: topic.id, from: idea.status, to, response, mergedIntoId: null, actorId: me.id });
      await this.audit.record(m, {
        actorId: me.id,
        action: 'idea.status',
        targetType: 'TOPIC',
        targetId: topic.id,
        before: { status: idea.status },
        after: { status: to, ...(response ? { officialResponse: response } : {}) },
      });
      await this.notifications.onIdeaStatusChanged(m, { topic, voterIds: voters, actorId: me.id, data: { ideaStatus: to } });
    });
    return this.changed(ctx, topic.id, true);
  }

  /**
   * Merges a duplicate into the idea kept: the duplicate's votes move over (a member who voted for
   * both keeps one vote), it becomes DUPLICATE with a link to the kept idea, and its watchers watch
   * the kept idea. Its voters and watchers are told.
   */
  async merge(ctx: RequestContext, duplicateId: string, intoId: string): Promise<IdeaObject> {
    const me = ctx.requireUser();
    if (duplicateId === intoId) throw AppError.badInput('intoTopicId', IdeaErrorReason.MERGE_INTO_SELF, 'An idea cannot be merged into itself: choose the idea to keep.');
    const duplicate = await this.ideaTopic(ctx, duplicateId, 'topicId');
    const kept = await this.ideaTopic(ctx, intoId, 'intoTopicId');
    await transaction(this.db, async (m) => {
      const fieldOf = (id: string) => (id === duplicate.id ? 'topicId' : 'intoTopicId');
      const [first, second] = [duplicate.id, kept.id].sort();
      const locked = new Map([
        [first!, await this.lockIdea(m, first!, fieldOf(first!))],
        [second!, await this.lockIdea(m, second!, fieldOf(second!))],
      ]);
      const dup = locked.get(duplicate.id)!;
      const into = locked.get(kept.id)!;
      if (dup.status === 'DUPLICATE') throw AppError.conflict('topicId', IdeaErrorReason.ALREADY_MERGED, 'This idea is already merged into another.');
      if (into.status === 'DUPLICATE') {
        throw AppError.conflict('intoTopicId', IdeaErrorReason.MERGE_INTO_DUPLICATE, 'The idea to keep is itself merged into another: merge into that one instead.');
      }
      const { moved, both } = await this.repository.moveVotes(m, duplicate.id, kept.id);
      const dupOpen = isClosedStatus(dup.status) ? 0 : 1;
      const keptOpen = isClosedStatus(into.status) ? 0 : 1;
      // Voters of both lose the duplicate's vote; the others' vote now counts where the kept idea stands.
      const lockedVoters = [...both, ...moved];
      await this.repository.shiftOpenVotes(m, both, -dupOpen);
      await this.repository.shiftOpenVotes(m, moved, keptOpen - dupOpen);
      await this.repository.setStatus(m, { topicId: duplicate.id, from: dup.status, to: 'DUPLICATE', response: null, mergedIntoId: kept.id, actorId: me.id });
      await this.notifications.copyTopicWatchers(m, duplicate.id, kept.id);
      await this.audit.record(m, {
        actorId: me.id,
        action: 'idea.merge',
        targetType: 'TOPIC',
        targetId: duplicate.id,
        before: { status: dup.status, votes: dup.voteCount },
        after: { status: 'DUPLICATE', mergedInto: kept.id, votesMoved: moved.length, votesAlreadyThere: both.length },
      });
      await this.notifications.onIdeaStatusChanged(m, { topic: duplicate, voterIds: lockedVoters, actorId: me.id, data: { ideaStatus: 'DUPLICATE', mergedIntoTopicId: kept.id } });
    });
    await this.changed(ctx, duplicate.id, true);
    return this.changed(ctx, kept.id, true);
  }

  /** The idea as committed, for the caller; when it changed, its public state goes live to its topic's readers. */
  private async changed(ctx: RequestContext, topicId: string, changed: boolean): Promise<IdeaObject> {
    const view = await this.get(ctx, topicId);
    if (changed) {
      this.events.publish('idea.updated', {
        topicId: view.topicId,
        status: view.status,
        voteCount: view.voteCount,
        revision: view.revision,
        mergedIntoTopicId: view.mergedIntoTopicId,
        officialResponse: view.officialResponse ? { body: view.officialResponse.body, at: view.officialResponse.at.toISOString() } : null,
        statusChangedAt: view.statusChangedAt ? view.statusChangedAt.toISOString() : null,
      });
    }
    return view;
  }

  /** Adds an internal note to an idea (staff only; members never see notes). */
  async addStaffNote(ctx: RequestContext, topicId: string, body: string): Promise<IdeaStaffNoteObject> {
    const me = ctx.requireUser();
    const text = body.trim();
    if ([...text].length < LIMITS.ideas.staffNote.min) throw AppError.badInput('body', InputErrorReason.REQUIRED, 'Write the note.');
    if ([...text].length > LIMITS.ideas.staffNote.max) throw AppError.badInput('body', InputErrorReason.TOO_LONG, `A note may have at most ${LIMITS.ideas.staffNote.max} characters.`);
    const topic = await this.ideaTopic(ctx, topicId);
    return transaction(this.db, async (m) => {
      await this.lockIdea(m, topic.id);
      return this.repository.addStaffNote(m, topic.id, me.id, text);
    });
  }

  /** The idea if its topic may be read by this person; NOT_FOUND otherwise. */
  async readable(ctx: RequestContext, topicId: string): Promise<{ topic: TopicEntity; row: IdeaRow }> {
    const topic = await this.ideaTopic(ctx, topicId);
    const [row] = await this.rowsOf([topic]);
    if (!row) throw ideaNotFound();
    return { topic, row };
  }

  /**
   * The ideas of these topics (readable ones), in order; null for topics that are no idea. An IDEA
   * topic on a board whose row is not written yet (it is, just after the topic commits) reads as
   * a new idea without votes.
   */
  async rowsOf(topics: ReadonlyArray<TopicEntity | null>): Promise<Array<IdeaRow | null>> {
    const ideaTopics = topics.filter((t): t is TopicEntity => !!t && t.kind === 'IDEA');
    if (ideaTopics.length === 0) return topics.map(() => null);
    const rows = await this.repository.byIds(ideaTopics.map((t) => t.id));
    const boards = await this.repository.boardsAmong([...new Set(ideaTopics.map((t) => t.categoryId))]);
    return topics.map((t) => {
      // A category that is no longer a board keeps its ideas' rows (should it become one again), but shows no idea.
      if (!t || t.kind !== 'IDEA' || !boards.has(t.categoryId)) return null;
      const row = rows.find((r) => r.topicId === t.id);
      if (row) return row;
      return {
        topicId: t.id,
        categoryId: t.categoryId,
        title: t.title,
        authorId: t.authorId,
        tags: t.tags,
        status: 'NEW',
        voteCount: 0,
        revision: 0,
        mergedIntoId: null,
        officialResponse: null,
        officialResponseAt: null,
        statusChangedAt: null,
        createdAt: t.createdAt,
        updatedAt: t.createdAt,
      };
    });
  }

  /** Topic.idea for a page of topics: a fixed number of statements. */
  async ofTopic(ctx: RequestContext, topic: TopicEntity): Promise<IdeaObject | null> {
    if (topic.kind !== 'IDEA') return null;
    return ctx
      .loader<string, IdeaObject | null>('topicIdeas', async (ids) => {
        const topics = await this.access.readableTopics(ctx, ids);
        const rows = await this.rowsOf(topics);
        const views = await this.views(ctx, rows.filter((r): r is IdeaRow => !!r));
        return rows.map((r) => (r ? (views.find((v) => v.topicId === r.topicId) ?? null) : null));
      })
      .load(topic.id);
  }

  /** The IDEA topic if this person may read it; NOT_FOUND otherwise. Its idea row is made, when missing, by `lockIdea` in the change's transaction. */
  private async ideaTopic(ctx: RequestContext, topicId: string, field = 'topicId'): Promise<TopicEntity> {
    if (!isUuid(topicId)) throw ideaNotFound(field);
    const { topic } = await this.access.readableTopic(ctx, topicId).catch(() => {
      throw ideaNotFound(field);
    });
    if (topic.kind !== 'IDEA') throw ideaNotFound(field);
    return topic;
  }

  /**
   * Inside a change's transaction: gives an IDEA topic on a board its idea row when it has none
   * (rolled back with the change when it is refused), then locks the row.
   */
  private async lockIdea(m: EntityManager, topicId: string, field = 'topicId') {
    const idea = (await this.repository.ensure(m, topicId)) ? await this.repository.lock(m, topicId) : null;
    if (!idea) throw ideaNotFound(field);
    return idea;
  }
}
