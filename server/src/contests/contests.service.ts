import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DRAW_ALGORITHM, commitmentOf, generateSeed } from '@townsquare/draw';
import { LIMITS, Permission, roleHasPermission } from '@townsquare/shared';
import { AccountsService } from '../accounts/accounts.service.js';
import { AuditService } from '../audit/audit.service.js';
import { CategoriesService } from '../categories/categories.service.js';
import { AppError, InputErrorReason } from '../common/app-error.js';
import { isUuid } from '../common/ids.js';
import { decodeCursor, pageSize, toPage, type Page } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { transaction } from '../common/transaction.js';
import { JobsService } from '../jobs/jobs.service.js';
import { renderPost } from '../topics/render.js';
import { TopicAccessService } from '../topics/topic-access.service.js';
import { TopicKind, type CreateTopicInput } from '../topics/topic.objects.js';
import { TopicsService, checkTitle } from '../topics/topics.service.js';
import { ContestEntryKind, ContestIneligibility, ContestPhase, ContestSelection, type ContestEligibilityObject, type ContestObject, type CreateContestInput, type UpdateContestInput } from './contest.objects.js';
import { TRUST_ORDER, phaseOf, standingProblem } from './contest-rules.js';
import { ContestErrorReason, contestNotFound } from './contests.errors.js';
import { ContestsRepository, type ContestRow } from './contests.repository.js';

/** The job that closes a contest at its closing time; its data names the closing time it was queued for. */
export const CLOSE_JOB = 'contests.close';
export interface CloseJobData {
  contestId: string;
  closesAt: string;
}

const L = LIMITS.contest;

/** What the API shows of a contest: the seed only once revealed, the phase as of now. */
export function toContestObject(c: ContestRow): ContestObject {
  return {
    id: c.id,
    topicId: c.topicId,
    title: c.title,
    rules: c.rules,
    rulesHtml: c.rulesHtml,
    opensAt: c.opensAt,
    closesAt: c.closesAt,
    entryKind: c.entryKind,
    minTrustLevel: c.minTrustLevel,
    minAccountAgeDays: c.minAccountAgeDays,
    oneEntryPerMember: c.oneEntryPerMember,
    winnerCount: c.winnerCount,
    selection: c.selection,
    phase: phaseOf(c),
    drawAlgorithm: c.drawAlgorithm,
    seedCommitment: c.seedCommitment,
    seed: c.seedRevealedAt ? c.seed : null,
    frozenEntryIds: c.frozenEntryIds,
    tieBreakEntryIds: c.tieEntryIds,
    tieBreakSlots: c.tieSlots,
    createdAt: c.createdAt,
  };
}

function checkRules(rules: string): string {
  const trimmed = rules.trim();
  if (trimmed.length < L.rules.min) throw AppError.badInput('rules', InputErrorReason.REQUIRED, 'Write the contest\'s rules.');
  if (rules.length > L.rules.max) throw AppError.badInput('rules', InputErrorReason.TOO_LONG, `The rules may be at most ${L.rules.max.toLocaleString('en')} characters.`);
  return rules;
}

function checkWinnerCount(n: number): number {
  if (!Number.isInteger(n) || n < L.winners.min || n > L.winners.max) {
    throw AppError.badInput('winnerCount', ContestErrorReason.WINNER_COUNT_OUT_OF_RANGE, `A contest has between ${L.winners.min} and ${L.winners.max} winners.`);
  }
  return n;
}

function checkSchedule(opensAt: Date, closesAt: Date, now = new Date()): void {
  if (Number.isNaN(opensAt.getTime())) throw AppError.badInput('opensAt', InputErrorReason.INVALID_FORMAT, 'The opening time is not a valid date.');
  if (Number.isNaN(closesAt.getTime())) throw AppError.badInput('closesAt', InputErrorReason.INVALID_FORMAT, 'The closing time is not a valid date.');
  if (closesAt <= opensAt) throw AppError.badInput('closesAt', ContestErrorReason.CLOSES_BEFORE_OPENS, 'The closing time must be after the opening time.');
  if (closesAt <= now) throw AppError.badInput('closesAt', ContestErrorReason.BAD_SCHEDULE, 'The closing time must be in the future.');
  if (closesAt.getTime() - opensAt.getTime() > L.maxDurationDays * 86_400_000) {
    throw AppError.badInput('closesAt', ContestErrorReason.BAD_SCHEDULE, `A contest runs at most ${L.maxDurationDays} days.`);
  }
  if (opensAt.getTime() - now.getTime() > L.maxDurationDays * 86_400_000) {
    throw AppError.badInput('opensAt', ContestErrorReason.BAD_SCHEDULE, `A contest opens at most ${L.maxDurationDays} days from now.`);
  }
}

/** Contests: creating and editing them (community managers), reading them, and who may enter. */
@Injectable()
export class ContestsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: ContestsRepository,
    private readonly topics: TopicsService,
    private readonly access: TopicAccessService,
    private readonly categories: CategoriesService,
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
  ) {}

  async create(ctx: RequestContext, input: CreateContestInput): Promise<ContestRow> {
    const me = ctx.requireUser();
    const title = checkTitle(input.title);
    const rules = checkRules(input.rules);
    checkSchedule(input.opensAt, input.closesAt);
    const winnerCount = checkWinnerCount(input.winnerCount);
    if (!Object.values(ContestSelection).includes(input.selection)) throw AppError.badInput('selection', InputErrorReason.INVALID, 'Unknown way of choosing winners.');
    if (!Object.values(ContestEntryKind).includes(input.entryKind)) throw AppError.badInput('entryKind', InputErrorReason.INVALID, 'Unknown kind of entry.');
    if (!(TRUST_ORDER as readonly string[]).includes(input.minTrustLevel)) {
      throw AppError.badInput('minTrustLevel', InputErrorReason.INVALID, 'The trust level is one of NEW, BASIC, MEMBER, REGULAR or LEADER.');
    }
    if (!Number.isInteger(input.minAccountAgeDays) || input.minAccountAgeDays < 0 || input.minAccountAgeDays > L.minAccountAgeDays.max) {
      throw AppError.badInput('minAccountAgeDays', InputErrorReason.OUT_OF_RANGE, `The minimum account age is 0 to ${L.minAccountAgeDays.max} days.`);
    }
    const rendered = await renderPost(rules, (handles) => this.accounts.displayNamesByHandle(handles));
    const seed = generateSeed();
    const seedCommitment = await commitmentOf(seed);
    let contestId = '';
    const topicInput: CreateTopicInput = { categoryId: input.categoryId, title, body: rules, kind: TopicKind.ANNOUNCEMENT, tags: [], asBrand: roleHasPermission(me.role, Permission.PostAsBrand) };
    await this.topics.createTopic(ctx, topicInput, async (m, topic) => {
      contestId = await this.repository.insert(m, {
        topicId: topic.id,
        createdBy: me.id,
        title,
        rules,
        rulesHtml: rendered.html,
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        entryKind: input.entryKind,
        minTrustLevel: input.minTrustLevel,
        minAccountAgeDays: input.minAccountAgeDays,
        oneEntryPerMember: input.oneEntryPerMember,
        winnerCount,
        selection: input.selection,
        drawAlgorithm: DRAW_ALGORITHM,
        seedCommitment,
        seed,
      });
      await this.jobs.enqueue<CloseJobData>(m, CLOSE_JOB, { contestId, closesAt: input.closesAt.toISOString() }, { startAfter: input.closesAt });
      await this.audit.record(m, {
        actorId: me.id,
        action: 'CONTEST_CREATED',
        targetType: 'CONTEST',
        targetId: contestId,
        after: { title, selection: input.selection, winnerCount, opensAt: input.opensAt, closesAt: input.closesAt, seedCommitment },
      });
    });
    return this.get(ctx, contestId);
  }

  async update(ctx: RequestContext, input: UpdateContestInput): Promise<ContestRow> {
    const me = ctx.requireUser();
    const current = await this.get(ctx, input.contestId);
    const title = input.title != null ? checkTitle(input.title) : undefined;
    const rules = input.rules != null ? checkRules(input.rules) : undefined;
    const winnerCount = input.winnerCount != null ? checkWinnerCount(input.winnerCount) : undefined;
    const rulesHtml = rules !== undefined ? (await renderPost(rules, (handles) => this.accounts.displayNamesByHandle(handles))).html : undefined;
    await transaction(this.db, async (m) => {
      const c = await this.repository.locked(m, current.id, 'update');
      if (!c) throw contestNotFound();
      const phase = phaseOf(c);
      if (phase !== ContestPhase.UPCOMING && phase !== ContestPhase.OPEN) {
        throw AppError.badInput('contestId', ContestErrorReason.LOCKED, 'This contest has closed: its rules and schedule can no longer change.');
      }
      if (input.opensAt != null && phase !== ContestPhase.UPCOMING && input.opensAt.getTime() !== c.opensAt.getTime()) {
        throw AppError.badInput('opensAt', ContestErrorReason.LOCKED, 'The contest is already open: its opening time can no longer change.');
      }
      const opensAt = input.opensAt ?? c.opensAt;
      const closesAt = input.closesAt ?? c.closesAt;
      checkSchedule(opensAt, closesAt);
      await this.repository.update(m, c.id, { title, rules, rulesHtml, opensAt: input.opensAt ?? undefined, closesAt: input.closesAt ?? undefined, winnerCount });
      // The job queued for the old time finds the closing time changed and does nothing.
      if (closesAt.getTime() !== c.closesAt.getTime()) {
        await this.jobs.enqueue<CloseJobData>(m, CLOSE_JOB, { contestId: c.id, closesAt: closesAt.toISOString() }, { startAfter: closesAt });
      }
      await this.audit.record(m, {
        actorId: me.id,
        action: 'CONTEST_UPDATED',
        targetType: 'CONTEST',
        targetId: c.id,
        before: { title: c.title, opensAt: c.opensAt, closesAt: c.closesAt, winnerCount: c.winnerCount },
        after: { title: title ?? c.title, opensAt, closesAt, winnerCount: winnerCount ?? c.winnerCount },
      });
    });
    return this.get(ctx, current.id, true);
  }

  /** One contest the person may read (its topic readable); NOT_FOUND otherwise. */
  async get(ctx: RequestContext, id: string, fresh = false): Promise<ContestRow> {
    if (!isUuid(id)) throw contestNotFound();
    const c = fresh ? ((await this.repository.byIds([id]))[0] ?? null) : await this.loader(ctx).load(id);
    if (!c) throw contestNotFound();
    await this.access.readableTopic(ctx, c.topicId).catch(() => {
      throw contestNotFound();
    });
    return c;
  }

  private loader(ctx: RequestContext) {
    return ctx.loader<string, ContestRow | null>('contests', async (ids) => {
      const rows = await this.repository.byIds(ids);
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    });
  }

  /** Contests in the categories the person may read, latest opening first. */
  async list(ctx: RequestContext, first: number | undefined, after: string | undefined): Promise<Page<ContestRow>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    const rows = await this.repository.page({
      categoryIds: await this.categories.readableIds(ctx),
      before: cursor ? { opensAt: String(cursor[0]), id: String(cursor[1]) } : null,
      limit: size + 1,
    });
    return toPage(rows, size, (c) => [new Date(c.opensAt).toISOString(), c.id]);
  }

  /** Whether the person may enter now, and why not; the same rules `enter` applies, batched per page. */
  async eligibility(ctx: RequestContext, contests: readonly ContestRow[]): Promise<ContestEligibilityObject[]> {
    const me = ctx.user;
    if (!me) return contests.map(() => ({ eligible: false, reason: ContestIneligibility.NOT_SIGNED_IN, message: 'Sign in to enter.' }));
    const facts = await this.repository.memberFacts(me.id);
    const counts = await this.repository.entryCounts(contests.map((c) => c.id), me.id);
    return Promise.all(
      contests.map(async (c) => {
        const problem = await this.entryProblem(ctx, c, facts, counts.get(c.id) ?? 0);
        return problem ? { eligible: false, reason: problem.reason, message: problem.message } : { eligible: true, reason: null, message: 'You can enter.' };
      }),
    );
  }

  /** The first reason this member may not enter now, or null. */
  async entryProblem(
    ctx: RequestContext,
    c: ContestRow,
    facts: { trustLevel: string; createdAt: Date } | null,
    entriesSoFar: number,
  ): Promise<{ reason: ContestIneligibility; code: ContestErrorReason | null; message: string } | null> {
    const phase = phaseOf(c);
    if (phase === ContestPhase.UPCOMING) return { reason: ContestIneligibility.NOT_OPEN_YET, code: ContestErrorReason.NOT_OPEN_YET, message: `This contest opens for entries at ${c.opensAt.toISOString()}.` };
    if (phase !== ContestPhase.OPEN) return { reason: ContestIneligibility.CLOSED, code: ContestErrorReason.CLOSED, message: 'This contest has closed: it takes no more entries.' };
    if (!facts) return { reason: ContestIneligibility.NOT_SIGNED_IN, code: null, message: 'Sign in to enter.' };
    const standing = standingProblem(c, facts);
    if (standing) return { ...standing, code: ContestErrorReason[standing.reason] };
    const { category } = await this.access.readableTopic(ctx, c.topicId);
    if (!this.categories.canPost(ctx.user, category)) return { reason: ContestIneligibility.CANNOT_POST, code: null, message: 'You cannot post in this contest\'s category.' };
    const max = c.oneEntryPerMember ? 1 : L.entriesPerMember.max;
    if (entriesSoFar >= max) {
      return {
        reason: ContestIneligibility.ALREADY_ENTERED,
        code: ContestErrorReason.ALREADY_ENTERED,
        message: c.oneEntryPerMember ? 'You have already entered this contest: one entry per member.' : `You have already made the ${max} entries a member may make.`,
      };
    }
    return null;
  }
}
