import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UserObject } from '../accounts/user.object.js';
import { Connection } from '../common/pagination.js';

export enum ContestSelection {
  RANDOM_DRAW = 'RANDOM_DRAW',
  MOST_VOTES = 'MOST_VOTES',
  JURY = 'JURY',
}
registerEnumType(ContestSelection, {
  name: 'ContestSelection',
  description: 'How a contest chooses its winners.',
  valuesMap: {
    RANDOM_DRAW: { description: 'A verifiable random draw among the eligible entries (see @townsquare/draw).' },
    MOST_VOTES: { description: 'Members vote (one vote per entry, not for their own) until the close; ties are broken by the verifiable draw.' },
    JURY: { description: 'Staff pick the winners after the close, each with a reason.' },
  },
});

export enum ContestEntryKind {
  TEXT = 'TEXT',
  IMAGE = 'IMAGE',
  TEXT_OR_IMAGE = 'TEXT_OR_IMAGE',
}
registerEnumType(ContestEntryKind, {
  name: 'ContestEntryKind',
  description: 'What an entry must contain.',
  valuesMap: {
    TEXT: { description: 'Text; no image.' },
    IMAGE: { description: 'An uploaded image, with optional text.' },
    TEXT_OR_IMAGE: { description: 'Text, an image, or both.' },
  },
});

export enum ContestPhase {
  UPCOMING = 'UPCOMING',
  OPEN = 'OPEN',
  CLOSING = 'CLOSING',
  JUDGING = 'JUDGING',
  FINISHED = 'FINISHED',
}
registerEnumType(ContestPhase, {
  name: 'ContestPhase',
  description: 'Where a contest is in its life.',
  valuesMap: {
    UPCOMING: { description: 'Not open yet: entries are refused.' },
    OPEN: { description: 'Taking entries (and votes).' },
    CLOSING: { description: 'Past its closing time; the draw runs within moments.' },
    JUDGING: { description: 'Closed; the list is frozen and staff are picking the winners.' },
    FINISHED: { description: 'Winners chosen and announced; the seed is revealed.' },
  },
});

export enum ContestWinMethod {
  DRAW = 'DRAW',
  VOTES = 'VOTES',
  TIE_BREAK = 'TIE_BREAK',
  JURY = 'JURY',
}
registerEnumType(ContestWinMethod, {
  name: 'ContestWinMethod',
  description: 'How one winner was chosen.',
  valuesMap: {
    DRAW: { description: 'By the random draw over the frozen list.' },
    VOTES: { description: 'By having more votes than every entry not chosen.' },
    TIE_BREAK: { description: 'Tied on votes at the last places; chosen by the draw over the tied entries.' },
    JURY: { description: 'Picked by staff, with a reason.' },
  },
});

export enum ContestIneligibility {
  NOT_SIGNED_IN = 'NOT_SIGNED_IN',
  NOT_OPEN_YET = 'NOT_OPEN_YET',
  CLOSED = 'CLOSED',
  ALREADY_ENTERED = 'ALREADY_ENTERED',
  TRUST_LEVEL_TOO_LOW = 'TRUST_LEVEL_TOO_LOW',
  ACCOUNT_TOO_NEW = 'ACCOUNT_TOO_NEW',
  CANNOT_POST = 'CANNOT_POST',
}
registerEnumType(ContestIneligibility, {
  name: 'ContestIneligibility',
  description: 'Why you cannot enter a contest now (the same reasons `enterContest` refuses with).',
  valuesMap: {
    NOT_SIGNED_IN: { description: 'Sign in first.' },
    NOT_OPEN_YET: { description: 'The contest has not opened.' },
    CLOSED: { description: 'The contest has closed.' },
    ALREADY_ENTERED: { description: 'You have made all the entries allowed (one, when one per member).' },
    TRUST_LEVEL_TOO_LOW: { description: 'Your trust level is below the contest\'s minimum.' },
    ACCOUNT_TOO_NEW: { description: 'Your account is younger than the contest\'s minimum age.' },
    CANNOT_POST: { description: 'You cannot post in the contest\'s category.' },
  },
});

@ObjectType('ContestEligibility', { description: 'Whether you may enter a contest now, and if not why.' })
export class ContestEligibilityObject {
  @Field({ description: 'You may enter now.' })
  eligible: boolean;

  @Field(() => ContestIneligibility, { nullable: true, description: 'Why not; null when eligible.' })
  reason: ContestIneligibility | null;

  @Field({ description: 'The same, as a sentence.' })
  message: string;
}

@ObjectType('Contest', { description: 'A contest run in its own topic, with a verifiable way of choosing winners.' })
export class ContestObject {
  @Field(() => ID, { description: 'The contest\'s id.' })
  id: string;

  @Field(() => ID, { description: 'The contest\'s topic: entries are replies in it.' })
  topicId: string;

  @Field({ description: 'Title, also the topic\'s title.' })
  title: string;

  @Field({ description: 'The rules in Markdown, as written.' })
  rules: string;

  @Field({ description: 'The rules rendered to safe HTML by the posts\' renderer.' })
  rulesHtml: string;

  @Field({ description: 'From when entries are taken.' })
  opensAt: Date;

  @Field({ description: 'When entries and votes stop and the winners are chosen.' })
  closesAt: Date;

  @Field(() => ContestEntryKind, { description: 'What an entry must contain.' })
  entryKind: ContestEntryKind;

  @Field({ description: 'Lowest trust level that may enter: NEW, BASIC, MEMBER, REGULAR or LEADER.' })
  minTrustLevel: string;

  @Field(() => Int, { description: 'Days an account must exist before it may enter.' })
  minAccountAgeDays: number;

  @Field({ description: 'Each member may enter once.' })
  oneEntryPerMember: boolean;

  @Field(() => Int, { description: 'How many winners are chosen.' })
  winnerCount: number;

  @Field(() => ContestSelection, { description: 'How the winners are chosen.' })
  selection: ContestSelection;

  @Field(() => ContestPhase, { description: 'Where the contest is now.' })
  phase: ContestPhase;

  @Field({ description: 'The draw method, e.g. `sha256-counter-v1` (see the @townsquare/draw README).' })
  drawAlgorithm: string;

  @Field({ description: 'SHA-256 of the seed\'s 32 bytes, hex, published before anyone could enter.' })
  seedCommitment: string;

  @Field(() => String, { nullable: true, description: 'The seed (64 hex digits), revealed once the winners are chosen; null before.' })
  seed: string | null;

  @Field(() => [ID], { nullable: true, description: 'The eligible entries at the close, in order (by time of entry, then id): the draw\'s list. Null before the close.' })
  frozenEntryIds: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'MOST_VOTES: the entries tied for the last places, in frozen order, that the draw chose among; null without a tie.' })
  tieBreakEntryIds: string[] | null;

  @Field(() => Int, { nullable: true, description: 'MOST_VOTES: how many places the tie-break draw filled.' })
  tieBreakSlots: number | null;

  @Field({ description: 'When the contest was created.' })
  createdAt: Date;
}

@ObjectType('ContestEntry', { description: 'An entry: a reply in the contest\'s topic marked as one.' })
export class ContestEntryObject {
  @Field(() => ID, { description: 'The entry\'s id (not the reply\'s): the id in the frozen list.' })
  id: string;

  @Field(() => ID, { description: 'The reply that is the entry.' })
  postId: string;

  @Field(() => Int, { description: 'The reply\'s number in the topic.' })
  postNumber: number;

  @Field(() => UserObject, { nullable: true, description: 'Who entered; null once the account is deleted.' })
  author?: UserObject | null;

  @Field({ description: 'The entry\'s text rendered to safe HTML (its image included).' })
  bodyHtml: string;

  @Field(() => String, { nullable: true, description: 'The entry\'s image, one of our uploads.' })
  imageUrl: string | null;

  @Field(() => Int, { description: 'Votes so far (MOST_VOTES).' })
  voteCount: number;

  @Field({ description: 'You voted for this entry.' })
  votedByMe: boolean;

  @Field({ description: 'The entry is yours.' })
  mine: boolean;

  @Field({ description: 'Shown and counted: false when hidden, deleted or waiting for approval (staff see those).' })
  eligible: boolean;

  @Field({ description: 'When it was entered; entries are frozen in this order.' })
  createdAt: Date;
}

export const ContestEntryConnection = Connection(ContestEntryObject, 'ContestEntry', 'contest entry');
export type ContestEntryConnection = InstanceType<typeof ContestEntryConnection>;

@ObjectType('ContestWinner', { description: 'One winner and how they were chosen.' })
export class ContestWinnerObject {
  @Field(() => Int, { description: '1 for the first place or the first pick.' })
  rank: number;

  @Field(() => ID, { description: 'The winning entry\'s id.' })
  entryId: string;

  @Field(() => ContestEntryObject, { nullable: true, description: 'The entry; null if it was removed since.' })
  entry?: ContestEntryObject | null;

  @Field(() => ContestWinMethod, { description: 'How it was chosen.' })
  method: ContestWinMethod;

  @Field(() => Int, { nullable: true, description: 'MOST_VOTES: its votes at the close.' })
  votes: number | null;

  @Field(() => String, { nullable: true, description: 'JURY: why staff picked it.' })
  reason: string | null;
}

export const ContestConnection = Connection(ContestObject, 'Contest', 'contest');
export type ContestConnection = InstanceType<typeof ContestConnection>;

@InputType({ description: 'A new contest; its topic is created with it, in the category you pick.' })
export class CreateContestInput {
  @Field(() => ID, { description: 'The category for the contest\'s topic; you need its post permission.' })
  categoryId: string;

  @Field({ description: 'Title, 5–200 characters.' })
  title: string;

  @Field({ description: 'The rules in Markdown, 1–20,000 characters; they open the topic.' })
  rules: string;

  @Field({ description: 'When entries open.' })
  opensAt: Date;

  @Field({ description: 'When entries close; after `opensAt`, in the future, at most 365 days after opening.' })
  closesAt: Date;

  @Field(() => ContestEntryKind, { defaultValue: ContestEntryKind.TEXT_OR_IMAGE, description: 'What an entry must contain.' })
  entryKind: ContestEntryKind;

  @Field({ defaultValue: 'NEW', description: 'Lowest trust level that may enter: NEW, BASIC, MEMBER, REGULAR or LEADER.' })
  minTrustLevel: string;

  @Field(() => Int, { defaultValue: 0, description: 'Days an account must exist to enter, 0–3650.' })
  minAccountAgeDays: number;

  @Field({ defaultValue: true, description: 'Each member may enter once.' })
  oneEntryPerMember: boolean;

  @Field(() => Int, { defaultValue: 1, description: 'How many winners, 1–50.' })
  winnerCount: number;

  @Field(() => ContestSelection, { defaultValue: ContestSelection.RANDOM_DRAW, description: 'How the winners are chosen; fixed once created.' })
  selection: ContestSelection;
}

@InputType({ description: 'Changes to a contest before it closes. The rules\' topic post is not rewritten; selection cannot change once open.' })
export class UpdateContestInput {
  @Field(() => ID, { description: 'The contest to change.' })
  contestId: string;

  @Field({ nullable: true, description: 'Title, 5–200 characters.' })
  title?: string;

  @Field({ nullable: true, description: 'Rules in Markdown, 1–20,000 characters.' })
  rules?: string;

  @Field({ nullable: true, description: 'Only before the contest opens.' })
  opensAt?: Date;

  @Field({ nullable: true, description: 'A new closing time (after opening, in the future); the close is rescheduled.' })
  closesAt?: Date;

  @Field(() => Int, { nullable: true, description: 'How many winners, 1–50.' })
  winnerCount?: number;
}

@InputType({ description: 'An entry: a reply in the contest\'s topic.' })
export class EnterContestInput {
  @Field(() => ID, { description: 'The contest to enter.' })
  contestId: string;

  @Field({ defaultValue: '', description: 'Text in Markdown, up to 10,000 characters.' })
  body: string;

  @Field(() => String, { nullable: true, description: 'An image you uploaded, as its `/uploads/…` URL.' })
  imageUrl?: string | null;
}

@InputType({ description: 'One jury pick.' })
export class ContestPickInput {
  @Field(() => ID, { description: 'An entry of the frozen list.' })
  entryId: string;

  @Field({ description: 'Why it wins, 3–500 characters; shown with the result and kept in the audit log.' })
  reason: string;
}
