import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UserObject } from '../accounts/user.object.js';
import { Connection } from '../common/pagination.js';

export enum PollKind {
  SINGLE = 'SINGLE',
  MULTIPLE = 'MULTIPLE',
}
registerEnumType(PollKind, {
  name: 'PollKind',
  description: 'How many options a voter may choose.',
  valuesMap: {
    SINGLE: { description: 'Exactly one option.' },
    MULTIPLE: { description: 'One or more options, up to the poll\'s `maxChoices`.' },
  },
});

export enum PollResultsVisibility {
  ALWAYS = 'ALWAYS',
  AFTER_VOTE = 'AFTER_VOTE',
}
registerEnumType(PollResultsVisibility, {
  name: 'PollResultsVisibility',
  description: 'When readers see a poll\'s counts; everyone sees them once it has closed.',
  valuesMap: {
    ALWAYS: { description: 'Always, before voting too.' },
    AFTER_VOTE: { description: 'Only once you have voted (staff and the author included).' },
  },
});

@ObjectType('PollOption', { description: 'One answer of a poll.' })
export class PollOptionObject {
  @Field(() => ID, { description: 'Stable unique id; pass it to votePoll.' })
  id: string;

  @Field({ description: 'The answer\'s text, 1–200 characters.' })
  label: string;

  @Field(() => Int, { nullable: true, description: 'How many chose it; null while you may not see the results (see Poll.resultsVisible).' })
  votes: number | null;

  @Field({ description: 'Whether you chose it.' })
  votedByMe: boolean;
}

@ObjectType('Poll', { description: 'A poll attached to a post (a topic\'s poll is the one on its opening post).' })
export class PollObject {
  @Field(() => ID, { description: 'Stable unique id.' })
  id: string;

  @Field(() => ID, { description: 'The post it is attached to.' })
  postId: string;

  @Field(() => String, { nullable: true, description: 'The question, up to 300 characters; null when the post itself asks it.' })
  question: string | null;

  @Field(() => PollKind, { description: 'Single or multiple choice.' })
  kind: PollKind;

  @Field(() => Int, { description: 'How many options a voter may choose: 1 for SINGLE.' })
  maxChoices: number;

  @Field({ description: 'Anonymous polls never tell anyone, staff included, who voted for what.' })
  anonymous: boolean;

  @Field(() => PollResultsVisibility, { description: 'When readers see the counts.' })
  resultsVisibility: PollResultsVisibility;

  @Field(() => Date, { nullable: true, description: 'When it closes by itself; null when only closePoll closes it.' })
  closesAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it closed (by hand or at closesAt); null while open.' })
  closedAt: Date | null;

  @Field({ description: 'Closed: votes can no longer be given, changed or taken back.' })
  closed: boolean;

  @Field(() => Int, { description: 'How many people have voted (each once, however many options they chose).' })
  voterCount: number;

  @Field({ description: 'Whether you see the counts now: always-visible polls, once you have voted, or once closed.' })
  resultsVisible: boolean;

  @Field(() => [ID], { description: 'The options you chose; empty when you have not voted.' })
  myVote: string[];

  @Field(() => [PollOptionObject], { description: 'The options in the author\'s order.' })
  options: PollOptionObject[];

  @Field(() => Int, { description: 'Grows with every change (vote, close); a live `poll.updated` with a lower one is older than what you have.' })
  revision: number;

  @Field({ description: 'Whether you may vote or change your vote now (signed in, poll open).' })
  viewerCanVote: boolean;

  @Field({ description: 'Whether you may close it: the post\'s author or the category\'s moderators, while it is open.' })
  viewerCanClose: boolean;
}

export const PollVoterConnection = Connection(UserObject, 'PollVoter', 'voter');
export type PollVoterConnection = InstanceType<typeof PollVoterConnection>;

@InputType({ description: 'A poll to attach to a post you may edit.' })
export class CreatePollInput {
  @Field(() => ID, { description: 'The post (opening post for a topic\'s poll, or a reply); one poll per post.' })
  postId: string;

  @Field(() => String, { nullable: true, description: 'The question, up to 300 characters; omit when the post asks it.' })
  question?: string | null;

  @Field(() => [String], { description: '2–20 distinct answers, 1–200 characters each, in the order shown.' })
  options: string[];

  @Field(() => PollKind, { defaultValue: PollKind.SINGLE, description: 'Single or multiple choice.' })
  kind: PollKind;

  @Field(() => Int, { nullable: true, description: 'MULTIPLE only: at most this many choices, 2 to the number of options (default: all).' })
  maxChoices?: number | null;

  @Field({ defaultValue: false, description: 'Nobody, staff included, can ever see who voted for what. Cannot be changed later.' })
  anonymous: boolean;

  @Field(() => PollResultsVisibility, { defaultValue: PollResultsVisibility.ALWAYS, description: 'When readers see the counts.' })
  resultsVisibility: PollResultsVisibility;

  @Field(() => Date, { nullable: true, description: 'When it closes by itself: in the future, within 366 days. Omit to close it by hand.' })
  closesAt?: Date | null;
}
