import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Community', { description: 'The community this server runs: its name and the brand behind it.' })
export class CommunityObject {
  @Field({ description: 'The community\'s name, shown in the header and page titles.' })
  name: string;

  @Field({ description: 'A sentence or two on what the community is for.' })
  description: string;

  @Field({ description: 'The brand that runs the community; staff may post under this name.' })
  brandName: string;
}

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

  @Field(() => ID, { nullable: true, description: 'The parent category\'s id, or null for a top-level category.' })
  parentId: string | null;
}

@ObjectType('StaffOverview', { description: 'Figures for the staff area\'s front page.' })
export class StaffOverviewObject {
  @Field(() => Int, { description: 'Accounts in the community.' })
  memberCount: number;

  @Field(() => Int, { description: 'Categories in the community.' })
  categoryCount: number;
}
