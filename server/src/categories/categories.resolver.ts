import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@townsquare/shared';
import { Allow, Public } from '../common/permissions.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { CategoriesService } from './categories.service.js';
import { CategoryObject, CreateCategoryInput, UpdateCategoryInput } from './category.object.js';

@Resolver(() => CategoryObject)
export class CategoriesResolver {
  constructor(private readonly service: CategoriesService) {}

  @Public()
  @Query(() => [CategoryObject], { description: 'Every category you may read, in display order (each parent followed by its children).' })
  categories(
    @Ctx() ctx: RequestContext,
    @Args('includeArchived', { nullable: true, description: 'Staff only: include archived categories.' }) includeArchived?: boolean,
  ): Promise<CategoryObject[]> {
    return this.service.listReadable(ctx, includeArchived ?? false) as Promise<CategoryObject[]>;
  }

  @Public()
  @Query(() => CategoryObject, { description: 'One category by slug; NOT_FOUND when it does not exist or you cannot read it.' })
  category(@Ctx() ctx: RequestContext, @Args('slug', { description: 'The category slug.' }) slug: string): Promise<CategoryObject> {
    return this.service.getReadableBySlug(ctx, slug) as Promise<CategoryObject>;
  }

  @Allow(Permission.CategoryManage)
  @Mutation(() => CategoryObject, { description: 'Staff: creates a category.' })
  createCategory(@Ctx() ctx: RequestContext, @Args('input', { description: 'The category.' }) input: CreateCategoryInput): Promise<CategoryObject> {
    return this.service.create(ctx, input) as Promise<CategoryObject>;
  }

  @Allow(Permission.CategoryManage)
  @Mutation(() => CategoryObject, { description: 'Staff: changes a category.' })
  updateCategory(@Ctx() ctx: RequestContext, @Args('input', { description: 'The changes.' }) input: UpdateCategoryInput): Promise<CategoryObject> {
    return this.service.update(ctx, input) as Promise<CategoryObject>;
  }

  @Allow(Permission.CategoryManage)
  @Mutation(() => [CategoryObject], { description: 'Staff: orders sibling categories; list every sibling once, in the new order.' })
  reorderCategories(
    @Ctx() ctx: RequestContext,
    @Args('ids', { type: () => [ID], description: 'Sibling category ids in their new order.' }) ids: string[],
  ): Promise<CategoryObject[]> {
    return this.service.reorder(ctx, ids) as Promise<CategoryObject[]>;
  }

  @Allow(Permission.CategoryManage)
  @Mutation(() => CategoryObject, { description: 'Staff: archives (or un-archives) a category: hidden from lists, closed to new posts.' })
  archiveCategory(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'The category.' }) id: string,
    @Args('archived', { defaultValue: true, description: 'False to restore.' }) archived: boolean,
  ): Promise<CategoryObject> {
    return this.service.setArchived(ctx, id, archived) as Promise<CategoryObject>;
  }
}
