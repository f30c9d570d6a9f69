import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum AccessRoleEnum {
  GUEST = 'GUEST',
  MEMBER = 'MEMBER',
  MODERATOR = 'MODERATOR',
  COMMUNITY_MANAGER = 'COMMUNITY_MANAGER',
  ADMIN = 'ADMIN',
}
registerEnumType(AccessRoleEnum, {
  name: 'AccessRole',
  description: 'A role for category permissions: the four account roles, plus GUEST for people not signed in.',
  valuesMap: {
    GUEST: { description: 'Not signed in.' },
    MEMBER: { description: 'A signed-in member.' },
    MODERATOR: { description: 'A moderator.' },
    COMMUNITY_MANAGER: { description: 'A community manager.' },
    ADMIN: { description: 'An administrator (always allowed).' },
  },
});

@ObjectType('Category', { description: 'A place for topics on one subject. Categories nest one level and are ordered by position.' })
export class CategoryObject {
  @Field(() => ID, { description: 'Stable unique id.' })
  id: string;

  @Field({ description: 'URL-safe unique name, e.g. "questions".' })
  slug: string;

  @Field({ description: 'Display name.' })
  name: string;

  @Field({ description: 'What belongs in this category.' })
  description: string;

  @Field({ description: 'Colour as #rrggbb, used for the category badge.' })
  color: string;

  @Field(() => Int, { description: 'Order among its siblings, ascending.' })
  position: number;

  @Field(() => ID, { nullable: true, description: "The parent category's id, or null for a top-level category." })
  parentId: string | null;

  @Field(() => [AccessRoleEnum], { description: 'Who may read topics here.' })
  readRoles: AccessRoleEnum[];

  @Field(() => [AccessRoleEnum], { description: 'Who may start topics and reply here.' })
  postRoles: AccessRoleEnum[];

  @Field(() => Int, { description: 'Topics in the category that all its readers see (deleted, hidden and held ones excluded); subcategories count their own.' })
  topicCount: number;

  @Field(() => Int, { description: 'Posts in those topics, opening posts included (deleted, hidden and held ones excluded).' })
  postCount: number;

  @Field(() => Date, { nullable: true, description: 'When staff archived the category (read-only, hidden from lists); null while active.' })
  archivedAt: Date | null;
}

@InputType({ description: 'A new category.' })
export class CreateCategoryInput {
  @Field({ description: 'Display name, 2–100 characters.' })
  name: string;

  @Field({ description: 'URL name: 2–64 of a–z, 0–9 and -, unique.' })
  slug: string;

  @Field({ nullable: true, description: 'What belongs here, up to 500 characters.' })
  description?: string;

  @Field({ nullable: true, description: 'Badge colour as #rrggbb.' })
  color?: string;

  @Field(() => ID, { nullable: true, description: 'Parent category (one level of nesting only).' })
  parentId?: string;

  @Field(() => [AccessRoleEnum], { nullable: true, description: 'Who may read; default everyone including guests.' })
  readRoles?: AccessRoleEnum[];

  @Field(() => [AccessRoleEnum], { nullable: true, description: 'Who may post; default every member.' })
  postRoles?: AccessRoleEnum[];
}

@InputType({ description: 'Changes to a category; omitted fields stay as they are.' })
export class UpdateCategoryInput {
  @Field(() => ID, { description: 'The category to change.' })
  id: string;

  @Field({ nullable: true, description: 'Display name, 2–100 characters.' })
  name?: string;

  @Field({ nullable: true, description: 'URL name: 2–64 of a–z, 0–9 and -, unique.' })
  slug?: string;

  @Field({ nullable: true, description: 'What belongs here, up to 500 characters.' })
  description?: string;

  @Field({ nullable: true, description: 'Badge colour as #rrggbb.' })
  color?: string;

  @Field(() => [AccessRoleEnum], { nullable: true, description: 'Who may read.' })
  readRoles?: AccessRoleEnum[];

  @Field(() => [AccessRoleEnum], { nullable: true, description: 'Who may post.' })
  postRoles?: AccessRoleEnum[];
}
