import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../common/pagination.js';

export enum TopicKind {
  DISCUSSION = 'DISCUSSION',
  QUESTION = 'QUESTION',
  IDEA = 'IDEA',
  ANNOUNCEMENT = 'ANNOUNCEMENT',
}
registerEnumType(TopicKind, {
  name: 'TopicKind',
  description: 'What a topic is for.',
  valuesMap: {
    DISCUSSION: { description: 'A conversation.' },
    QUESTION: { description: 'A question; one reply can be accepted as the answer.' },
    IDEA: { description: 'A suggestion for the product.' },
    ANNOUNCEMENT: { description: 'News, usually from the team.' },
  },
});

export enum TopicSort {
  LATEST = 'LATEST',
  NEW = 'NEW',
  TOP = 'TOP',
  HOT = 'HOT',
  UNANSWERED = 'UNANSWERED',
}
registerEnumType(TopicSort, {
  name: 'TopicSort',
  description: 'How a topic list is ordered.',
  valuesMap: {
    LATEST: { description: 'Most recent activity first; pinned topics lead the first page.' },
    NEW: { description: 'Newest topics first.' },
    TOP: { description: 'Most replies and reactions within `period`.' },
    HOT: { description: 'Recent topics weighted by replies and reactions, decaying with age.' },
    UNANSWERED: { description: 'Questions with neither an accepted nor a staff answer, newest first.' },
  },
});

export enum TopPeriod {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
  ALL = 'ALL',
}
registerEnumType(TopPeriod, {
  name: 'TopPeriod',
  description: 'The period of a TOP list, counted back from now.',
  valuesMap: {
    DAY: { description: 'The last 24 hours.' },
    WEEK: { description: 'The last 7 days.' },
    MONTH: { description: 'The last 30 days.' },
    YEAR: { description: 'The last 365 days.' },
    ALL: { description: 'All time.' },
  },
});

export enum TopicFilter {
  ALL = 'ALL',
  NEW = 'NEW',
  UNREAD = 'UNREAD',
}
registerEnumType(TopicFilter, {
  name: 'TopicFilter',
  description: 'Which topics a list includes, for the signed-in member.',
  valuesMap: {
    ALL: { description: 'Every topic.' },
    NEW: { description: 'Topics from the last 14 days you have not opened.' },
    UNREAD: { description: 'Topics you have read that have posts you have not.' },
  },
});

export enum PostVoice {
  MEMBER = 'MEMBER',
  TEAM = 'TEAM',
  BRAND = 'BRAND',
}
registerEnumType(PostVoice, {
  name: 'PostVoice',
  description: 'Who a post speaks for; members always see which one it is.',
  valuesMap: {
    MEMBER: { description: 'A member, for themselves.' },
    TEAM: { description: 'A staff member writing as themselves: shown with a "team" badge.' },
    BRAND: { description: 'Staff writing as the brand: the brand\'s name, logo and an "official" badge.' },
  },
});

export enum ReactionKind {
  LIKE = 'LIKE',
  LOVE = 'LOVE',
  INSIGHTFUL = 'INSIGHTFUL',
  THANKS = 'THANKS',
}
registerEnumType(ReactionKind, {
  name: 'Reaction',
  description: 'The reactions a member can give; one of each kind per post.',
  valuesMap: {
    LIKE: { description: 'Like.' },
    LOVE: { description: 'Love.' },
    INSIGHTFUL: { description: 'Insightful.' },
    THANKS: { description: 'Thanks.' },
  },
});

@ObjectType('ReactionCount', { description: 'How many gave one reaction to a post.' })
export class ReactionCountObject {
  @Field(() => ReactionKind, { description: 'The reaction.' })
  reaction: ReactionKind;

  @Field(() => Int, { description: 'How many members gave it.' })
  count: number;

  @Field({ description: 'Whether you gave it.' })
  reactedByMe: boolean;
}

@ObjectType('Topic', { description: 'A conversation: a title, an opening post and replies, in one category.' })
export class TopicObject {
  @Field(() => ID, { description: 'Stable unique id.' })
  id: string;

  @Field({ description: 'The title, 5–200 characters.' })
  title: string;

  @Field(() => TopicKind, { description: 'What the topic is for.' })
  kind: TopicKind;

  @Field(() => ID, { description: 'The category it belongs to.' })
  categoryId: string;

  @Field(() => [String], { description: 'Up to 5 tags.' })
  tags: string[];

  @Field(() => Int, { description: 'Replies every reader of the topic sees (the opening post not counted; deleted, hidden and held ones excluded).' })
  replyCount: number;

  @Field(() => Int, { description: 'Reactions on its posts that every reader of the topic sees.' })
  reactionCount: number;

  @Field(() => Int, { description: 'The highest post number in the topic (for read tracking).' })
  highestPostNumber: number;

  @Field({ description: 'When the topic was started.' })
  createdAt: Date;

  @Field({ description: 'When the last post was made.' })
  lastPostedAt: Date;

  @Field({ description: 'Pinned to the top of its category (or everywhere, see pinnedGlobally).' })
  pinned: boolean;

  @Field({ description: 'Pinned to the top of every list.' })
  pinnedGlobally: boolean;

  @Field({ description: 'Locked: no new replies (staff excepted).' })
  locked: boolean;

  @Field({ description: 'For questions: has an accepted answer or a staff reply.' })
  answered: boolean;

  @Field(() => ID, { nullable: true, description: 'The accepted answer\'s post id, for questions.' })
  acceptedPostId: string | null;

  @Field(() => Date, { nullable: true, description: 'When staff deleted the topic; only staff see deleted topics.' })
  deletedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why staff closed it (locked with a reason), shown to readers; null when open or locked without one.' })
  closedReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was hidden (by staff, or while it awaits approval); only its author and staff see hidden topics.' })
  hiddenAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why staff hid it; shown to its author and staff.' })
  hiddenReason: string | null;
}

@ObjectType('PostRevision', { description: 'A post\'s text as it was before an edit. Visible to everyone.' })
export class PostRevisionObject {
  @Field(() => Int, { description: '1 for the original text, then 2, 3, …' })
  revision: number;

  @Field(() => String, { nullable: true, description: 'The topic title at this revision (opening posts only).' })
  title: string | null;

  @Field({ description: 'The Markdown source at this revision.' })
  body: string;

  @Field({ description: 'When this revision was written.' })
  createdAt: Date;
}

@ObjectType('Post', { description: 'The opening post of a topic or a reply.' })
export class PostObject {
  @Field(() => ID, { description: 'Stable unique id.' })
  id: string;

  @Field(() => ID, { description: 'The topic it belongs to.' })
  topicId: string;

  @Field(() => Int, { description: '1 for the opening post, then 2, 3, … in order.' })
  postNumber: number;

  @Field({ description: 'The Markdown source.' })
  body: string;

  @Field({ description: 'The rendered, sanitised HTML: safe to insert into a page.' })
  bodyHtml: string;

  @Field(() => ID, { nullable: true, description: 'The post this one replies to, if any.' })
  replyToPostId: string | null;

  @Field({ description: 'When it was written.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was last edited; null if never.' })
  editedAt: Date | null;

  @Field(() => Int, { description: 'The current revision number; 1 when never edited.' })
  revision: number;

  @Field(() => Date, { nullable: true, description: 'When it was deleted; only staff see deleted posts.' })
  deletedAt: Date | null;
}

export const TopicConnection = Connection(TopicObject, 'Topic', 'topic');
export type TopicConnection = InstanceType<typeof TopicConnection>;
export const PostConnection = Connection(PostObject, 'Post', 'post');
export type PostConnection = InstanceType<typeof PostConnection>;

@ArgsType()
export class TopicListArgs {
  @Field(() => ID, { nullable: true, description: 'Only this category (and not its subcategories); all readable categories when omitted.' })
  categoryId?: string;

  @Field(() => TopicSort, { defaultValue: TopicSort.LATEST, description: 'Order of the list.' })
  sort: TopicSort;

  @Field(() => TopPeriod, { defaultValue: TopPeriod.ALL, description: 'For TOP: the period.' })
  period: TopPeriod;

  @Field(() => TopicFilter, { defaultValue: TopicFilter.ALL, description: 'NEW or UNREAD for the signed-in member.' })
  filter: TopicFilter;

  @Field({ nullable: true, description: 'Only topics with this tag.' })
  tag?: string;

  @Field({ nullable: true, description: 'Only topics started by this handle.' })
  authorHandle?: string;

  @Field(() => Int, { nullable: true, description: 'Page size, 1–50 (default 20).' })
  first?: number;

  @Field({ nullable: true, description: 'Cursor of the last item of the previous page.' })
  after?: string;
}

@InputType({ description: 'A new topic with its opening post.' })
export class CreateTopicInput {
  @Field(() => ID, { description: 'The category to post in; you need its post permission.' })
  categoryId: string;

  @Field({ description: 'Title, 5–200 characters.' })
  title: string;

  @Field({ description: 'Opening post in Markdown, 1–50,000 characters.' })
  body: string;

  @Field(() => TopicKind, { defaultValue: TopicKind.DISCUSSION, description: 'What the topic is for.' })
  kind: TopicKind;

  @Field(() => [String], { defaultValue: [], description: 'Up to 5 existing tags.' })
  tags: string[];

  @Field({ defaultValue: false, description: 'Staff with the brand permission: write as the brand.' })
  asBrand: boolean;
}

@InputType({ description: 'A reply in a topic.' })
export class CreatePostInput {
  @Field(() => ID, { description: 'The topic to reply in.' })
  topicId: string;

  @Field({ description: 'The reply in Markdown, 1–50,000 characters.' })
  body: string;

  @Field(() => ID, { nullable: true, description: 'The post this replies to, in the same topic.' })
  replyToPostId?: string;

  @Field({ defaultValue: false, description: 'Staff with the brand permission: write as the brand.' })
  asBrand: boolean;
}

@InputType({ description: 'An edit of a post; the previous text is kept as a revision.' })
export class EditPostInput {
  @Field(() => ID, { description: 'The post to edit.' })
  postId: string;

  @Field({ description: 'The new Markdown, 1–50,000 characters.' })
  body: string;

  @Field({ nullable: true, description: 'For the opening post: a new topic title, 5–200 characters.' })
  title?: string;
}
