import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../common/pagination.js';
import { PostObject, TopicKind, TopicObject } from '../topics/topic.objects.js';

@ObjectType('SearchHit', { description: 'A post matching a search, with its topic and a highlighted snippet.' })
export class SearchHitObject {
  @Field(() => PostObject, { description: 'The matching post (the opening post when the title matched).' })
  post: unknown;

  @Field(() => TopicObject, { description: 'The topic of the post.' })
  topic: unknown;

  @Field({ description: 'A short excerpt with matches wrapped in <mark>…</mark>; everything else is HTML-escaped.' })
  snippet: string;

  @Field({ description: 'Relevance, higher is better; comparable only within one window of one search (see `search`).' })
  rank: number;
}

export const SearchHitConnection = Connection(SearchHitObject, 'SearchHit', 'search hit');
export type SearchHitConnection = InstanceType<typeof SearchHitConnection>;

@ArgsType()
export class SearchArgs {
  @Field({ description: 'Words to find, 2–200 characters; "quoted phrases", OR and -exclusions work. English and Russian word forms match.' })
  query: string;

  @Field(() => ID, { nullable: true, description: 'Only this category.' })
  categoryId?: string;

  @Field({ nullable: true, description: 'Only posts by this handle.' })
  authorHandle?: string;

  @Field({ nullable: true, description: 'Only topics with this tag.' })
  tag?: string;

  @Field(() => TopicKind, { nullable: true, description: 'Only topics of this kind.' })
  kind?: TopicKind;

  @Field(() => Date, { nullable: true, description: 'Only posts written at or after this moment.' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Only posts written before this moment.' })
  to?: Date;

  @Field(() => Int, { nullable: true, description: 'Page size, 1–50 (default 20).' })
  first?: number;

  @Field({ nullable: true, description: 'Cursor of the last hit of the previous page.' })
  after?: string;
}
