import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Tag', { description: 'A label for topics; staff create them, members use them.' })
export class TagObject {
  @Field({ description: 'The tag: 2–30 of a–z, 0–9 and -.' })
  name: string;

  @Field({ description: 'What the tag is for.' })
  description: string;

  @Field(() => Int, { description: 'Topics carrying the tag that you may read: as many as its topic list shows you.' })
  topicCount: number;
}
