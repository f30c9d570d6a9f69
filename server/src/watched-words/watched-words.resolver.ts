import { Args, Field, ID, Mutation, ObjectType, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import { Permission } from '@townsquare/shared';
import { Allow } from '../common/permissions.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { WatchedWordsService } from './watched-words.service.js';

export enum WatchedWordAction {
  BLOCK = 'BLOCK',
  FLAG = 'FLAG',
  CENSOR = 'CENSOR',
  REQUIRE_APPROVAL = 'REQUIRE_APPROVAL',
}
registerEnumType(WatchedWordAction, {
  name: 'WatchedWordAction',
  description: 'What a watched word does to a title or post containing it (any English or Russian form of it).',
  valuesMap: {
    BLOCK: { description: 'Refuse the post with a message.' },
    FLAG: { description: 'Accept it and send it to the moderation queue.' },
    CENSOR: { description: 'Accept it and show the word masked.' },
    REQUIRE_APPROVAL: { description: 'Hold it until a moderator approves it.' },
  },
});

@ObjectType('WatchedWord', { description: 'A word or phrase staff watch for in titles and posts.' })
export class WatchedWordObject {
  @Field(() => ID, { description: 'Stable unique id.' })
  id: string;

  @Field({ description: 'The word or phrase, 2–100 characters.' })
  word: string;

  @Field(() => WatchedWordAction, { description: 'What it does.' })
  action: WatchedWordAction;

  @Field({ description: 'When it was added.' })
  createdAt: Date;
}

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
