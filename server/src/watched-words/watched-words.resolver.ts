import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@townsquare/shared';
import { Allow } from '../common/permissions.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { WatchedWordAction, WatchedWordObject } from './watched-words.objects.js';
import { WatchedWordsService } from './watched-words.service.js';

@Resolver(() => WatchedWordObject)
export class WatchedWordsResolver {
  constructor(private readonly service: WatchedWordsService) {}

  @Allow(Permission.WatchedWordsManage)
  @Query(() => [WatchedWordObject], { description: 'Staff: every watched word.' })
  watchedWords() {
    return this.service.list();
  }

  @Allow(Permission.WatchedWordsManage)
  @Mutation(() => WatchedWordObject, { description: 'Staff: watches a word or phrase.' })
  createWatchedWord(
    @Ctx() ctx: RequestContext,
    @Args('word', { description: 'The word or phrase.' }) word: string,
    @Args('action', { type: () => WatchedWordAction, description: 'What it does.' }) action: WatchedWordAction,
  ) {
    return this.service.create(ctx, word, action);
  }

  @Allow(Permission.WatchedWordsManage)
  @Mutation(() => Boolean, { description: 'Staff: stops watching a word.' })
  deleteWatchedWord(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID, description: 'The watched word.' }) id: string) {
    return this.service.remove(ctx, id);
  }
}
