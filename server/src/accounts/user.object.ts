import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@townsquare/shared';

registerEnumType(Role, {
  name: 'Role',
  description: 'What a person may do in the community, from least to most trusted.',
  valuesMap: {
    MEMBER: { description: 'Takes part: posts, replies, reacts.' },
    MODERATOR: { description: 'Keeps the community healthy: works the moderation queue.' },
    COMMUNITY_MANAGER: { description: 'Runs the community: everything a moderator does, plus events, members and guidelines.' },
    ADMIN: { description: 'Everything, including settings and roles.' },
  },
});

@ObjectType('User', { description: 'A person with an account in the community.' })
export class UserObject {
  @Field(() => ID, { description: 'Stable unique id.' })
  id: string;

  @Field({ description: 'Unique handle used in mentions and profile URLs: 3–20 characters of a–z, 0–9 and _.' })
  handle: string;

  @Field({ description: 'The name shown next to the person\'s posts (1–50 characters).' })
  displayName: string;

  @Field(() => Role, { description: 'The person\'s role in the community.' })
  role: Role;

  @Field({ description: 'When the account was created.' })
  createdAt: Date;

  @Field({ description: 'Trust level earned by taking part: NEW, BASIC, MEMBER, REGULAR, or LEADER (granted by staff).' })
  trustLevel: string;
}

@ObjectType('AuthPayload', { description: 'The result of signing up or in: the signed-in user. The session travels in an HttpOnly cookie.' })
export class AuthPayload {
  @Field(() => UserObject, { description: 'The user now signed in.' })
  user: UserObject;
}
