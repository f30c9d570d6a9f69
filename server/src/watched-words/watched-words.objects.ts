import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

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
