import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../common/request-context.js';
import { PostEntity } from './post.entity.js';
import { TopicAccessService, isModerator } from './topic-access.service.js';

/** Batched post lookups for field resolvers: one query per kind of lookup per request. */
@Injectable()
export class PostsLoader {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: TopicAccessService,
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
        const rows = await this.db
          .getRepository(PostEntity)
          .createQueryBuilder('p')
          .distinctOn(['p.topic_id'])
          .where("p.topic_id IN (:...topicIds) AND p.as_brand AND p.post_number > 1 AND p.deleted_at IS NULL AND p.hidden_at IS NULL AND p.approval = 'APPROVED'", { topicIds })
          .orderBy('p.topic_id')
          .addOrderBy('p.post_number', 'ASC')
          .getMany();
        return topicIds.map((id) => rows.find((p) => p.topicId === id) ?? null);
      })
      .load(topicId);
  }

  /** Staff see who wrote as the brand; members see the brand. */
  seesBrandAuthors(ctx: RequestContext): boolean {
    return isModerator(ctx.user);
  }
}
