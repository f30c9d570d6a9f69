/**
 * SQL for a topic's hot score: activity (replies, reactions ×2) on a log scale, plus age. An UPDATE
 * that also changes the reply count passes the new count, as SET sees the row's old values.
 */
export function hotScoreSql(replyCount = 'reply_count'): string {
  return `log(greatest(1, ${replyCount} + 2 * reaction_count + 1)) + extract(epoch from created_at) / 45000.0`;
}
