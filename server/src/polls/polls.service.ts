import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LIMITS } from '@townsquare/shared';
import { DomainEvents } from '../app-events.js';
import { AppError, InputErrorReason } from '../common/app-error.js';
import { decodeCursor, toPage, type Page } from '../common/pagination.js';
import type { AuthUser, RequestContext } from '../common/request-context.js';
import { transaction } from '../common/transaction.js';
import type { PostEntity } from '../topics/post.entity.js';
import { TopicAccessService, isUuid } from '../topics/topic-access.service.js';
import { PollKind, PollResultsVisibility, type CreatePollInput, type PollObject, type PollOptionObject } from './poll.objects.js';
import { PollErrorReason, cannotManagePoll, pollClosed, pollNotFound } from './polls.errors.js';
import { PollsRepository, type PollState, type PollWithChoice } from './polls.repository.js';

/** An option as the API shows it, with what its `voters` field needs to decide. */
export interface PollOptionView extends PollOptionObject {
  /** Voter names may be listed: a public poll whose results the viewer sees. */
  votersListed: boolean;
}

export interface PollView extends PollObject {
  options: PollOptionView[];
}

/** Whether the poll no longer takes votes at `now`. */
export function isClosed(poll: Pick<PollState, 'closedAt' | 'closesAt'>, now = Date.now()): boolean {
  return !!poll.closedAt || (!!poll.closesAt && poll.closesAt.getTime() <= now);
}

/** The one results rule: counts show on always-visible polls, to those who voted, and to everyone once closed. */
export function resultsShown(poll: Pick<PollState, 'resultsVisibility' | 'closedAt' | 'closesAt'>, voted: boolean, now = Date.now()): boolean {
  return poll.resultsVisibility === 'ALWAYS' || voted || isClosed(poll, now);
}

/**
 * Polls on posts: attaching one, voting, changing and taking back a vote, closing, and what each
 * reader sees of the results. Who may read a poll is who may read its post (TopicAccessService);
 * who may attach or close one is the post's author or its category's moderators.
 */
@Injectable()
export class PollsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: PollsRepository,
    private readonly access: TopicAccessService,
    private readonly events: DomainEvents,
  ) {}

  /** The poll on a post, or null: one statement for every post of a page. */
  async forPost(ctx: RequestContext, post: PostEntity): Promise<PollView | null> {
    const poll = await ctx
      .loader<string, PollWithChoice | null>('pollsByPost', async (postIds) => {
        const rows = await this.repository.forPosts(postIds, ctx.user?.id ?? null);
        return postIds.map((id) => rows.find((p) => p.postId === id) ?? null);
      })
      .load(post.id);
    return poll ? this.view(ctx, poll) : null;
  }

  async get(ctx: RequestContext, pollId: string): Promise<PollView> {
    return this.view(ctx, (await this.readable(ctx, pollId)).poll);
  }

  async create(ctx: RequestContext, input: CreatePollInput): Promise<PollView> {
    const me = ctx.requireUser();
    const shape = checkPollInput(input);
    const { post, topic } = await this.access.readablePost(ctx, input.postId);
    if (post.deletedAt) throw cannotManagePoll('A deleted post cannot take a poll.');
    if (!(await this.access.moderates(ctx, topic.categoryId))) {
      if (post.authorId !== me.id) throw cannotManagePoll('Only the post\'s author and moderators can add a poll to it.');
      if (Date.now() - post.createdAt.getTime() > LIMITS.editWindowSeconds * 1000) throw cannotManagePoll('The time to edit this post has passed, and a poll with it.');
    }
    const poll = await transaction(this.db, async (m) => {
      const id = await this.repository.insert(m, { postId: post.id, createdBy: me.id, ...shape });
      if (!id) throw AppError.conflict('postId', PollErrorReason.POLL_EXISTS, 'This post already has a poll.');
      return this.repository.byId(id, me.id, m);
    });
    this.published(poll!, post);
    return this.view(ctx, poll!);
  }

  /** Votes, or changes one's vote, for exactly these options (the previous choice is replaced). */
  async vote(ctx: RequestContext, pollId: string, optionIds: readonly string[]): Promise<PollView> {
    const me = ctx.requireUser();
    if (optionIds.length > LIMITS.poll.options.max) throw AppError.badInput('optionIds', PollErrorReason.TOO_MANY_CHOICES, `A poll has at most ${LIMITS.poll.options.max} options.`);
    const chosen = [...new Set(optionIds)];
    if (chosen.length === 0) throw AppError.badInput('optionIds', PollErrorReason.NO_CHOICE, 'Choose an option to vote (or take your vote back).');
    const { poll, post } = await this.readable(ctx, pollId);
    const known = new Set(poll.options.map((o) => o.id));
    if (chosen.some((id) => !known.has(id))) throw AppError.badInput('optionIds', PollErrorReason.OPTION_NOT_IN_POLL, 'That option is not part of this poll.');
    if (!poll.multiple && chosen.length > 1) throw AppError.badInput('optionIds', PollErrorReason.TOO_MANY_CHOICES, 'This poll takes one choice only.');
    if (chosen.length > poll.maxChoices) throw AppError.badInput('optionIds', PollErrorReason.TOO_MANY_CHOICES, `Choose at most ${poll.maxChoices} options in this poll.`);
    return this.changeChoice(ctx, me, poll, post, chosen);
  }

  /** Takes one's vote back (none given: no change). */
  async retract(ctx: RequestContext, pollId: string): Promise<PollView> {
    const me = ctx.requireUser();
    const { poll, post } = await this.readable(ctx, pollId);
    return this.changeChoice(ctx, me, poll, post, []);
  }

  /** Closes the poll: the post's author or the category's moderators. */
  async close(ctx: RequestContext, pollId: string): Promise<PollView> {
    const me = ctx.requireUser();
    const { poll, post } = await this.readable(ctx, pollId);
    if (poll.postAuthorId !== me.id && !(await this.access.moderates(ctx, poll.categoryId))) {
      throw cannotManagePoll('Only the post\'s author and moderators can close its poll.');
    }
    const fresh = await transaction(this.db, async (m) => {
      if (!(await this.repository.close(m, poll.id))) throw AppError.conflict('pollId', PollErrorReason.POLL_CLOSED, 'This poll is already closed.');
      return this.repository.byId(poll.id, me.id, m);
    });
    this.published(fresh!, post);
    return this.view(ctx, fresh!);
  }

  /** A page of an option's voters, newest first: public polls whose results the viewer sees. */
  async voters(ctx: RequestContext, option: PollOptionView, first: number | undefined, after: string | undefined): Promise<Page<{ userId: string; at: Date }>> {
    if (!option.votersListed) return { nodes: [], hasNextPage: false, endCursor: null };
    const size = first ?? LIMITS.poll.votersPage.default;
    if (!Number.isInteger(size) || size < 1 || size > LIMITS.poll.votersPage.max) {
      throw AppError.badInput('first', InputErrorReason.OUT_OF_RANGE, `Ask for 1 to ${LIMITS.poll.votersPage.max} voters per page.`);
    }
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    const key = `pollVoters:${size}:${after ?? ''}`;
    const rows = await ctx
      .loader<string, Array<{ userId: string; at: Date }>>(key, async (optionIds) => {
        const found = await this.repository.voters(optionIds, size + 1, cursor ? { at: String(cursor[0]), userId: String(cursor[1]) } : null);
        return optionIds.map((id) => found.filter((r) => r.option_id === id).map((r) => ({ userId: r.user_id, at: r.created_at })));
      })
      .load(option.id);
    return toPage(rows, size, (r) => [r.at.toISOString(), r.userId]);
  }

  /**
   * For the live channel: whether each of these people sees the counts of the poll as it now is
   * (one statement, and only for polls that show results after a vote). Null is a guest.
   */
  async resultsShownTo(people: ReadonlyArray<AuthUser | null | undefined>, poll: PollState): Promise<boolean[]> {
    if (resultsShown(poll, false)) return people.map(() => true);
    const voted = await this.repository.votedAmong(poll.id, people.filter((p): p is AuthUser => !!p).map((p) => p.id));
    return people.map((p) => !!p && voted.has(p.id));
  }

  private async changeChoice(ctx: RequestContext, me: AuthUser, poll: PollWithChoice, post: PostEntity, chosen: string[]): Promise<PollView> {
    const changed = await transaction(this.db, async (m) => {
      const locked = await this.repository.lockForVote(m, poll.id, me.id);
      if (!locked) throw pollNotFound();
      if (locked.closed) throw pollClosed();
      const remove = locked.mine.filter((id) => !chosen.includes(id));
      const add = chosen.filter((id) => !locked.mine.includes(id));
      if (remove.length === 0 && add.length === 0) return null; // already so: nothing changes, no event
      const voterDelta = locked.mine.length === 0 ? 1 : chosen.length === 0 ? -1 : 0;
      await this.repository.changeVote(m, poll.id, me.id, remove, add, voterDelta);
      return this.repository.byId(poll.id, me.id, m);
    });
    if (!changed) return this.view(ctx, poll);
    this.published(changed, post);
    return this.view(ctx, changed);
  }

  private published(poll: PollWithChoice, post: PostEntity): void {
    const { myOptionIds: _mine, ...state } = poll;
    this.events.publish('poll.updated', { poll: state, post, topicId: poll.topicId });
  }

  /** The poll if its post may be read by this person and is not deleted; NOT_FOUND otherwise. */
  private async readable(ctx: RequestContext, pollId: string): Promise<{ poll: PollWithChoice; post: PostEntity }> {
    if (!isUuid(pollId)) throw pollNotFound();
    const poll = await this.repository.byId(pollId, ctx.user?.id ?? null);
    if (!poll) throw pollNotFound();
    const { post } = await this.access.readablePost(ctx, poll.postId).catch(() => {
      throw pollNotFound();
    });
    if (post.deletedAt) throw pollNotFound();
    return { poll, post };
  }

  private async view(ctx: RequestContext, poll: PollWithChoice): Promise<PollView> {
    const now = Date.now();
    const closed = isClosed(poll, now);
    const mine = new Set(poll.myOptionIds);
    const shown = resultsShown(poll, mine.size > 0, now);
    const canClose = !closed && !!ctx.user && (poll.postAuthorId === ctx.user.id || (await this.access.moderates(ctx, poll.categoryId)));
    return {
      id: poll.id,
      postId: poll.postId,
      question: poll.question,
      kind: poll.multiple ? PollKind.MULTIPLE : PollKind.SINGLE,
      maxChoices: poll.maxChoices,
      anonymous: poll.anonymous,
      resultsVisibility: poll.resultsVisibility as PollResultsVisibility,
      closesAt: poll.closesAt,
      closedAt: poll.closedAt ?? (closed ? poll.closesAt : null),
      closed,
      voterCount: poll.voterCount,
      resultsVisible: shown,
      myVote: poll.options.filter((o) => mine.has(o.id)).map((o) => o.id),
      options: poll.options.map((o) => ({
        id: o.id,
        label: o.label,
        votes: shown ? o.voteCount : null,
        votedByMe: mine.has(o.id),
        votersListed: shown && !poll.anonymous,
      })),
      revision: poll.revision,
      viewerCanVote: !closed && !!ctx.user,
      viewerCanClose: canClose,
    };
  }
}

/** The shape of a new poll, checked before anything is read: limits, options, closing time. */
export function checkPollInput(input: CreatePollInput): {
  question: string | null;
  multiple: boolean;
  maxChoices: number;
  anonymous: boolean;
  resultsVisibility: PollResultsVisibility;
  closesAt: Date | null;
  labels: string[];
} {
  const limits = LIMITS.poll;
  const question = input.question?.trim().replace(/\s+/g, ' ') || null;
  if (question && [...question].length > limits.question.max) throw AppError.badInput('question', InputErrorReason.TOO_LONG, `The question may have at most ${limits.question.max} characters.`);
  if (!Array.isArray(input.options) || input.options.length < limits.options.min) {
    throw AppError.badInput('options', PollErrorReason.TOO_FEW_OPTIONS, `A poll needs at least ${limits.options.min} options.`);
  }
  if (input.options.length > limits.options.max) throw AppError.badInput('options', PollErrorReason.TOO_MANY_OPTIONS, `A poll may have at most ${limits.options.max} options.`);
  const labels = input.options.map((o) => o.trim().replace(/\s+/g, ' '));
  if (labels.some((l) => l.length < limits.optionLabel.min)) throw AppError.badInput('options', InputErrorReason.REQUIRED, 'Every option needs some text.');
  if (labels.some((l) => [...l].length > limits.optionLabel.max)) throw AppError.badInput('options', InputErrorReason.TOO_LONG, `An option may have at most ${limits.optionLabel.max} characters.`);
  if (new Set(labels.map((l) => l.toLocaleLowerCase())).size !== labels.length) throw AppError.badInput('options', PollErrorReason.DUPLICATE_OPTION, 'Two options say the same thing.');
  if (!Object.values(PollKind).includes(input.kind)) throw AppError.badInput('kind', InputErrorReason.INVALID, 'Unknown poll kind.');
  if (!Object.values(PollResultsVisibility).includes(input.resultsVisibility)) throw AppError.badInput('resultsVisibility', InputErrorReason.INVALID, 'Unknown results visibility.');
  const multiple = input.kind === PollKind.MULTIPLE;
  let maxChoices = multiple ? labels.length : 1;
  if (input.maxChoices !== null && input.maxChoices !== undefined) {
    if (!multiple) throw AppError.badInput('maxChoices', InputErrorReason.INVALID, 'A single-choice poll takes one choice; choose MULTIPLE to allow more.');
    if (!Number.isInteger(input.maxChoices) || input.maxChoices < 2 || input.maxChoices > labels.length) {
      throw AppError.badInput('maxChoices', InputErrorReason.OUT_OF_RANGE, `Allow 2 to ${labels.length} choices (the number of options).`);
    }
    maxChoices = input.maxChoices;
  }
  const closesAt = input.closesAt ?? null;
  if (closesAt) {
    if (closesAt.getTime() <= Date.now()) throw AppError.badInput('closesAt', PollErrorReason.CLOSES_IN_PAST, 'The closing time has already passed; choose one in the future.');
    if (closesAt.getTime() > Date.now() + limits.closesWithinDays * 24 * 3600 * 1000) {
      throw AppError.badInput('closesAt', InputErrorReason.OUT_OF_RANGE, `A poll may close at most ${limits.closesWithinDays} days from now.`);
    }
  }
  return { question, multiple, maxChoices, anonymous: input.anonymous, resultsVisibility: input.resultsVisibility, closesAt, labels };
}
