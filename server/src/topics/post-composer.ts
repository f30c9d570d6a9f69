import { Injectable } from '@nestjs/common';
import { Permission, roleHasPermission } from '@townsquare/shared';
import { AccountsService } from '../accounts/accounts.service.js';
import type { AuthUser } from '../common/request-context.js';
import { ContentPolicyService } from '../watched-words/content-policy.service.js';
import { renderPost } from './render.js';
import { brandVoiceNotAllowed } from './topics.errors.js';

/** A post (opening or reply) that passed every check and is ready to be written. */
export interface ComposedPost {
  /** The title as the content policy left it (topics only). */
  title: string | undefined;
  html: string;
  mentions: string[];
  quotedPostIds: string[];
  /** Waits for a moderator's approval (watched words, or the author's standing). */
  pending: boolean;
  /** Matched a watched word that flags: a queue item goes with it. */
  flagged: boolean;
}

/**
 * The one path every post takes before it is written, for new topics and replies alike: who may
 * speak as the brand, the author's standing and posting pace (one statement, with the watched
 * words), the content policy, rendering, link and mention limits, and whether it is held for
 * approval. The callers check where it goes (category, topic) and write it.
 */
@Injectable()
export class PostComposer {
  constructor(
    private readonly policy: ContentPolicyService,
    private readonly accounts: AccountsService,
  ) {}

  async compose(author: AuthUser, kind: 'TOPIC' | 'REPLY', input: { title?: string; body: string; asBrand: boolean }): Promise<ComposedPost> {
    if (input.asBrand && !roleHasPermission(author.role, Permission.PostAsBrand)) throw brandVoiceNotAllowed();
    const { standing, policy } = await this.policy.review(author, kind, { title: input.title, body: input.body });
    const rendered = await renderPost(policy.body, (handles) => this.accounts.displayNamesByHandle(handles));
    this.policy.checkLinks(standing.limits, rendered.links, rendered.mentions.length);
    return {
      title: input.title === undefined ? undefined : (policy.title ?? input.title),
      html: rendered.html,
      mentions: rendered.mentions,
      quotedPostIds: rendered.quotedPostIds,
      pending: policy.needsApproval.length > 0 || standing.premoderate,
      flagged: policy.flagged.length > 0,
    };
  }

  /**
   * Whom a stored post's text mentions and whose posts it quotes, read as `compose` reads them (the
   * content policy applied first): for a held post published when it is approved.
   */
  async references(body: string): Promise<{ mentions: string[]; quotedPostIds: string[] }> {
    const policy = await this.policy.apply({ body });
    const rendered = await renderPost(policy.body, (handles) => this.accounts.displayNamesByHandle(handles));
    return { mentions: rendered.mentions, quotedPostIds: rendered.quotedPostIds };
  }
}
