import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@townsquare/shared';
import { Allow, Public } from '../common/permissions.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { TagObject } from './tags.objects.js';
import { TagsService } from './tags.service.js';

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
