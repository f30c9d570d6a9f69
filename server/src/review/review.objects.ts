import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../common/pagination.js';
import type { TopicEntity } from '../topics/topic.entity.js';

@ObjectType('ReviewItem', { description: 'A post in the staff review feed: a topic\'s opening post or a reply. Staff only.' })
export class ReviewItemObject {
  @Field(() => ID, { description: 'The post\'s id.' })
  postId: string;

  @Field({ description: 'Whether this post opened its topic (a new topic) rather than replied in it.' })
  opensTopic: boolean;

  @Field({ description: 'When the post was written: the feed\'s order, oldest first.' })
  createdAt: Date;

  /** The topic, as the staff member may read it (resolved by the field resolver). */
  topic: TopicEntity;

  /** `createdAt` at full precision, for the cursor. */
  key: string;
}

export const ReviewItemConnection = Connection(ReviewItemObject, 'ReviewItem', 'review item');
export type ReviewItemConnection = InstanceType<typeof ReviewItemConnection>;

@ObjectType('ReviewMark', { description: 'How far one staff member has reviewed the feed.' })
export class ReviewMarkObject {
  userId: string;

  @Field({ description: 'Everything written up to this moment is reviewed (the reviewed post\'s time).' })
  reviewedUpTo: Date;

  @Field(() => ID, { nullable: true, description: 'The post reviewed up to; null after the mark was reset to a time.' })
  postId: string | null;

  @Field({ description: 'When the mark last moved.' })
  updatedAt: Date;
}

@ObjectType('ReviewSummary', { description: 'The review feed at a glance for the staff member asking: what is left, their mark, and how far the rest of the team has got.' })
export class ReviewSummaryObject {
  @Field(() => Int, { description: 'Posts left after your mark in your categories, counted up to the cap (see `capped`).' })
  left: number;

  @Field({ description: 'Whether more are left than `left` says (it stopped counting at the cap, 10,000).' })
  capped: boolean;

  @Field({ description: 'Where your feed starts now: your mark, or 24 hours ago while you have none.' })
  startsAfter: Date;

  @Field(() => ReviewMarkObject, { nullable: true, description: 'Your mark; null until you first mark something reviewed.' })
  mine: ReviewMarkObject | null;

  @Field(() => [ReviewMarkObject], { description: 'Other staff\'s marks, furthest along first (up to 50).' })
  others: ReviewMarkObject[];
}
