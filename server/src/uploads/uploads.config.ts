import path from 'node:path';
import { z } from 'zod';
import { ConfigError, type AppConfig } from '../config/config.js';

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

/** The fields AppConfig carries once the upload variables are part of config.ts. */
type AppConfigWithUploads = AppConfig & Partial<{ uploadMaxBytes: number; uploadDir: string; uploadMaxPerHour: number }>;

const MIB = 1024 * 1024;

const uploadsEnvSchema = z.object({
  UPLOAD_MAX_BYTES: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(1024, 'must be at least 1024')
    .max(100 * MIB, `must be at most ${100 * MIB}`)
    .default(5 * MIB),
  UPLOAD_DIR: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim())),
  UPLOAD_MAX_PER_HOUR: z.coerce.number({ message: 'must be a number' }).int().min(1).max(100000).default(30),
});

/**
 * The uploads settings: taken from the application config when it has them, otherwise read and
 * validated from the environment with the same rules and defaults.
 */
export function uploadsConfigFrom(app: AppConfig, env: NodeJS.ProcessEnv = process.env): UploadsConfig {
  const merged = app as AppConfigWithUploads;
  if (merged.uploadMaxBytes !== undefined && merged.uploadDir !== undefined && merged.uploadMaxPerHour !== undefined) {
    return { maxBytes: merged.uploadMaxBytes, dir: merged.uploadDir, maxPerHour: merged.uploadMaxPerHour };
  }
  const parsed = uploadsEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message} (got "${env[String(issue.path[0])]}")`));
  }
  const e = parsed.data;
  return {
    maxBytes: e.UPLOAD_MAX_BYTES,
    dir: e.UPLOAD_DIR ? path.resolve(e.UPLOAD_DIR) : path.join(app.dataDir, 'uploads'),
    maxPerHour: e.UPLOAD_MAX_PER_HOUR,
  };
}
