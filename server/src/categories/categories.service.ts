import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { EntityManager } from 'typeorm';
import { LIMITS, Permission, roleHasPermission } from '@townsquare/shared';
import { AuditService } from '../audit/audit.service.js';
import { BroadcastChannel } from '../redis/broadcast-channel.js';
import { REDIS } from '../redis/redis.module.js';
import { AppError, InputErrorReason } from '../common/app-error.js';
import type { AuthUser, RequestContext } from '../common/request-context.js';
import { CategoryErrorReason, categoryNotFound } from './categories.errors.js';
import { CategoriesRepository } from './categories.repository.js';
import { CategoryEntity, type AccessRole } from './category.entity.js';
import { canReadCategory } from '../topics/visibility.js';
import type { CreateCategoryInput, UpdateCategoryInput } from './category.object.js';

const ACCESS_ROLES: AccessRole[] = ['GUEST', 'MEMBER', 'MODERATOR', 'COMMUNITY_MANAGER', 'ADMIN'];
const CACHE_MS = 2000;
/** Redis channel on which an instance that changed a category tells the others to drop their cache. */
const CHANGED_CHANNEL = 'townsquare.categories.changed';

/**
 * Categories and the one access function for everything inside them: who may read, who may post.
 * Categories are few; the list is cached for two seconds per instance, and a change on any
 * instance drops every instance's copy at once (through Redis when several run), so narrowed read
 * roles take effect everywhere before the next request.
 */
@Injectable()
export class CategoriesService implements OnModuleDestroy {
  private cache: { at: number; rows: Promise<CategoryEntity[]> } | null = null;
  private readonly changes: BroadcastChannel;

  constructor(
    private readonly categories: CategoriesRepository,
    private readonly audit: AuditService,
    @Inject(REDIS) redis: Redis | null,
  ) {
    this.changes = new BroadcastChannel(redis, CHANGED_CHANNEL, () => {
      this.cache = null;
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.changes.close();
  }

  /** The audit entry of a change, written by the transaction that makes it. */
  private record(m: EntityManager, ctx: RequestContext, action: string, id: string, before: Partial<CategoryEntity> | null, after: Partial<CategoryEntity> | null) {
    return this.audit.record(m, {
      actorId: ctx.user?.id ?? null,
      action,
      targetType: 'CATEGORY',
      targetId: id,
      before: before as Record<string, unknown> | null,
      after: after as Record<string, unknown> | null,
    });
  }

  private all(): Promise<CategoryEntity[]> {
    if (!this.cache || Date.now() - this.cache.at > CACHE_MS) {
      this.cache = { at: Date.now(), rows: this.categories.findAll() };
    }
    return this.cache.rows;
  }

  private invalidate(): void {
    this.cache = null;
    this.changes.publish();
  }

  canRead(user: AuthUser | null, category: CategoryEntity): boolean {
    return canReadCategory(user, category);
  }

  canPost(user: AuthUser | null, category: CategoryEntity): boolean {
    if (!user || category.archivedAt) return false;
    // Who sets categories' permissions is not bound by them.
    if (roleHasPermission(user.role, Permission.SettingsManage)) return true;
    return category.postRoles.includes(user.role) && this.canRead(user, category);
  }

  /** Every category the person may read, in display order: parents, each followed by its children. */
  async listReadable(ctx: RequestContext, includeArchived = false): Promise<CategoryEntity[]> {
    const staff = !!ctx.user && roleHasPermission(ctx.user.role, Permission.CategoryManage);
    const rows = (await this.all()).filter((c) => this.canRead(ctx.user, c) && (!c.archivedAt || (includeArchived && staff)));
    const top = rows.filter((c) => !c.parentId);
    return top.flatMap((parent) => [parent, ...rows.filter((c) => c.parentId === parent.id)]);
  }

  async readableIds(ctx: RequestContext): Promise<string[]> {
    return (await this.all()).filter((c) => this.canRead(ctx.user, c)).map((c) => c.id);
  }

  /** A category the person may read, or NOT_FOUND. */
  async getReadable(ctx: RequestContext, id: string): Promise<CategoryEntity> {
    const category = (await this.all()).find((c) => c.id === id);
    if (!category || !this.canRead(ctx.user, category)) throw categoryNotFound();
    return category;
  }

  async getReadableBySlug(ctx: RequestContext, slug: string): Promise<CategoryEntity> {
    const category = (await this.all()).find((c) => c.slug === slug.toLowerCase());
    if (!category || !this.canRead(ctx.user, category)) throw categoryNotFound();
    return category;
  }

  /** A category by id whoever asks (for the system's own work, e.g. notifying on approval). */
  async byId(id: string): Promise<CategoryEntity | null> {
    return (await this.all()).find((c) => c.id === id) ?? null;
  }

  /** A category by id read from the database, not the cache: for decisions that must follow a change at once. */
  byIdFresh(id: string): Promise<CategoryEntity | null> {
    return this.categories.findById(id);
  }

  /** Batch lookup for field resolvers; unreadable ones come back as null. */
  async findManyReadable(ctx: RequestContext, ids: readonly string[]): Promise<Array<CategoryEntity | null>> {
    const rows = await this.all();
    return ids.map((id) => rows.find((c) => c.id === id && this.canRead(ctx.user, c)) ?? null);
  }

  async create(ctx: RequestContext, input: CreateCategoryInput): Promise<CategoryEntity> {
    const fields = await this.validate(input);
    if (input.parentId) {
      const parent = (await this.all()).find((c) => c.id === input.parentId);
      if (!parent) throw AppError.badInput('parentId', InputErrorReason.NOT_FOUND, 'The parent category does not exist.');
      if (parent.parentId) throw AppError.badInput('parentId', CategoryErrorReason.NESTING_TOO_DEEP, 'Categories nest one level only.');
    }
    try {
      return await this.categories.transaction(async (m) => {
        // One creation at a time, so the count and the next position are right under concurrency.
        await this.categories.lockCreation(m);
        const count = await this.categories.countAll(m);
        if (count >= LIMITS.categoryCount.max) {
          throw AppError.badInput('name', InputErrorReason.TOO_MANY, `A community has at most ${LIMITS.categoryCount.max} categories (archived ones count): archive and reuse one instead.`);
        }
        const siblings = await this.categories.countChildren(m, input.parentId ?? null);
        const saved = await this.categories.insert(m, {
          ...fields,
          name: fields.name!,
          slug: fields.slug!,
          parentId: input.parentId ?? null,
          position: siblings,
          readRoles: fields.readRoles ?? ACCESS_ROLES,
          postRoles: fields.postRoles ?? ['MEMBER', 'MODERATOR', 'COMMUNITY_MANAGER', 'ADMIN'],
          color: fields.color ?? '#64748b',
        });
        await this.record(m, ctx, 'CATEGORY_CREATED', saved.id, null, { name: saved.name, slug: saved.slug, readRoles: saved.readRoles, postRoles: saved.postRoles });
        return saved;
      });
    } catch (error) {
      throw this.mapUnique(error);
    } finally {
      this.invalidate();
    }
  }

  async update(ctx: RequestContext, input: UpdateCategoryInput): Promise<CategoryEntity> {
    const category = await this.categories.findById(input.id);
    if (!category) throw categoryNotFound();
    const fields = await this.validate(input, true);
    try {
      return await this.categories.transaction(async (m) => {
        const after = await this.categories.update(m, category.id, fields);
        const changed = Object.keys(fields) as Array<keyof CategoryEntity>;
        await this.record(m, ctx, 'CATEGORY_UPDATED', category.id, Object.fromEntries(changed.map((k) => [k, category[k]])), Object.fromEntries(changed.map((k) => [k, after[k]])));
        return after;
      });
    } catch (error) {
      throw this.mapUnique(error);
    } finally {
      this.invalidate();
    }
  }

  /** Sets the order of siblings: `ids` lists every child of one parent (or every top-level category). */
  async reorder(ctx: RequestContext, ids: string[]): Promise<CategoryEntity[]> {
    if (ids.length === 0 || ids.length > 200 || new Set(ids).size !== ids.length) {
      throw AppError.badInput('ids', InputErrorReason.INVALID, 'List each sibling category exactly once.');
    }
    const rows = await this.categories.findByIds(ids);
    const parent = rows[0]?.parentId ?? null;
    const siblings = await this.categories.findSiblings(parent);
    if (rows.length !== ids.length || siblings.length !== ids.length || rows.some((r) => r.parentId !== parent)) {
      throw AppError.badInput('ids', InputErrorReason.INVALID, 'List every sibling category of one parent exactly once.');
    }
    await this.categories.transaction(async (m) => {
      await this.categories.setPositions(m, ids);
      await this.record(m, ctx, 'CATEGORIES_REORDERED', parent ?? 'top-level', null, { order: ids } as never);
    });
    this.invalidate();
    return this.categories.findByIdsInOrder(ids);
  }

  async setArchived(ctx: RequestContext, id: string, archived: boolean): Promise<CategoryEntity> {
    const category = await this.categories.findById(id);
    if (!category) throw categoryNotFound();
    await this.categories.transaction(async (m) => {
      await this.categories.setArchivedAt(m, id, archived ? (category.archivedAt ?? new Date()) : null);
      await this.record(m, ctx, archived ? 'CATEGORY_ARCHIVED' : 'CATEGORY_RESTORED', id, { archivedAt: category.archivedAt }, { archived } as never);
    });
    this.invalidate();
    return this.categories.findByIdOrFail(id);
  }

  /*
   * The denormalised counters (topic_count, post_count) count what every reader of the category
   * sees: topics neither deleted nor hidden (held for approval counts as hidden), and the posts of
   * those topics that are neither deleted, hidden nor held. Shown to anyone who may read the
   * category, they never include what only staff or an author can open. A category counts its own
   * topics only; a parent does not add its children's, so an unreadable child never shows through.
   */

  /** A new listed topic and its opening post count in their category (in the topic's transaction). */
  addTopic(m: EntityManager, categoryId: string): Promise<void> {
    return CategoriesRepository.addTopic(m, categoryId);
  }

  /**
   * Keeps the denormalised counters right; called inside the transaction that changed them (or as
   * part of the one statement that did). `id` is the SQL placeholder of the category's id, `when`
   * an SQL condition for adding at all.
   */
  static counterSql(column: 'topic_count' | 'post_count', delta: number, id = '$1', when = 'true'): string {
    return CategoriesRepository.counterSql(column, delta, id, when);
  }

  /**
   * A topic started or stopped being seen by every reader (deleted, restored, hidden, shown,
   * approved): adds or takes away it and its public posts. Call only when that really changed.
   * Static for the topic writers that fold it into their own statements; features that hold the
   * service call the instance method of the same name.
   */
  static shiftTopicCounters(m: EntityManager, categoryId: string, topicId: string, direction: 1 | -1): Promise<void> {
    return CategoriesRepository.shiftTopicCounters(m, categoryId, topicId, direction);
  }

  /** As the static method: in the caller's transaction `m`. */
  shiftTopicCounters(m: EntityManager, categoryId: string, topicId: string, direction: 1 | -1): Promise<void> {
    return CategoriesRepository.shiftTopicCounters(m, categoryId, topicId, direction);
  }

  /** Recounts the counters from the rows (after moves, merges, splits and bulk changes), in the caller's transaction. */
  recountCounters(m: EntityManager, categoryIds: readonly string[]): Promise<void> {
    return CategoriesRepository.recountCounters(m, categoryIds);
  }

  /** How many of these ids are categories (to check a list of ids given by staff). */
  countExisting(ids: readonly string[]): Promise<number> {
    return this.categories.countExisting(ids);
  }

  private async validate(input: Partial<CreateCategoryInput>, partial = false): Promise<Partial<CategoryEntity>> {
    const out: Partial<CategoryEntity> = {};
    if (input.name !== undefined || !partial) {
      const name = (input.name ?? '').trim();
      if (name.length < LIMITS.categoryName.min) throw AppError.badInput('name', InputErrorReason.TOO_SHORT, 'The name needs at least 2 characters.');
      if (name.length > LIMITS.categoryName.max) throw AppError.badInput('name', InputErrorReason.TOO_LONG, 'The name may have at most 100 characters.');
      out.name = name;
    }
    if (input.slug !== undefined || !partial) {
      const slug = (input.slug ?? '').trim().toLowerCase();
      if (slug.length < LIMITS.categorySlug.min || slug.length > LIMITS.categorySlug.max || !LIMITS.categorySlug.pattern.test(slug)) {
        throw AppError.badInput('slug', InputErrorReason.INVALID_FORMAT, 'Use 2–64 characters: a–z, 0–9 and -.');
      }
      out.slug = slug;
    }
    if (input.description !== undefined) {
      if (input.description.length > LIMITS.categoryDescription.max) {
        throw AppError.badInput('description', InputErrorReason.TOO_LONG, 'The description may have at most 500 characters.');
      }
      out.description = input.description.trim();
    }
    if (input.color !== undefined) {
      if (!/^#[0-9a-fA-F]{6}$/.test(input.color)) throw AppError.badInput('color', InputErrorReason.INVALID_FORMAT, 'Give the colour as #rrggbb.');
      out.color = input.color.toLowerCase();
    }
    for (const field of ['readRoles', 'postRoles'] as const) {
      const roles = input[field];
      if (roles === undefined) continue;
      if (roles.length === 0) throw AppError.badInput(field, InputErrorReason.REQUIRED, 'Choose at least one role.');
      if (field === 'postRoles' && roles.includes('GUEST' as never)) {
        throw AppError.badInput(field, InputErrorReason.INVALID, 'Guests cannot post.');
      }
      out[field] = [...new Set([...(roles as AccessRole[]), 'ADMIN' as AccessRole])];
    }
    return out;
  }

  private mapUnique(error: unknown): unknown {
    const code = (error as { driverError?: { code?: string } }).driverError?.code;
    if (code === '23505') return AppError.conflict('slug', CategoryErrorReason.SLUG_TAKEN, 'Another category already uses that slug.');
    return error;
  }
}
