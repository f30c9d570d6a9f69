import { Args, Field, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@townsquare/shared';
import { Allow, Public } from '../common/permissions.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { TagsService } from './tags.service.js';

@ObjectType('Tag', { description: 'A label for topics; staff create them, members use them.' })
export class TagObject {
  @Field({ description: 'The tag: 2–30 of a–z, 0–9 and -.' })
  name: string;

  @Field({ description: 'What the tag is for.' })
  description: string;

  @Field(() => Int, { description: 'Topics carrying the tag that you may read: as many as its topic list shows you.' })
  topicCount: number;
}

@Resolver(() => TagObject)
export class TagsResolver {
  constructor(private readonly service: TagsService) {}

  @Public()
  @Query(() => [TagObject], { description: 'Tags starting with a prefix (all when empty), most used first; at most 100.' })
  tags(@Ctx() ctx: RequestContext, @Args('prefix', { defaultValue: '', description: 'Name prefix.' }) prefix: string) {
    return this.service.list(ctx, prefix);
  }

  @Allow(Permission.TagCreate)
  @Mutation(() => TagObject, { description: 'Staff: creates a tag.' })
  createTag(
    @Ctx() ctx: RequestContext,
    @Args('name', { description: 'The tag name.' }) name: string,
    @Args('description', { defaultValue: '', description: 'What it is for, up to 200 characters.' }) description: string,
  ) {
    return this.service.create(ctx, name, description);
  }
}
