import type { AppConfig } from '../config/config.js';

/** Injection token for the uploads settings. */
export const UPLOADS_CONFIG = Symbol('UPLOADS_CONFIG');

export interface UploadsConfig {
  /** Largest accepted file, in bytes (UPLOAD_MAX_BYTES, default 5 MiB). */
  maxBytes: number;
  /** Directory of the local disk storage (UPLOAD_DIR, default `<DATA_DIR>/uploads`). */
  dir: string;
  /** Uploads one person may make per hour (UPLOAD_MAX_PER_HOUR, default 30). */
  maxPerHour: number;
}

export function uploadsConfigFrom(app: AppConfig): UploadsConfig {
  return { maxBytes: app.uploadMaxBytes, dir: app.uploadDir, maxPerHour: app.uploadMaxPerHour };
}
