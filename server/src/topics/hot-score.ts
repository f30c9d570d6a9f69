/**
 * SQL for a topic's hot score: activity (replies, reactions ×2) on a log scale, plus age. An UPDATE
 * that also changes the reply or reaction count passes the new count, as SET sees the row's old values.
 */
export function hotScoreSql(replyCount = 'reply_count', reactionCount = 'reaction_count'): string {
  return `log(greatest(1, ${replyCount} + 2 * ${reactionCount} + 1)) + extract(epoch from created_at) / 45000.0`;
}
