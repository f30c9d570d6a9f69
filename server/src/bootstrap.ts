import 'reflect-metadata';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Redis } from 'ioredis';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AppModule, type AppModuleOptions } from './app.module.js';
import { seedDemoCommunity } from './community/demo-seed.js';
import type { AppConfig } from './config/config.js';
import { migrateWithLock } from './database/migrate.js';
import { PinoNestLogger } from './logging/logger.js';
import { TownsquareIoAdapter } from './realtime/socket-io.adapter.js';
import { REDIS } from './redis/redis.module.js';
import { baseHeadersOnEveryResponse, securityHeaders } from './security/security-headers.js';

const API_PREFIXES = ['/graphql', '/socket.io', '/healthz', '/api/', '/uploads/'];
/** Files the server makes (calendar feeds, exports, robots.txt, sitemaps, RSS/Atom) even when a browser asks for a page. */
const FILE_ROUTES = /\.(ics|csv|txt|xml|rss|atom)$/;

/** Serves the built client, and index.html for any other page path (history fallback). */
function serveClient(app: NestExpressApplication, clientDist: string, logger: Logger): void {
  const index = path.join(clientDist, 'index.html');
  if (!existsSync(index)) {
    logger.warn({ clientDist }, 'the client is not built; run the build to serve it');
  }
  app.use(express.static(clientDist, { index: false, maxAge: '1h', immutable: false }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PREFIXES.some((p) => req.path.startsWith(p)) || FILE_ROUTES.test(req.path) || !req.accepts('html')) return next();
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The Townsquare client has not been built yet. Run the build, then reload.');
      return;
    }
    res.sendFile(index);
  });
}

/**
 * Builds the whole application on a database URL: migrations and first-start seed under a lock,
 * request logging, static client, live channel. Everything but `listen`, so tests share it.
 */
export async function createApp(options: AppModuleOptions & { config: AppConfig }): Promise<NestExpressApplication> {
  const { config, logger } = options;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    logger: new PinoNestLogger(logger),
    bodyParser: true,
    abortOnError: false,
  });
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  // First, so that every answer carries the headers: pages, files, API answers and errors alike.
  app.use(securityHeaders(config));
  baseHeadersOnEveryResponse(app.getHttpServer());
  app.use(
    pinoHttp({
      logger,
      quietReqLogger: true,
      // Failures are errors; refusals are not: those that may be someone probing (401, 403, 429) warn, the rest inform.
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : [401, 403, 429].includes(res.statusCode) ? 'warn' : 'info'),
      serializers: {
        req: (req: { method: string; url: string; remoteAddress?: string }) => ({ method: req.method, url: req.url, remoteAddress: req.remoteAddress }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' },
    }),
  );
  serveClient(app, config.clientDist, logger);
  app.useWebSocketAdapter(new TownsquareIoAdapter(app, app.get<Redis | null>(REDIS)));
  app.enableShutdownHooks();

  const dataSource = app.get(DataSource);
  const applied = await migrateWithLock(dataSource, async () => {
    await seedDemoCommunity(dataSource, config, logger);
  });
  if (applied.length > 0) logger.info({ migrations: applied }, 'applied database migrations');
  return app;
}
