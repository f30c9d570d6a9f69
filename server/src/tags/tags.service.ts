import { Injectable } from '@nestjs/common';
import { LIMITS } from '@townsquare/shared';
import { AppError, InputErrorReason } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { TopicsService } from '../topics/topics.service.js';
import { TagsRepository } from './tags.repository.js';
import { TagErrorReason } from './tags.errors.js';

export interface TagRow {
  name: string;
  description: string;
  topicCount: number;
}

/** Most tags one `tags` query returns. */
const TAGS_PER_LIST = 100;

/** Tags: created by staff, used on topics (up to five each). */
@Injectable()
export class TagsService {
  constructor(
    private readonly repository: TagsRepository,
    private readonly topics: TopicsService,
  ) {}

  /**
   * Tags by name prefix, most used first; at most 100. A tag's count is the topics its list shows
   * this person, so a tag used only where they cannot read says 0, as if unused.
   */
  async list(ctx: RequestContext, prefix = ''): Promise<TagRow[]> {
    if (prefix.length > LIMITS.tagName.max) return [];
    const tags = await this.repository.byPrefix(prefix.toLowerCase());
    const counts = await this.topics.countByTags(ctx, tags.map((t) => t.name));
    return tags
      .map((t) => ({ name: t.name, description: t.description, topicCount: counts.get(t.name) ?? 0 }))
      .sort((a, b) => b.topicCount - a.topicCount || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .slice(0, TAGS_PER_LIST);
  }

  async create(ctx: RequestContext, name: string, description = ''): Promise<TagRow> {
    const tag = name.trim().toLowerCase();
    if (tag.length < LIMITS.tagName.min || tag.length > LIMITS.tagName.max || !LIMITS.tagName.pattern.test(tag)) {
      throw AppError.badInput('name', InputErrorReason.INVALID_FORMAT, 'Use 2–30 characters: a–z, 0–9 and -, starting with a letter or digit.');
    }
    if (description.length > 200) throw AppError.badInput('description', InputErrorReason.TOO_LONG, 'The description may have at most 200 characters.');
    if (!(await this.repository.insert(tag, description.trim(), ctx.requireUser().id))) {
      throw AppError.conflict('name', TagErrorReason.TAG_EXISTS, 'That tag already exists.');
    }
    return { name: tag, description: description.trim(), topicCount: 0 };
  }
}
