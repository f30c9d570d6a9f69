import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../common/pagination.js';

export enum IdeaStatus {
  NEW = 'NEW',
  UNDER_REVIEW = 'UNDER_REVIEW',
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  DECLINED = 'DECLINED',
  DUPLICATE = 'DUPLICATE',
}
registerEnumType(IdeaStatus, {
  name: 'IdeaStatus',
  description: 'Where an idea stands. DONE, DECLINED and DUPLICATE are closed: they take no votes and give their votes back to the voters.',
  valuesMap: {
    NEW: { description: 'Submitted; nobody on the team has looked yet.' },
    UNDER_REVIEW: { description: 'The team is considering it.' },
    PLANNED: { description: 'On the roadmap.' },
    IN_PROGRESS: { description: 'Being built.' },
    DONE: { description: 'Shipped. Closed.' },
    DECLINED: { description: 'Will not be done; the official response usually says why. Closed.' },
    DUPLICATE: { description: 'Merged into another idea (see Idea.mergedIntoTopicId), which took its votes. Closed; set only by mergeIdea.' },
  },
});

export enum IdeaSort {
  TOP = 'TOP',
  TRENDING = 'TRENDING',
  NEW = 'NEW',
  RECENTLY_UPDATED = 'RECENTLY_UPDATED',
}
registerEnumType(IdeaSort, {
  name: 'IdeaSort',
  description: 'Orders of the ideas board.',
  valuesMap: {
    TOP: { description: 'Most votes first.' },
    TRENDING: { description: 'Most votes given within the last `trendingDays` days first; ideas without a vote in that window are left out.' },
    NEW: { description: 'Newest ideas first.' },
    RECENTLY_UPDATED: { description: 'Latest status change, official response or merge first.' },
  },
});

@ObjectType('IdeaOfficialResponse', { description: 'The team\'s answer, shown at the top of the idea.' })
export class IdeaOfficialResponseObject {
  @Field({ description: 'The response text as written, up to 5,000 characters.' })
  body: string;

  @Field({ description: 'When it was last given.' })
  at: Date;
}

@ObjectType('IdeaStatusChange', { description: 'One step on an idea\'s timeline: a status set, a response given, or a merge.' })
export class IdeaStatusChangeObject {
  @Field(() => ID, { description: 'Stable id; grows with time.' })
  id: string;

  @Field(() => IdeaStatus, { description: 'The status before.' })
  fromStatus: IdeaStatus;

  @Field(() => IdeaStatus, { description: 'The status after (the same as before when only a response was given).' })
  toStatus: IdeaStatus;

  @Field(() => String, { nullable: true, description: 'The official response given with this change, if any.' })
  response: string | null;

  @Field(() => ID, { nullable: true, description: 'For a merge: the topic of the idea this one was merged into.' })
  mergedIntoTopicId: string | null;

  @Field({ description: 'When it happened.' })
  createdAt: Date;
}

@ObjectType('IdeaStaffNote', { description: 'An internal note on an idea: staff only, never shown to members.' })
export class IdeaStaffNoteObject {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => ID, { nullable: true, description: 'The staff member who wrote it; null when their account is gone.' })
  authorId: string | null;

  @Field({ description: 'The note, 1–5,000 characters.' })
  body: string;

  @Field({ description: 'When it was written.' })
  createdAt: Date;
}

@ObjectType('Idea', { description: 'An idea: an IDEA topic on an ideas board, with its votes, status and official response. Its discussion is the topic.' })
export class IdeaObject {
  @Field(() => ID, { description: 'The idea\'s topic; ideas are addressed by their topic id.' })
  topicId: string;

  @Field(() => ID, { description: 'The board (category) it is on.' })
  categoryId: string;

  @Field({ description: 'The topic\'s title.' })
  title: string;

  @Field(() => [String], { description: 'The topic\'s tags.' })
  tags: string[];

  @Field(() => IdeaStatus, { description: 'Where it stands.' })
  status: IdeaStatus;

  @Field({ description: 'DONE, DECLINED or DUPLICATE: no votes are given or taken back.' })
  closed: boolean;

  @Field(() => Int, { description: 'How many members vote for it (exact; each member once).' })
  voteCount: number;

  @Field(() => Int, { description: 'Grows with every vote, status change, response and merge; a live `idea.updated` with a lower one is older than what you have.' })
  revision: number;

  @Field(() => Int, { nullable: true, description: 'TRENDING lists only: votes given within the window.' })
  recentVotes: number | null;

  @Field({ description: 'Whether you vote for it.' })
  votedByMe: boolean;

  @Field({ description: 'Whether you may vote or take your vote back now: signed in as a member and the idea open (the vote limit is checked when you vote).' })
  viewerCanVote: boolean;

  @Field(() => ID, { nullable: true, description: 'DUPLICATE only: the topic of the idea it was merged into.' })
  mergedIntoTopicId: string | null;

  @Field(() => IdeaOfficialResponseObject, { nullable: true, description: 'The team\'s answer, if one was given.' })
  officialResponse: IdeaOfficialResponseObject | null;

  @Field(() => Date, { nullable: true, description: 'When its status last changed; null while it never did.' })
  statusChangedAt: Date | null;

  @Field({ description: 'When it was submitted.' })
  createdAt: Date;

  @Field({ description: 'When its status, response or votes from a merge last changed (RECENTLY_UPDATED order).' })
  updatedAt: Date;
}

export const IdeaConnection = Connection(IdeaObject, 'Idea', 'idea');
export type IdeaConnection = InstanceType<typeof IdeaConnection>;

@ObjectType('IdeaVoteAllowance', { description: 'Your votes: how many are open (on ideas not yet done, declined or merged) and how many your trust level allows.' })
export class IdeaVoteAllowanceObject {
  @Field(() => Int, { description: 'Votes on open ideas.' })
  used: number;

  @Field(() => Int, { description: 'The most open votes your trust level allows.' })
  limit: number;
}

@ObjectType('Roadmap', { description: 'The public roadmap: ideas planned, in progress and done, most votes first.' })
export class RoadmapObject {
  @Field(() => [IdeaObject], { description: 'PLANNED ideas.' })
  planned: IdeaObject[];

  @Field(() => [IdeaObject], { description: 'IN_PROGRESS ideas.' })
  inProgress: IdeaObject[];

  @Field(() => [IdeaObject], { description: 'DONE ideas.' })
  done: IdeaObject[];
}

@InputType({ description: 'Which ideas a board list shows; every filter is optional and they combine.' })
export class IdeaFilterInput {
  @Field(() => [IdeaStatus], { nullable: true, description: 'Only these statuses (up to 7). Without it, every status but DUPLICATE (merged ideas live on in the idea kept).' })
  statuses?: IdeaStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only this board (category).' })
  categoryId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only ideas with this tag.' })
  tag?: string | null;

  @Field(() => ID, { nullable: true, description: 'Staff only: ideas that feedback of this product area supports.' })
  productAreaId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Staff only: ideas with a vote from members at these trust levels (NEW, BASIC, MEMBER, REGULAR, LEADER).' })
  voterTrustLevels?: string[] | null;

  @Field(() => Date, { nullable: true, description: 'Staff only: ideas with a vote from a member who joined at or after this time.' })
  voterJoinedAfter?: Date | null;
}

@InputType({ description: 'A status for an idea, with an optional official response.' })
export class SetIdeaStatusInput {
  @Field(() => ID, { description: 'The idea\'s topic.' })
  topicId: string;

  @Field(() => IdeaStatus, { description: 'The new status; DUPLICATE is set by mergeIdea only. The same status with a new response only updates the response.' })
  status: IdeaStatus;

  @Field(() => String, { nullable: true, description: 'The official response shown at the top of the idea, up to 5,000 characters; omit to keep the current one.' })
  officialResponse?: string | null;
}
