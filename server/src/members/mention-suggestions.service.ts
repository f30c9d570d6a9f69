import { Injectable } from '@nestjs/common';
import type { UserEntity } from '../accounts/user.entity.js';
import { AppError, InputErrorReason } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { TopicAccessService } from '../topics/topic-access.service.js';
import { MentionRateLimiter } from './mention-rate-limiter.js';
import { MembersRepository } from './members.repository.js';

/** How many suggestions a lookup returns at most. */
export const MENTION_SUGGESTIONS = 8;
/** The longest text looked up: a handle is at most 20 characters, a name at most 50. */
const MAX_PREFIX = 50;

/**
 * Who to offer while a member types `@al` in a composer: members whose handle or name starts with
 * the letters, those who took part in the topic first, then the recently active. Members who could
 * not be notified (pending, removed, suspended) are left out, and so is the person asking.
 */
@Injectable()
export class MentionSuggestionsService {
  constructor(
    private readonly members: MembersRepository,
    private readonly access: TopicAccessService,
    private readonly limiter: MentionRateLimiter,
  ) {}

  async suggest(ctx: RequestContext, text: string, topicId: string | null): Promise<UserEntity[]> {
    const user = ctx.requireUser();
    const prefix = text.trim().replace(/^@/, '').toLowerCase();
    if (prefix.length > MAX_PREFIX) throw AppError.badInput('prefix', InputErrorReason.TOO_LONG, `Look up at most ${MAX_PREFIX} characters.`);
    await this.limiter.consume(user.id);
    // Only a topic the person may read ranks its participants: others' private topics stay private.
    if (topicId) await this.access.readableTopic(ctx, topicId);
    if (!prefix) return [];
    const like = `${prefix.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    return this.members.mentionCandidates(like, topicId, user.id, MENTION_SUGGESTIONS);
  }
}
