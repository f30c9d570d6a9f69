import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AccessModeEnum } from '../membership/access-mode.js';

@ObjectType('Community', { description: 'The community this server runs: its name and the brand behind it.' })
export class CommunityObject {
  @Field({ description: 'The community\'s name, shown in the header and page titles.' })
  name: string;

  @Field({ description: 'A sentence or two on what the community is for.' })
  description: string;

  @Field({ description: 'The brand that runs the community; staff may post under this name.' })
  brandName: string;

  @Field(() => AccessModeEnum, { description: 'How people join: the sign-up page asks for what this needs (a note, an invitation).' })
  accessMode: AccessModeEnum;

  @Field({ description: 'Whether members accept the current guidelines before posting.' })
  requireGuidelines: boolean;
}

@ObjectType('StaffOverview', { description: 'Figures for the staff area\'s front page.' })
export class StaffOverviewObject {
  @Field(() => Int, { description: 'Accounts in the community.' })
  memberCount: number;

  @Field(() => Int, { description: 'Categories you may read (archived ones included).' })
  categoryCount: number;
}
