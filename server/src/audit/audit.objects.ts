import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../common/pagination.js';

@ObjectType('AuditTarget', { description: 'What an audit entry was done to, named and linked as the log shows it.' })
export class AuditTargetObject {
  @Field({ description: 'The kind of thing, as targetType.' })
  kind: string;

  @Field({ description: 'Its id, as targetId.' })
  id: string;

  @Field(() => String, {
    nullable: true,
    description:
      "What it is called: a topic's, idea's, event's or contest's title; a post's (and a queue item's about a post) topic title; a member's handle; a category's, product area's or watched word's name. For a removed thing, what the entry recorded; null when nothing names it.",
  })
  label: string | null;

  @Field(() => Int, { nullable: true, description: 'For a post, or a queue item about one: its number in the topic.' })
  postNumber: number | null;

  @Field(() => String, { nullable: true, description: 'Where it is in the app (a path on this origin), or null.' })
  path: string | null;

  @Field({ description: 'It no longer exists.' })
  deleted: boolean;
}

@ObjectType('AuditEntry', { description: 'One recorded staff or automatic action. Entries are never changed or removed.' })
export class AuditEntryObject {
  @Field(() => ID, { description: 'Entry number; grows with time.' })
  id: string;

  @Field({ description: 'STAFF for a person\'s action, SYSTEM for an automatic one (auto-hide, watched word).' })
  actorKind: string;

  @Field({ description: 'What was done, e.g. POST_HIDDEN, USER_SUSPENDED, ROLE_CHANGED.' })
  action: string;

  @Field({ description: 'What kind of thing it was done to: POST, TOPIC, USER, CATEGORY, WATCHED_WORD, QUEUE_ITEM, CONTEST.' })
  targetType: string;

  @Field({ description: 'The id of that thing.' })
  targetId: string;

  @Field(() => String, { nullable: true, description: 'The reason given.' })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'The state before, as JSON, where it applies.' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The state after, as JSON, where it applies.' })
  after: string | null;

  @Field({ description: 'When it happened.' })
  createdAt: Date;
}

export const AuditEntryConnection = Connection(AuditEntryObject, 'AuditEntry', 'audit entry');
export type AuditEntryConnection = InstanceType<typeof AuditEntryConnection>;

@InputType({ description: 'Narrows the audit log; all given conditions apply.' })
export class AuditFilterInput {
  @Field({ nullable: true, description: 'Only actions by this staff handle.' })
  actorHandle?: string;

  @Field({ nullable: true, description: 'Only this action, e.g. USER_SUSPENDED.' })
  action?: string;

  @Field({ nullable: true, description: 'Only this kind of target.' })
  targetType?: string;

  @Field({ nullable: true, description: 'Only this target id.' })
  targetId?: string;

  @Field(() => Date, { nullable: true, description: 'At or after this moment.' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Before this moment.' })
  to?: Date;
}
