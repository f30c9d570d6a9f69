import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum MembershipStatus {
  ACTIVE = 'ACTIVE',
  PENDING = 'PENDING',
  REJECTED = 'REJECTED',
  REMOVED = 'REMOVED',
}
registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  description: 'Whether a person belongs to the community.',
  valuesMap: {
    ACTIVE: { description: 'A member.' },
    PENDING: { description: 'Their join request waits for staff.' },
    REJECTED: { description: 'Their join request was declined.' },
    REMOVED: { description: 'Removed by staff (restorable).' },
  },
});

@ObjectType('MemberStanding', { description: 'Staff: a member\'s standing at a glance — membership, restrictions in force, flags and activity.' })
export class MemberStandingObject {
  @Field(() => MembershipStatus, { description: 'Whether they belong to the community.' })
  membership: MembershipStatus;

  @Field(() => Date, { nullable: true, description: 'Suspended until then (year 9999: indefinitely); null when not suspended now.' })
  suspendedUntil: Date | null;

  @Field(() => Date, { nullable: true, description: 'Read-only until then; null when not silenced now.' })
  silencedUntil: Date | null;

  @Field(() => Int, { description: 'Flags they raised.' })
  flagsGiven: number;

  @Field(() => Int, { description: 'Of the flags they raised, how many staff agreed with.' })
  flagsGivenAgreed: number;

  @Field(() => Int, { description: 'Of the flags they raised, how many staff rejected.' })
  flagsGivenDisagreed: number;

  @Field(() => Int, { description: 'Flags raised on their posts, their topics or them.' })
  flagsReceived: number;

  @Field(() => Int, { description: 'Of the flags they received, how many staff agreed with.' })
  flagsReceivedAgreed: number;

  @Field(() => Int, { description: 'Topics they opened and read (counts toward trust).' })
  topicsEntered: number;

  @Field(() => Int, { description: 'Posts they read (counts toward trust).' })
  postsRead: number;

  @Field(() => Int, { description: 'Minutes spent reading (counts toward trust).' })
  readMinutes: number;

  @Field(() => Int, { description: 'Days on which they visited (counts toward trust).' })
  daysVisited: number;

  @Field(() => String, { nullable: true, description: 'The last day they visited (YYYY-MM-DD, UTC).' })
  lastVisitOn: string | null;
}
