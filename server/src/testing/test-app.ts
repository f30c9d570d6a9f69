import type { ModuleMetadata } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { pino, type Logger } from 'pino';
import request from 'supertest';
import { createApp } from '../bootstrap.js';
import { loadConfig, type AppConfig } from '../config/config.js';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  /** http://127.0.0.1:PORT of the listening server. */
  url: string;
  close(): Promise<void>;
}

/** Boots the real application on the run's test database and listens on a free port. */
/** `logger`: where the app writes its log lines (tests that read them); silent by default. */
export async function startTestApp(
  options: {
    env?: Record<string, string>;
    extraImports?: ModuleMetadata['imports'];
    logger?: Logger;
    /** Another database than the run's (e.g. an empty one). */
    databaseUrl?: string;
  } = {},
): Promise<TestApp> {
  const databaseUrl = options.databaseUrl ?? process.env.TOWNSQUARE_TEST_DATABASE_URL;
  if (!databaseUrl) throw new Error('TOWNSQUARE_TEST_DATABASE_URL is unset: run tests through jest (globalSetup)');
  const config = loadConfig({
    NODE_ENV: 'test',
    ADMIN_EMAIL: 'admin@test.example',
    ADMIN_PASSWORD: 'admin-password-123',
    TRUST_PROXY: 'true',
    SIGNIN_MAX_ATTEMPTS_PER_ADDRESS: '10000',
    // Tests fetch pages faster than any reader from one address; the limit is tested on its own (page-rate-limit.int-spec).
    PAGES_MAX_PER_ADDRESS: '100000',
    // Trust-level pace limits are tested on their own (trust.int-spec); elsewhere fresh members post freely.
    TRUST_LIMITS: 'off',
    ...options.env,
  });
  const logger = options.logger ?? pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const app = await createApp({ config, logger, databaseUrl, extraImports: options.extraImports });
  // A refused start still closes what did start (the job queue's workers, the pools).
  await app.listen(0, '127.0.0.1').catch(async (error: unknown) => {
    await app.close().catch(() => undefined);
    throw error;
  });
  const address = app.getHttpServer().address() as { port: number };
  return { app, config, url: `http://127.0.0.1:${address.port}`, close: () => app.close() };
}

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: string[] }>;
}

/** A client that keeps its cookies, like a browser: one per simulated person. */
export class GqlClient {
  readonly agent: ReturnType<typeof request.agent>;
  constructor(url: string, private readonly address = '203.0.113.1') {
    this.agent = request.agent(url);
  }

  async send<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
    const res = await this.agent
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('x-forwarded-for', this.address)
      .send({ query, variables });
    return { status: res.status, data: res.body?.data ?? null, errors: res.body?.errors };
  }

  /** The session cookie header this client holds, for socket.io connections. */
  cookieHeader(url: string): string {
    const jar = (this.agent as unknown as { jar: { getCookies(access: unknown): Array<{ name: string; value: string }> } }).jar;
    const { hostname, pathname } = new URL(url);
    return jar
      .getCookies({ domain: hostname, path: pathname || '/', secure: false, script: false })
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }
}

export function uniqueHandle(prefix = 'u'): string {
  return `${prefix}_${Math.random().toString(36).slice(2, 10)}`.slice(0, 20);
}

export function codeOf(result: GqlResult): unknown {
  return result.errors?.[0]?.extensions?.code;
}
