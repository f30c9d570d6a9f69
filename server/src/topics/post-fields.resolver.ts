import { ResolveField, Resolver } from '@nestjs/graphql';
import { LIMITS } from '@townsquare/shared';
import { AccountsService } from '../accounts/accounts.service.js';
import type { UserEntity } from '../accounts/user.entity.js';
import { UserObject } from '../accounts/user.object.js';
import { Public } from '../common/permissions.decorator.js';
import { RequestContext, contextOf, type GqlContext } from '../common/request-context.js';
import type { PostRevisionEntity } from './post-revision.entity.js';
import type { PostEntity } from './post.entity.js';
import { PostsLoader } from './posts.loader.js';
import { PostsService } from './posts.service.js';
import { isModerator } from './topic-access.service.js';
import { PostObject, PostRevisionObject, PostVoice, TopicObject } from './topic.objects.js';
import { TopicAccessService } from './topic-access.service.js';
import type { TopicEntity } from './topic.entity.js';
import { userLoader } from '../accounts/user.loader.js';

/** Fields of Post, resolved through per-request DataLoaders. */
@Resolver(() => PostObject)
export class PostFieldsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly posts: PostsService,
    private readonly loader: PostsLoader,
    private readonly access: TopicAccessService,
  ) {}

  @Public()
  @ResolveField(() => PostVoice, { description: 'Whose voice: a member, a team member, or the brand.' })
  voice(post: PostEntity): PostVoice {
    return post.asBrand ? PostVoice.BRAND : post.authorIsStaff ? PostVoice.TEAM : PostVoice.MEMBER;
  }

  @Public()
  @ResolveField(() => UserObject, { nullable: true, description: 'Who wrote it; null for brand posts (staff excepted) and removed accounts.' })
  author(post: PostEntity, _args: unknown, gql: GqlContext): Promise<UserEntity | null> | null {
    const ctx = contextOf(gql);
    if (!post.authorId || (post.asBrand && !this.loader.seesBrandAuthors(ctx))) return null;
    return userLoader(ctx, this.accounts).load(post.authorId);
  }

  @Public()
  @ResolveField(() => TopicObject, { nullable: true, description: 'The topic it belongs to.' })
  topic(post: PostEntity, _args: unknown, gql: GqlContext): Promise<TopicEntity | null> {
    return this.topicOf(contextOf(gql), post);
  }

  private topicOf(ctx: RequestContext, post: PostEntity): Promise<TopicEntity | null> {
    return ctx.loader<string, TopicEntity | null>('topics', (ids) => this.access.readableTopics(ctx, ids)).load(post.topicId);
  }

  @Public()
  @ResolveField(() => PostObject, { nullable: true, description: 'The post this replies to, if you can see it.' })
  replyTo(post: PostEntity, _args: unknown, gql: GqlContext): Promise<PostEntity | null> | null {
    const ctx = contextOf(gql);
    return post.replyToPostId ? this.loader.byId(ctx, post.replyToPostId) : null;
  }

  @Public()
  @ResolveField(() => [PostRevisionObject], { description: 'Earlier versions of the text, oldest first (empty when never edited).' })
  revisions(post: PostEntity, _args: unknown, gql: GqlContext): Promise<PostRevisionEntity[]> | PostRevisionEntity[] {
    const ctx = contextOf(gql);
    return post.revision > 1 ? this.posts.revisions(ctx, post) : [];
  }

  @Public()
  @ResolveField(() => Boolean, { description: 'Held for a moderator\'s approval: only its author and staff see it meanwhile.' })
  awaitingApproval(post: PostEntity): boolean {
    return post.approval === 'PENDING';
  }

  @Public()
  @ResolveField(() => String, { nullable: true, description: 'Why staff or flags hid it (its author and staff see hidden posts); null when visible.' })
  hiddenReason(post: PostEntity): string | null {
    return post.hiddenAt ? (post.hiddenReason ?? 'Hidden by a moderator.') : null;
  }

  @Public()
  @ResolveField(() => Boolean, { description: 'Whether you may edit it now.' })
  async viewerCanEdit(post: PostEntity, _args: unknown, gql: GqlContext): Promise<boolean> {
    const ctx = contextOf(gql);
    if (!ctx.user) return false;
    if (isModerator(ctx.user)) {
      const topic = await this.topicOf(ctx, post);
      if (topic && (await this.access.moderates(ctx, topic.categoryId))) return true;
    }
    return post.authorId === ctx.user.id && !post.deletedAt && Date.now() - new Date(post.createdAt).getTime() <= LIMITS.editWindowSeconds * 1000;
  }

  @Public()
  @ResolveField(() => Boolean, { description: 'Whether it is the accepted answer of its question.' })
  async isAcceptedAnswer(post: PostEntity, _args: unknown, gql: GqlContext): Promise<boolean> {
    const ctx = contextOf(gql);
    const topic = await this.topicOf(ctx, post);
    return topic?.acceptedPostId === post.id;
  }
}
