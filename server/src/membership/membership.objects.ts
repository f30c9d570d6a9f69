import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../common/pagination.js';

@ObjectType('Guidelines', { description: 'The community guidelines; every change is a new version.' })
export class GuidelinesObject {
  @Field(() => Int, { description: 'Version number, from 1.' })
  version: number;

  @Field({ description: 'Markdown source.' })
  body: string;

  @Field({ description: 'Rendered, sanitised HTML.' })
  bodyHtml: string;

  @Field({ description: 'When this version was published.' })
  createdAt: Date;
}

export enum JoinRequestStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(JoinRequestStatus, {
  name: 'JoinRequestStatus',
  description: 'Where a join request stands.',
  valuesMap: {
    PENDING: { description: 'Waiting for staff.' },
    APPROVED: { description: 'Let in.' },
    REJECTED: { description: 'Declined, with a reason.' },
  },
});

@ObjectType('JoinRequest', { description: 'Someone asking to join an approval-only community.' })
export class JoinRequestObject {
  @Field(() => ID, { description: 'The person\'s user id.' })
  userId: string;

  @Field({ description: 'Their handle.' })
  handle: string;

  @Field({ description: 'Their display name.' })
  displayName: string;

  @Field({ description: 'Their email (staff only).' })
  email: string;

  @Field({ description: 'Their note to the moderators.' })
  message: string;

  @Field(() => JoinRequestStatus, { description: 'Where it stands.' })
  status: JoinRequestStatus;

  @Field({ description: 'When they asked.' })
  createdAt: Date;
}
export const JoinRequestConnection = Connection(JoinRequestObject, 'JoinRequest', 'join request');
export type JoinRequestConnection = InstanceType<typeof JoinRequestConnection>;

@ObjectType('Invitation', { description: 'A single-use, expiring invitation to join.' })
export class InvitationObject {
  @Field(() => ID, { description: 'Stable unique id.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'The address it is for, or null for an open invitation.' })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'The secret token: returned once, when created; put it in the sign-up link.' })
  token: string | null;

  @Field({ description: 'When it expires.' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was used.' })
  usedAt: Date | null;

  @Field({ description: 'When it was created.' })
  createdAt: Date;
}
export enum MailStatusEnum {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}
registerEnumType(MailStatusEnum, {
  name: 'MailStatus',
  description: 'Where an email stands.',
  valuesMap: {
    PENDING: { description: 'Waiting to be sent, or to be retried.' },
    SENT: { description: 'Handed to the mail server.' },
    FAILED: { description: 'Given up (or no mail server is configured): share the link another way.' },
  },
});

export const InvitationConnection = Connection(InvitationObject, 'Invitation', 'invitation');
export type InvitationConnection = InstanceType<typeof InvitationConnection>;

@InputType({ description: 'Invitations to create.' })
export class CreateInvitationsInput {
  @Field(() => [String], { defaultValue: [], description: 'One invitation per address (bulk invite).' })
  emails: string[];

  @Field(() => Int, { defaultValue: 0, description: 'Open invitations not tied to an address.' })
  count: number;

  @Field(() => Int, { defaultValue: 14, description: 'Days until they expire, 1–90.' })
  expiresInDays: number;
}
