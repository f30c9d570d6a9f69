import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@townsquare/shared';
import { UserObject } from '../accounts/user.object.js';
import { Connection } from '../common/pagination.js';

export enum SanctionKind {
  WARNING = 'WARNING',
  SILENCE = 'SILENCE',
  SUSPENSION = 'SUSPENSION',
}
registerEnumType(SanctionKind, {
  name: 'SanctionKind',
  description: 'What staff did about a member.',
  valuesMap: {
    WARNING: { description: 'A private warning, recorded.' },
    SILENCE: { description: 'Read-only for a while.' },
    SUSPENSION: { description: 'Cannot sign in for a while, or indefinitely.' },
  },
});

@ObjectType('Sanction', { description: 'A warning, silence or suspension on a member\'s record.' })
export class SanctionObject {
  @Field(() => ID, { description: 'Stable unique id.' })
  id: string;

  @Field(() => SanctionKind, { description: 'What it was.' })
  kind: SanctionKind;

  @Field({ description: 'The reason the member was given.' })
  reason: string;

  @Field(() => Date, { nullable: true, description: 'When it ends (year 9999: indefinitely); null for warnings.' })
  endsAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When staff lifted it early.' })
  liftedAt: Date | null;

  @Field({ description: 'When it was given.' })
  createdAt: Date;
}

@InputType({ description: 'A warning for a member.' })
export class WarnUserInput {
  @Field(() => ID, { description: 'The member.' })
  userId: string;

  @Field({ description: 'What they did and what to change, up to 1,000 characters; they see it.' })
  reason: string;
}

@InputType({ description: 'A silence or suspension.' })
export class RestrictUserInput {
  @Field(() => ID, { description: 'The member.' })
  userId: string;

  @Field(() => Date, { nullable: true, description: 'Until when; omit to suspend indefinitely (silences need an end).' })
  until?: Date;

  @Field({ description: 'The reason, up to 1,000 characters; they see it.' })
  reason: string;
}

export enum MemberStatus {
  ACTIVE = 'ACTIVE',
  PENDING = 'PENDING',
  REJECTED = 'REJECTED',
  REMOVED = 'REMOVED',
  SUSPENDED = 'SUSPENDED',
  SILENCED = 'SILENCED',
}
registerEnumType(MemberStatus, {
  name: 'MemberStatus',
  description: 'A member\'s standing, for the directory filter.',
  valuesMap: {
    ACTIVE: { description: 'A member in good standing.' },
    PENDING: { description: 'Waiting for their join request.' },
    REJECTED: { description: 'Join request declined.' },
    REMOVED: { description: 'Removed by staff.' },
    SUSPENDED: { description: 'Suspended now.' },
    SILENCED: { description: 'Read-only now.' },
  },
});

@InputType({ description: 'Narrows the member directory; all given conditions apply.' })
export class MemberFilterInput {
  @Field({ nullable: true, description: 'Part of a handle, display name or email.' })
  query?: string;

  @Field(() => Role, { nullable: true, description: 'Only this role.' })
  role?: Role;

  @Field({ nullable: true, description: 'Only this trust level: NEW, BASIC, MEMBER, REGULAR or LEADER.' })
  trustLevel?: string;

  @Field(() => MemberStatus, { nullable: true, description: 'Only this standing.' })
  status?: MemberStatus;

  @Field(() => Date, { nullable: true, description: 'Joined at or after.' })
  joinedFrom?: Date;

  @Field(() => Date, { nullable: true, description: 'Joined before.' })
  joinedTo?: Date;
}

export const MemberConnection = Connection(UserObject, 'Member', 'member');
export type MemberConnection = InstanceType<typeof MemberConnection>;
