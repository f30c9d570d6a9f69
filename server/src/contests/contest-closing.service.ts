import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { LIMITS } from '@townsquare/shared';
import { DomainEvents } from '../app-events.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError, InputErrorReason } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { afterCommit, transaction } from '../common/transaction.js';
import { JobsService } from '../jobs/jobs.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { PostEntity } from '../topics/post.entity.js';
import { PostsService } from '../topics/posts.service.js';
import { TopicEntity } from '../topics/topic.entity.js';
import { ContestSelection, ContestWinMethod, type ContestPickInput } from './contest.objects.js';
import { chooseWinners, type ChosenWinner } from './contest-rules.js';
import { ContestErrorReason, contestNotFound } from './contests.errors.js';
import { ContestsRepository, type ContestRow } from './contests.repository.js';
import { CLOSE_JOB, ContestsService, type CloseJobData } from './contests.service.js';

type Frozen = Array<{ id: string; userId: string; voteCount: number; postNumber: number; postId: string }>;

/**
 * The close of a contest, run by the job queue at its closing time: freeze the eligible entries,
 * reveal the seed, choose the winners (draw or votes; a jury contest waits for staff), announce
 * them in the topic as the brand and notify them. All in the job's transaction, so it happens once.
 */
@Injectable()
export class ContestClosingService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: ContestsRepository,
    private readonly contests: ContestsService,
    private readonly jobs: JobsService,
    private readonly posts: PostsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.jobs.define<CloseJobData>(CLOSE_JOB, (data, m) => this.close(m, data), { retryLimit: 5, retryDelaySeconds: 10, backoff: true });
  }

  /** The job's handler: does nothing for a contest that is gone, already closed, or rescheduled since the job was queued. */
  async close(m: EntityManager, data: CloseJobData): Promise<void> {
    const c = await this.repository.locked(m, data.contestId, 'update');
    if (!c || c.state !== 'ACTIVE' || c.closesAt.toISOString() !== data.closesAt) return;
    if (c.closesAt.getTime() > Date.now() + 1000) return; // early: the job for this time comes later
    const frozen: Frozen = await this.repository.eligibleEntries(m, c.id);
    const outcome = await chooseWinners(c.selection, c.seed!, frozen, c.winnerCount);
    const jury = c.selection === ContestSelection.JURY;
    await this.repository.close(m, c.id, {
      state: jury ? 'JUDGING' : 'FINISHED',
      frozenEntryIds: frozen.map((e) => e.id),
      tieEntryIds: outcome.tie?.entryIds ?? null,
      tieSlots: outcome.tie?.slots ?? null,
    });
    await this.audit.record(m, {
      actorId: null,
      action: 'CONTEST_CLOSED',
      targetType: 'CONTEST',
      targetId: c.id,
      after: { entries: frozen.length, winners: outcome.winners.map((w) => w.entryId), tie: outcome.tie },
    });
    if (!jury) await this.announce(m, c, frozen, outcome.winners.map((w) => ({ ...w, reason: null, pickedBy: null })));
  }

  /** Staff pick the winners of a closed JURY contest, each with a reason (audited), and they are announced. */
  async pick(ctx: RequestContext, contestId: string, picks: readonly ContestPickInput[]): Promise<ContestRow> {
    const me = ctx.requireUser();
    const visible = await this.contests.get(ctx, contestId);
    const reasons = picks.map((p, i) => {
      const reason = p.reason.trim();
      if (reason.length < LIMITS.contest.juryReason.min) throw AppError.badInput(`picks.${i}.reason`, InputErrorReason.TOO_SHORT, 'Say why this entry wins, in a few words.');
      if (reason.length > LIMITS.contest.juryReason.max) throw AppError.badInput(`picks.${i}.reason`, InputErrorReason.TOO_LONG, `A reason may be at most ${LIMITS.contest.juryReason.max} characters.`);
      return reason;
    });
    await transaction(this.db, async (m) => {
      const c = await this.repository.locked(m, visible.id, 'update');
      if (!c) throw contestNotFound();
      if (c.selection !== ContestSelection.JURY || c.state !== 'JUDGING') {
        throw AppError.badInput('contestId', ContestErrorReason.NOT_JUDGING, c.selection !== ContestSelection.JURY ? 'Only jury contests have winners picked by staff.' : c.state === 'FINISHED' ? 'The winners of this contest are already chosen.' : 'The contest has not closed yet: pick the winners after it closes.');
      }
      const frozen: Frozen = await this.repository.eligibleEntries(m, c.id);
      const listed = new Set(c.frozenEntryIds ?? []);
      const wanted = Math.min(c.winnerCount, listed.size);
      if (picks.length !== wanted) throw AppError.badInput('picks', ContestErrorReason.BAD_PICKS, `Pick exactly ${wanted} winner${wanted === 1 ? '' : 's'}.`);
      if (new Set(picks.map((p) => p.entryId)).size !== picks.length) throw AppError.badInput('picks', ContestErrorReason.BAD_PICKS, 'Each entry can win once.');
      const stillEligible = new Set(frozen.map((e) => e.id));
      for (const p of picks) {
        if (!listed.has(p.entryId) || !stillEligible.has(p.entryId)) {
          throw AppError.badInput('picks', ContestErrorReason.BAD_PICKS, 'Pick among the entries frozen at the close that are still shown.');
        }
      }
      const chosen = picks.map((p, i) => ({ entryId: p.entryId, method: ContestWinMethod.JURY, votes: null, reason: reasons[i]!, pickedBy: me.id }));
      await this.audit.recordMany(
        m,
        chosen.map((w, i) => ({ actorId: me.id, action: 'CONTEST_WINNER_PICKED', targetType: 'CONTEST', targetId: c.id, reason: w.reason, after: { entryId: w.entryId, rank: i + 1 } })),
      );
      await this.announce(m, c, frozen, chosen);
    });
    return this.contests.get(ctx, visible.id, true);
  }

  /** Stores the winners, posts the announcement as the brand, marks the contest finished and notifies the winners. */
  private async announce(m: EntityManager, c: ContestRow, frozen: Frozen, winners: Array<ChosenWinner & { reason: string | null; pickedBy: string | null }>): Promise<void> {
    await this.repository.insertWinners(m, c.id, winners.map((w, i) => ({ rank: i + 1, entryId: w.entryId, method: w.method, votes: w.votes, reason: w.reason, pickedBy: w.pickedBy })));
    const byId = new Map(frozen.map((e) => [e.id, e]));
    const handles = await this.repository.handles(m, winners.map((w) => byId.get(w.entryId)!.userId));
    const lines = winners.map((w, i) => {
      const e = byId.get(w.entryId)!;
      const who = handles.get(e.userId) ? `@${handles.get(e.userId)}` : 'a former member';
      const detail = w.method === ContestWinMethod.JURY ? ` — ${w.reason}` : w.votes !== null ? ` — ${w.votes} vote${w.votes === 1 ? '' : 's'}${w.method === ContestWinMethod.TIE_BREAK ? ', tie broken by the draw' : ''}` : '';
      return `${i + 1}. ${who}, entry #${e.postNumber}${detail}`;
    });
    const body =
      winners.length === 0
        ? `**${c.title}** has closed without eligible entries, so there are no winners.`
        : [
            `**The winners of ${c.title}**`,
            lines.join('\n'),
            c.selection === ContestSelection.JURY
              ? 'Chosen by the jury.'
              : `Anyone can check this result: the seed behind the commitment \`${c.seedCommitment}\` is now revealed on the contest page, with the frozen list of ${frozen.length} entr${frozen.length === 1 ? 'y' : 'ies'}.`,
          ].join('\n\n');
    const author = c.createdBy ?? (await this.repository.fallbackAuthor(m));
    if (!author) throw new Error(`contest ${c.id}: nobody to announce as`);
    const post = await this.posts.writeBrandReply(m, { topicId: c.topicId, authorId: author, body });
    await this.repository.finish(m, c.id, post.id);
    afterCommit(m, () => this.events.publish('contest.finished', { contestId: c.id, topicId: c.topicId }));
    if (winners.length === 0) return;
    const topic = await m.findOneByOrFail(TopicEntity, { id: c.topicId });
    const winnerPosts = await m.findBy(PostEntity, winners.map((w) => ({ id: byId.get(w.entryId)!.postId })));
    await this.notifications.onContestWon(
      m,
      { topic, winners: winners.map((w) => ({ userId: byId.get(w.entryId)!.userId, post: winnerPosts.find((p) => p.id === byId.get(w.entryId)!.postId)! })) },
    );
  }
}
