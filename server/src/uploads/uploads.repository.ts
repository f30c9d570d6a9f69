import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UploadEntity } from './upload.entity.js';

export type NewUpload = Pick<UploadEntity, 'userId' | 'storageKey' | 'mime' | 'byteSize' | 'sha256' | 'width' | 'height'>;

interface UploadRow {
  id: string;
  user_id: string | null;
  storage_key: string;
  mime: string;
  byte_size: number;
  sha256: string;
  width: number | null;
  height: number | null;
  created_at: Date;
}

const COLUMNS = 'id, user_id, storage_key, mime, byte_size, sha256, width, height, created_at';

function toEntity(row: UploadRow): UploadEntity {
  return Object.assign(new UploadEntity(), {
    id: row.id,
    userId: row.user_id,
    storageKey: row.storage_key,
    mime: row.mime,
    byteSize: row.byte_size,
    sha256: row.sha256,
    width: row.width,
    height: row.height,
    createdAt: row.created_at,
  });
}

/**
 * Every query on `uploads`. Plain parameterised SQL on the DataSource, so it does not depend on
 * the entity being registered with TypeORM.
 */
@Injectable()
export class UploadsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(upload: NewUpload): Promise<UploadEntity> {
    const rows: UploadRow[] = await this.dataSource.query(
      `INSERT INTO uploads (user_id, storage_key, mime, byte_size, sha256, width, height)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       RETURNING ${COLUMNS}`,
      [upload.userId, upload.storageKey, upload.mime, upload.byteSize, upload.sha256, upload.width, upload.height],
    );
    return toEntity(rows[0]);
  }

  /** Looks up by the unique storage key. */
  async findByStorageKey(storageKey: string): Promise<UploadEntity | null> {
    const rows: UploadRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM uploads WHERE storage_key = $1`, [storageKey]);
    return rows.length > 0 ? toEntity(rows[0]) : null;
  }
}
