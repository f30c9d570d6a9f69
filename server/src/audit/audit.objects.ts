import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Connection } from '../common/pagination.js';

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
