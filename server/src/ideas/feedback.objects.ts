import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../common/pagination.js';

export enum FeedbackType {
  BUG = 'BUG',
  IDEA = 'IDEA',
  COMPLAINT = 'COMPLAINT',
  PRAISE = 'PRAISE',
  QUESTION = 'QUESTION',
}
registerEnumType(FeedbackType, {
  name: 'FeedbackType',
  description: 'What kind of feedback a post gives.',
  valuesMap: {
    BUG: { description: 'Something does not work as it should.' },
    IDEA: { description: 'A suggestion or feature request.' },
    COMPLAINT: { description: 'A member is unhappy with the product or service.' },
    PRAISE: { description: 'A member likes something.' },
    QUESTION: { description: 'A member asks how something works.' },
  },
});

@ObjectType('ProductArea', { description: 'A part of the product feedback is about; admins keep the list.' })
export class ProductAreaObject {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'Its name, 1–80 characters, unique whatever the case.' })
  name: string;
}

@ObjectType('FeedbackMark', { description: 'A post staff marked as feedback (staff only), with the member\'s own words and a link back to the post.' })
export class FeedbackMarkObject {
  @Field(() => ID, { description: 'The post marked.' })
  postId: string;

  @Field(() => ID, { description: 'Its topic.' })
  topicId: string;

  @Field({ description: 'The topic\'s title.' })
  topicTitle: string;

  @Field(() => Int, { description: 'The post\'s number in its topic (links: /t/{topicId}/{postNumber}).' })
  postNumber: number;

  @Field(() => ID, { nullable: true, description: 'Who wrote the post; null when their account is gone.' })
  authorId: string | null;

  @Field({ description: 'The member\'s words as written (Markdown), the first 2,000 characters.' })
  excerpt: string;

  @Field(() => FeedbackType, { description: 'What kind of feedback.' })
  type: FeedbackType;

  @Field(() => ProductAreaObject, { nullable: true, description: 'The product area; null when none was chosen or it was removed.' })
  productArea: ProductAreaObject | null;

  @Field(() => ID, { nullable: true, description: 'The topic of the idea it supports, if any.' })
  ideaTopicId: string | null;

  @Field({ description: 'When it was first marked.' })
  markedAt: Date;
}

export const FeedbackMarkConnection = Connection(FeedbackMarkObject, 'FeedbackMark', 'feedback mark');
export type FeedbackMarkConnection = InstanceType<typeof FeedbackMarkConnection>;

@ObjectType('FeedbackGroup', { description: 'How much feedback one product area holds of one type.' })
export class FeedbackGroupObject {
  @Field(() => ProductAreaObject, { nullable: true, description: 'The area; null for feedback without one.' })
  productArea: ProductAreaObject | null;

  @Field(() => FeedbackType, { description: 'The type.' })
  type: FeedbackType;

  @Field(() => Int, { description: 'How many posts.' })
  count: number;
}

@InputType({ description: 'A feedback mark on a post.' })
export class MarkFeedbackInput {
  @Field(() => ID, { description: 'The post; marking it again replaces its mark.' })
  postId: string;

  @Field(() => FeedbackType, { description: 'What kind of feedback it gives.' })
  type: FeedbackType;

  @Field(() => ID, { nullable: true, description: 'Its product area (see productAreas).' })
  productAreaId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The topic of an idea the post supports.' })
  ideaTopicId?: string | null;
}

@InputType({ description: 'Which feedback to list.' })
export class FeedbackFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only this product area.' })
  productAreaId?: string | null;

  @Field({ nullable: true, description: 'Only feedback without a product area.' })
  withoutArea?: boolean;

  @Field(() => FeedbackType, { nullable: true, description: 'Only this type.' })
  type?: FeedbackType | null;

  @Field(() => ID, { nullable: true, description: 'Only feedback supporting this idea (its topic id).' })
  ideaTopicId?: string | null;
}
