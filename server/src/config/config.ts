import path from 'node:path';
import { z } from 'zod';

/** The repository root: server/dist/config or server/src/config → two levels above the package. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const port = (fallback: number) =>
  z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(fallback);

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .optional()
  .transform((v) => (v === undefined ? undefined : ['true', '1', 'yes'].includes(v)));

const postgresUrl = optionalString.refine(
  (v) => v === undefined || /^postgres(ql)?:\/\/.+/.test(v),
  'must be a postgres:// or postgresql:// URL',
);

/** Every environment variable the server reads, with its default. The README lists the same set. */
const envSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { message: 'must be development, production or test' })
    .default('development'),
  PORT: port(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: postgresUrl,
  REDIS_URL: optionalString.refine(
    (v) => v === undefined || /^rediss?:\/\/.+/.test(v),
    'must be a redis:// or rediss:// URL',
  ),
  DATA_DIR: optionalString,
  EMBEDDED_PG_PORT: port(54329),
  ADMIN_EMAIL: optionalString.refine((v) => v === undefined || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'must be an email address'),
  ADMIN_PASSWORD: optionalString.refine(
    (v) => v === undefined || (v.length >= 10 && v.length <= 256),
    'must be 10 to 256 characters',
  ),
  SESSION_TTL_DAYS: z.coerce.number({ message: 'must be a number' }).int().min(1).max(365).default(30),
  COOKIE_SECURE: boolean,
  TRUST_PROXY: boolean,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
  GRAPHQL_MAX_COMPLEXITY: z.coerce.number().int().min(10).max(100000).default(1000),
  CLIENT_DIST: optionalString,
  SIGNIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).max(1000).default(5),
  SIGNIN_MAX_ATTEMPTS_PER_ADDRESS: z.coerce.number().int().min(1).max(100000).default(30),
  UPLOAD_MAX_BYTES: z.coerce.number({ message: 'must be a number' }).int().min(1024).max(100 * 1024 * 1024).default(5 * 1024 * 1024),
  UPLOAD_DIR: optionalString,
  UPLOAD_MAX_PER_HOUR: z.coerce.number({ message: 'must be a number' }).int().min(1).max(100000).default(30),
  PAGES_MAX_PER_ADDRESS: z.coerce.number({ message: 'must be a number' }).int().min(1).max(1_000_000).default(120),
  PAGES_WINDOW_SECONDS: z.coerce.number({ message: 'must be a number' }).int().min(1).max(3600).default(10),
  MENTION_LOOKUPS_PER_MINUTE: z.coerce.number({ message: 'must be a number' }).int().min(1).max(1_000_000).default(60),
  TRUST_LIMITS: z.enum(['on', 'off'], { message: 'must be on or off' }).default('on'),
  FLAG_HIDE_THRESHOLD: z.coerce.number({ message: 'must be a number' }).min(0.5).max(100).default(3),
  SIGNIN_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86400).default(900),
  PUBLIC_URL: optionalString.refine((v) => v === undefined || /^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(v), 'must be an http:// or https:// URL'),
  SMTP_URL: optionalString.refine((v) => v === undefined || /^smtps?:\/\/.+/.test(v), 'must be an smtp:// or smtps:// URL'),
  MAIL_FROM: optionalString,
  JOB_POLL_SECONDS: z.coerce.number({ message: 'must be a number' }).min(0.5).max(60).optional(),
  JOB_EXPIRE_SECONDS: z.coerce.number({ message: 'must be a number' }).int().min(1).max(3600).optional(),
  JOB_MAINTENANCE_SECONDS: z.coerce.number({ message: 'must be a number' }).int().min(1).max(3600).optional(),
  KPI_FRESH_SECONDS: z.coerce.number({ message: 'must be a number' }).int().min(0).max(86400).default(60),
  GUEST_CACHE_MS: z.coerce.number({ message: 'must be a number' }).int().min(0).max(60000).optional(),
  SITEMAP_PAGE_SIZE: z.coerce.number({ message: 'must be a number' }).int().min(10).max(50000).default(10000),
  COMMUNITY_LANGUAGE: z.enum(['en', 'ru'], { message: 'must be en or ru' }).default('en'),
});

export type Env = z.infer<typeof envSchema>;

/** The language a new community is seeded in (its first texts, category names). */
export type CommunityLanguage = Env['COMMUNITY_LANGUAGE'];

export interface AppConfig {
  env: Env['NODE_ENV'];
  port: number;
  host: string;
  databaseUrl?: string;
  redisUrl?: string;
  dataDir: string;
  embeddedPgPort: number;
  adminEmail?: string;
  adminPassword?: string;
  sessionTtlDays: number;
  /** Secure cookies: explicit setting, else on in production. */
  cookieSecure: boolean;
  trustProxy: boolean;
  logLevel: Env['LOG_LEVEL'];
  graphqlMaxDepth: number;
  graphqlMaxComplexity: number;
  clientDist: string;
  signIn: { maxFailuresPerAccount: number; maxAttemptsPerAddress: number; windowSeconds: number };
  uploadMaxBytes: number;
  uploadDir: string;
  uploadMaxPerHour: number;
  /**
   * Server-rendered pages, feeds and sitemaps per client address per window: far above what a
   * person reads, well below a scraper hammering from one address.
   */
  pages: { maxPerAddress: number; windowSeconds: number };
  /** @mention lookups per member per minute. */
  mentionLookupsPerMinute: number;
  /** Whether trust-level limits (pace, links, pre-moderation) apply; on in every real deployment. */
  trustLimits: boolean;
  /** Open flag weight at which a post hides pending review. */
  flagHideThreshold: number;
  /** Where people reach the community, for links in emails (no trailing slash). */
  publicUrl: string;
  /** Outgoing mail: an SMTP server, or none (messages are kept, marked as not sent). */
  smtpUrl?: string;
  mailFrom: string;
  /**
   * The job queue: how often an idle worker looks for due jobs, after how long a job that is still
   * running (its process died) is given to another worker, and how often that check runs.
   */
  jobs: { pollSeconds: number; expireSeconds: number; maintenanceSeconds: number };
  /** The KPI dashboard recomputes today's rollup first when it is older than this (0: always). */
  kpiFreshSeconds: number;
  /** Signed-out readers share answers to the same public read for this long (0: off; off by default outside production). */
  guestCacheMs: number;
  /** Topic URLs per sitemap page (the protocol allows 50,000). */
  sitemapPageSize: number;
  /** The community's language: of the demo community seeded on first start, and of the server-rendered pages. */
  communityLanguage: CommunityLanguage;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Validates the environment and returns the typed configuration, or throws naming every bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '(environment)');
      const got = source[name];
      return `${name}: ${issue.message}${got !== undefined && !/PASSWORD|SMTP_URL|DATABASE_URL|REDIS_URL/.test(name) ? ` (got "${got}")` : ''}`;
    });
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  const dataDir = e.DATA_DIR ? path.resolve(e.DATA_DIR) : path.join(REPO_ROOT, '.data');
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    dataDir,
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    adminEmail: e.ADMIN_EMAIL,
    adminPassword: e.ADMIN_PASSWORD,
    sessionTtlDays: e.SESSION_TTL_DAYS,
    cookieSecure: e.COOKIE_SECURE ?? e.NODE_ENV === 'production',
    trustProxy: e.TRUST_PROXY ?? false,
    logLevel: e.LOG_LEVEL,
    graphqlMaxDepth: e.GRAPHQL_MAX_DEPTH,
    graphqlMaxComplexity: e.GRAPHQL_MAX_COMPLEXITY,
    clientDist: e.CLIENT_DIST ? path.resolve(e.CLIENT_DIST) : path.join(REPO_ROOT, 'client', 'dist'),
    signIn: {
      maxFailuresPerAccount: e.SIGNIN_MAX_FAILURES_PER_ACCOUNT,
      maxAttemptsPerAddress: e.SIGNIN_MAX_ATTEMPTS_PER_ADDRESS,
      windowSeconds: e.SIGNIN_WINDOW_SECONDS,
    },
    uploadMaxBytes: e.UPLOAD_MAX_BYTES,
    uploadDir: e.UPLOAD_DIR ? path.resolve(e.UPLOAD_DIR) : path.join(dataDir, 'uploads'),
    uploadMaxPerHour: e.UPLOAD_MAX_PER_HOUR,
    pages: { maxPerAddress: e.PAGES_MAX_PER_ADDRESS, windowSeconds: e.PAGES_WINDOW_SECONDS },
    mentionLookupsPerMinute: e.MENTION_LOOKUPS_PER_MINUTE,
    trustLimits: e.TRUST_LIMITS === 'on',
    flagHideThreshold: e.FLAG_HIDE_THRESHOLD,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM ?? 'Townsquare <no-reply@localhost>',
    jobs: {
      pollSeconds: e.JOB_POLL_SECONDS ?? (e.NODE_ENV === 'test' ? 0.5 : 2),
      expireSeconds: e.JOB_EXPIRE_SECONDS ?? (e.NODE_ENV === 'test' ? 10 : 300),
      maintenanceSeconds: e.JOB_MAINTENANCE_SECONDS ?? (e.NODE_ENV === 'test' ? 1 : 30),
    },
    kpiFreshSeconds: e.KPI_FRESH_SECONDS,
    guestCacheMs: e.GUEST_CACHE_MS ?? (e.NODE_ENV === 'production' ? 1000 : 0),
    sitemapPageSize: e.SITEMAP_PAGE_SIZE,
    communityLanguage: e.COMMUNITY_LANGUAGE,
  };
}

/** Injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
