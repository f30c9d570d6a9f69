import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/request-context.js';
import type { PostEntity } from './post.entity.js';
import { PostsRepository } from './posts.repository.js';
import { TopicAccessService, isModerator } from './topic-access.service.js';

/** Batched post lookups for field resolvers: one query per kind of lookup per request. */
@Injectable()
export class PostsLoader {
  constructor(
    private readonly access: TopicAccessService,
    private readonly postRows: PostsRepository,
  ) {}

  byId(ctx: RequestContext, id: string): Promise<PostEntity | null> {
    return ctx.loader<string, PostEntity | null>('posts', (ids) => this.access.readablePosts(ctx, ids)).load(id);
  }

  /**
   * Whether a post was written as the brand: one batched statement of ids for every topic on a
   * page (who started it, who posted last), without loading the posts themselves.
   */
  isBrandPost(ctx: RequestContext, id: string): Promise<boolean> {
    return this.access.brandPostLoader(ctx).load(id);
  }

  officialAnswer(ctx: RequestContext, topicId: string): Promise<PostEntity | null> {
    return ctx
      .loader<string, PostEntity | null>('officialAnswers', async (topicIds) => {
        const rows = await this.postRows.officialAnswers(topicIds);
        return topicIds.map((id) => rows.find((p) => p.topicId === id) ?? null);
      })
      .load(topicId);
  }

  /** Staff see who wrote as the brand; members see the brand. */
  seesBrandAuthors(ctx: RequestContext): boolean {
    return isModerator(ctx.user);
  }
}
