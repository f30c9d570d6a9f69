import { FlagContentDocument, type FlagContentMutation, type FlagReason, type FlagTargetType } from '../../lib/generated/graphql';
import { request } from '../../lib/graphql';

/** The reasons a member can give, in the order the flag dialog offers them. */
export const FLAG_REASONS: readonly FlagReason[] = ['SPAM', 'OFFENSIVE', 'OFF_TOPIC', 'ILLEGAL', 'OTHER'];

/** The longest note a flag may carry (the server's limit). */
export const FLAG_NOTE_MAX = 1000;

export type FlagResult = FlagContentMutation['flag'];

/** What a flag dialog asks for: why, and an optional note (required for OTHER). */
export interface FlagChoice {
  reason: FlagReason;
  note: string;
}

/** Flags a post, topic or member for the moderators; throws an ApiError when refused. */
export async function sendFlag(targetType: FlagTargetType, targetId: string, choice: FlagChoice): Promise<FlagResult> {
  const note = choice.note.trim();
  const { flag } = await request(FlagContentDocument, { input: { targetType, targetId, reason: choice.reason, note: note || undefined } });
  return flag;
}
