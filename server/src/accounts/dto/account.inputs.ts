import { Field, InputType } from '@nestjs/graphql';

@InputType({ description: 'What a new member provides to create an account.' })
export class SignUpInput {
  @Field({ description: 'Email address; unique, compared case-insensitively; at most 254 characters.' })
  email: string;

  @Field({ description: 'Handle: 3–20 characters of a–z, 0–9 and _; unique.' })
  handle: string;

  @Field({ description: 'Display name: 1–50 characters.' })
  displayName: string;

  @Field({ description: 'Password: 10–256 characters.' })
  password: string;

  @Field({ nullable: true, description: 'Invite-only communities: the invitation token from the link.' })
  inviteToken?: string;

  @Field({ nullable: true, description: 'Communities that approve members: a note for the moderators, up to 1,000 characters.' })
  joinMessage?: string;
}

@InputType({ description: 'Credentials for signing in.' })
export class SignInInput {
  @Field({ description: 'Email address or handle.' })
  login: string;

  @Field({ description: 'The account\'s password.' })
  password: string;
}

@InputType({ description: 'A password change: the current password proves it is the owner.' })
export class ChangePasswordInput {
  @Field({ description: 'The password in use now.' })
  currentPassword: string;

  @Field({ description: 'The new password: 10–256 characters, different from the current one.' })
  newPassword: string;
}
