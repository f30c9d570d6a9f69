import { LIMITS, type LivePost } from '@townsquare/shared';
import type { PostVoice, Reaction, Role, TopicPostFragment } from '../../lib/generated/graphql';

/** Reads the post a live event carries into the shape the API returns, keeping what only the API knows. */

const VOICES: ReadonlySet<string> = new Set<PostVoice>(['MEMBER', 'TEAM', 'BRAND']);
const ROLES: ReadonlySet<string> = new Set<Role>(['MEMBER', 'MODERATOR', 'COMMUNITY_MANAGER', 'ADMIN']);
const REACTIONS: ReadonlySet<string> = new Set<Reaction>(['LIKE', 'LOVE', 'INSIGHTFUL', 'THANKS']);

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export type ReactionCounts = Array<{ reaction: Reaction; count: number }>;

/** Reaction counts from a live event: known reactions with a positive count. */
export function liveReactionCounts(value: unknown): ReactionCounts {
  if (!Array.isArray(value)) return [];
  const counts: ReactionCounts = [];
  for (const item of value as Array<Record<string, unknown>>) {
    const reaction = text(item?.reaction);
    const count = typeof item?.count === 'number' ? item.count : 0;
    if (reaction && REACTIONS.has(reaction) && count > 0) counts.push({ reaction: reaction as Reaction, count });
  }
  return counts;
}

/** New counts, with "reacted by me" kept from what this page knows (the event carries counts only). */
export function mergeReactionCounts(counts: ReactionCounts, previous: TopicPostFragment['reactions']): TopicPostFragment['reactions'] {
  return counts.map(({ reaction, count }) => ({
    reaction,
    count,
    reactedByMe: previous.some((r) => r.reaction === reaction && r.reactedByMe),
  }));
}

function liveAuthor(value: unknown): TopicPostFragment['author'] {
  if (!value || typeof value !== 'object') return null;
  const a = value as Record<string, unknown>;
  const id = text(a.id);
  const handle = text(a.handle);
  if (!id || !handle) return null;
  const role = text(a.role);
  return { id, handle, displayName: text(a.displayName) ?? handle, role: (role && ROLES.has(role) ? role : 'MEMBER') as Role };
}

export interface LivePostContext {
  /** The post as this page already has it, if it does. */
  existing: TopicPostFragment | null;
  /** The post it replies to, when this page has it. */
  replyTarget: TopicPostFragment | null;
  /** Whether the person viewing may edit a post by this author written at this time. */
  canEdit: (authorId: string | null, createdAt: string) => boolean;
}

export function fromLivePost(raw: LivePost, context: LivePostContext): TopicPostFragment | null {
  const id = text(raw.id);
  const postNumber = typeof raw.postNumber === 'number' ? raw.postNumber : null;
  if (!id || postNumber === null) return null;
  const { existing, replyTarget } = context;
  const voiceText = text(raw.voice);
  const author = liveAuthor(raw.author) ?? existing?.author ?? null;
  const createdAt = text(raw.createdAt) ?? existing?.createdAt ?? new Date().toISOString();
  const replyToPostId = text(raw.replyToPostId);
  return {
    id,
    postNumber,
    body: text(raw.body) ?? existing?.body ?? '',
    bodyHtml: text(raw.bodyHtml) ?? existing?.bodyHtml ?? '',
    voice: (voiceText && VOICES.has(voiceText) ? voiceText : (existing?.voice ?? 'MEMBER')) as PostVoice,
    createdAt,
    editedAt: text(raw.editedAt),
    deletedAt: null,
    hiddenReason: existing?.hiddenReason ?? null,
    awaitingApproval: existing?.awaitingApproval ?? false,
    revision: typeof raw.revision === 'number' ? raw.revision : (existing?.revision ?? 1),
    viewerCanEdit: existing?.viewerCanEdit ?? context.canEdit(author?.id ?? null, createdAt),
    replyToPostId,
    author,
    replyTo:
      existing?.replyTo ??
      (replyTarget ? { id: replyTarget.id, postNumber: replyTarget.postNumber, author: replyTarget.author && { handle: replyTarget.author.handle, displayName: replyTarget.author.displayName } } : null),
    reactions: mergeReactionCounts(liveReactionCounts(raw.reactions), existing?.reactions ?? []),
    // Live posts carry no poll: a poll arrives by its own event (poll.updated).
    poll: existing?.poll ?? null,
  };
}

/** Whether an author may still edit their post (staff always may: the caller checks that). */
export function withinEditWindow(createdAt: string, now = Date.now()): boolean {
  return now - new Date(createdAt).getTime() < LIMITS.editWindowSeconds * 1000;
}
