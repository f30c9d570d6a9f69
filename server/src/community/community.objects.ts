import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { AccessModeEnum } from './access-mode.js';

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

@ObjectType('CommunitySettings', { description: 'How the community admits and trusts people.' })
export class CommunitySettingsObject {
  @Field(() => AccessModeEnum, { description: 'How people join.' })
  accessMode: AccessModeEnum;

  @Field({ description: 'Whether members must accept the current guidelines before posting.' })
  requireGuidelines: boolean;

  @Field({ description: 'Trust thresholds and per-level limits, as JSON (defaults merged in).' })
  trustSettingsJson: string;

  @Field(() => Float, { description: 'The open flag weight at which a post hides pending review: a newcomer\'s flag weighs 1, a reliable flagger\'s up to 2, a staff flag this much.' })
  flagHideThreshold: number;

  @Field({ description: 'Whether the flag threshold is the deployment\'s default (FLAG_HIDE_THRESHOLD) rather than set here.' })
  flagHideThresholdIsDefault: boolean;
}

@InputType({ description: 'Changes to the community settings; omitted fields stay.' })
export class UpdateCommunitySettingsInput {
  @Field(() => AccessModeEnum, { nullable: true, description: 'How people join.' })
  accessMode?: AccessModeEnum;

  @Field({ nullable: true, description: 'Whether members must accept the guidelines before posting.' })
  requireGuidelines?: boolean;

  @Field({ nullable: true, description: 'Full trust settings as JSON: { thresholds: { BASIC, MEMBER, REGULAR }, limits: { NEW, BASIC, MEMBER, REGULAR, LEADER } }.' })
  trustSettingsJson?: string;

  @Field(() => Float, { nullable: true, description: 'The flag weight that hides a post, 1–100; null returns to the deployment\'s default.' })
  flagHideThreshold?: number | null;
}
