import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LIMITS } from '@townsquare/shared';
import { AccountsService } from '../accounts/accounts.service.js';
import { userLoader } from '../accounts/user.loader.js';
import { AppError, InputErrorReason } from '../common/app-error.js';
import { isUuid } from '../common/ids.js';
import { decodeCursor, pageSize, toPage, type Page } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { transaction } from '../common/transaction.js';
import { PostsService } from '../topics/posts.service.js';
import { TopicAccessService } from '../topics/topic-access.service.js';
import { isStorageKey } from '../uploads/storage.js';
import { ContestEntryKind, ContestPhase, ContestSelection, type EnterContestInput } from './contest.objects.js';
import { phaseOf, standingProblem } from './contest-rules.js';
import { ContestErrorReason, entryNotFound, forbidden } from './contests.errors.js';
import { ContestsRepository, type ContestRow, type EntryRow } from './contests.repository.js';
import { ContestsService } from './contests.service.js';

const L = LIMITS.contest;

/** Entries and votes: who may enter or vote, when, and how often; every refusal before anything is written. */
@Injectable()
export class ContestEntriesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: ContestsRepository,
    private readonly contests: ContestsService,
    private readonly posts: PostsService,
    private readonly access: TopicAccessService,
    private readonly accounts: AccountsService,
  ) {}

  async enter(ctx: RequestContext, input: EnterContestInput): Promise<EntryRow> {
    const me = ctx.requireUser();
    const contest = await this.contests.get(ctx, input.contestId);
    const text = input.body.trim();
    if (input.body.length > L.entryText.max) throw AppError.badInput('body', InputErrorReason.TOO_LONG, `An entry's text may be at most ${L.entryText.max.toLocaleString('en')} characters.`);
    const imageUrl = input.imageUrl?.trim() || null;
    this.checkShape(contest, text, imageUrl);
    const problem = await this.contests.entryProblem(ctx, contest, await this.repository.memberFacts(me.id), (await this.repository.entryCounts([contest.id], me.id)).get(contest.id) ?? 0);
    if (problem) throw this.refusal(problem);
    if (imageUrl && !(await this.repository.uploadOf(imageUrl.slice('/uploads/'.length), me.id))) {
      throw AppError.badInput('imageUrl', ContestErrorReason.IMAGE_NOT_FOUND, 'That image is not one you uploaded: upload it first.');
    }
    const body = [text, imageUrl ? `![](${imageUrl})` : ''].filter(Boolean).join('\n\n');
    let entryId = '';
    await this.posts.createPost(ctx, { topicId: contest.topicId, body, asBrand: false }, async (m, post) => {
      // Under the contest's share lock: the close (which takes it for update) sees this entry or refuses it.
      const locked = await this.repository.locked(m, contest.id, 'share');
      if (!locked || phaseOf(locked) !== ContestPhase.OPEN) throw forbidden(ContestErrorReason.CLOSED, 'This contest has closed: it takes no more entries.');
      const made = await this.repository.lockedEntryCount(m, contest.id, me.id);
      if (made >= (contest.oneEntryPerMember ? 1 : L.entriesPerMember.max)) {
        throw AppError.conflict('contestId', ContestErrorReason.ALREADY_ENTERED, 'You have already entered this contest: one entry per member.');
      }
      entryId = await this.repository.insertEntry(m, { contestId: contest.id, postId: post.id, userId: me.id, imageUrl });
    });
    const [row] = await this.repository.entriesByIds([entryId], me.id);
    return row!;
  }

  private checkShape(c: ContestRow, text: string, imageUrl: string | null): void {
    if (imageUrl && !(imageUrl.startsWith('/uploads/') && isStorageKey(imageUrl.slice('/uploads/'.length)))) {
      throw AppError.badInput('imageUrl', ContestErrorReason.IMAGE_NOT_FOUND, 'The image must be one of your uploads (a /uploads/… link).');
    }
    if (c.entryKind === ContestEntryKind.TEXT && imageUrl) throw AppError.badInput('imageUrl', ContestErrorReason.ENTRY_INCOMPLETE, 'This contest takes text entries only, without an image.');
    if (c.entryKind === ContestEntryKind.TEXT && !text) throw AppError.badInput('body', ContestErrorReason.ENTRY_INCOMPLETE, 'Write your entry: this contest takes text.');
    if (c.entryKind === ContestEntryKind.IMAGE && !imageUrl) throw AppError.badInput('imageUrl', ContestErrorReason.ENTRY_INCOMPLETE, 'Add an image: this contest takes image entries.');
    if (c.entryKind === ContestEntryKind.TEXT_OR_IMAGE && !text && !imageUrl) throw AppError.badInput('body', ContestErrorReason.ENTRY_INCOMPLETE, 'Write something or add an image.');
  }

  private refusal(problem: { code: ContestErrorReason | null; message: string }): AppError {
    if (problem.code === ContestErrorReason.ALREADY_ENTERED) return AppError.conflict('contestId', problem.code, problem.message);
    if (problem.code) return forbidden(problem.code, problem.message);
    return AppError.forbidden(problem.message);
  }

  /** Votes for an entry (MOST_VOTES contests, while open): once per entry, never one's own. */
  async vote(ctx: RequestContext, entryId: string, on: boolean): Promise<EntryRow> {
    const me = ctx.requireUser();
    const entry = isUuid(entryId) ? await this.repository.entryForVote(entryId) : null;
    if (!entry) throw entryNotFound();
    const contest = await this.contests.get(ctx, entry.contestId);
    if (contest.selection !== ContestSelection.MOST_VOTES) throw forbidden(ContestErrorReason.VOTING_NOT_ALLOWED, 'This contest does not choose its winners by votes.');
    const phase = phaseOf(contest);
    if (phase === ContestPhase.UPCOMING) throw forbidden(ContestErrorReason.NOT_OPEN_YET, 'Voting opens with the contest.');
    if (phase !== ContestPhase.OPEN) throw forbidden(ContestErrorReason.CLOSED, 'Voting closed with the contest.');
    if (on) {
      if (entry.userId === me.id) throw forbidden(ContestErrorReason.OWN_ENTRY, 'You cannot vote for your own entry.');
      if (!entry.eligible) throw forbidden(ContestErrorReason.ENTRY_NOT_ELIGIBLE, 'This entry is hidden or removed: it takes no votes.');
      const facts = await this.repository.memberFacts(me.id);
      const standing = facts && standingProblem(contest, facts);
      if (standing) throw forbidden(ContestErrorReason[standing.reason], standing.message.replace('is open to', 'takes votes from'));
    }
    await transaction(this.db, async (m) => {
      const locked = await this.repository.locked(m, contest.id, 'share');
      if (!locked || phaseOf(locked) !== ContestPhase.OPEN) throw forbidden(ContestErrorReason.CLOSED, 'Voting closed with the contest.');
      if (on && !(await this.repository.addVote(m, entry.id, me.id))) {
        throw AppError.conflict('entryId', ContestErrorReason.ALREADY_VOTED, 'You have already voted for this entry: one vote per entry.');
      }
      if (!on && !(await this.repository.removeVote(m, entry.id, me.id))) {
        throw AppError.conflict('entryId', ContestErrorReason.NOT_VOTED, 'You have not voted for this entry.');
      }
    });
    const [row] = await this.repository.entriesByIds([entry.id], me.id);
    return row!;
  }

  /** A page of entries in entry order: those everyone sees, one's own, and for the topic's moderators all. */
  async entries(ctx: RequestContext, contest: ContestRow, first: number | undefined, after: string | undefined): Promise<Page<EntryRow>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    const rows = await this.repository.entriesPage({
      contestId: contest.id,
      viewerId: ctx.user?.id ?? null,
      seesAll: await this.access.moderates(ctx, contest.categoryId),
      after: cursor ? { createdAt: String(cursor[0]), id: String(cursor[1]) } : null,
      limit: size + 1,
    });
    return toPage(rows, size, (e) => [new Date(e.createdAt).toISOString(), e.id]);
  }

  /** Entries by id for the request (winners' entries): one statement per request. */
  entryLoader(ctx: RequestContext) {
    return ctx.loader<string, EntryRow | null>('contestEntries', async (ids) => {
      const rows = await this.repository.entriesByIds(ids, ctx.user?.id ?? null);
      // A winner hidden or deleted since shows as a placeholder to everyone but its author.
      const shown = rows.map((r) => (r.eligible || r.userId === ctx.user?.id ? r : { ...r, bodyHtml: '', imageUrl: null }));
      return ids.map((id) => shown.find((r) => r.id === id) ?? null);
    });
  }

  /** Eligible entries per contest. */
  entryCountLoader(ctx: RequestContext) {
    return ctx.loader<string, number>('contestEntryCounts', async (ids) => {
      const counts = await this.repository.entryCount(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    });
  }

  authorOf(ctx: RequestContext, entry: EntryRow) {
    return userLoader(ctx, this.accounts).load(entry.userId);
  }
}
