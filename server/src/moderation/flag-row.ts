/** One flag as the API shows it (staff only). */
export interface FlagRow {
  id: string;
  itemId: string;
  targetType: 'POST' | 'TOPIC' | 'USER';
  targetId: string;
  flaggerId: string;
  reason: string;
  note: string | null;
  weight: number;
  status: string;
  createdAt: Date;
}

export const FLAG_COLUMNS = `id, item_id AS "itemId", target_type AS "targetType", target_id AS "targetId", flagger_id AS "flaggerId",
  reason, note, weight, status, created_at AS "createdAt"`;
