import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * A raw row (column names as the table has them, from plain SQL) into an entity, for repositories
 * that read hot paths without the ORM's query builder. Columns absent from the row stay unset; a
 * timestamp that came through JSON as text becomes a Date.
 */
export function hydrateEntity<T extends ObjectLiteral>(db: DataSource, target: EntityTarget<T>, raw: Record<string, unknown>): T {
  const entity = db.getRepository(target).create();
  for (const column of db.getMetadata(target).columns) {
    if (!(column.databaseName in raw)) continue;
    const value = raw[column.databaseName];
    (entity as Record<string, unknown>)[column.propertyName] = column.type === 'timestamptz' && typeof value === 'string' ? new Date(value) : value;
  }
  return entity;
}
