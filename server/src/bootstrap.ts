import 'reflect-metadata';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { Redis } from 'ioredis';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AppModule, type AppModuleOptions } from './app.module.js';
import { seedDemoCommunity } from './community/demo-seed.js';
import type { AppConfig, CommunityLanguage } from './config/config.js';
import { migrateWithLock } from './database/migrate.js';
import { headTags } from './pages/page-html.js';
import { PageTemplate } from './pages/page-template.js';
import { pageWords } from './pages/page-words.js';
import { PagesService } from './pages/pages.service.js';
import { PageRateLimiter, REFUSED_AT_INFO, isFeedRequest } from './pages/page-rate-limiter.js';
import { PinoNestLogger } from './logging/logger.js';
import { TownsquareIoAdapter } from './realtime/socket-io.adapter.js';
import { REDIS } from './redis/redis.module.js';
import { baseHeadersOnEveryResponse, pagePolicy, securityHeaders } from './security/security-headers.js';

const API_PREFIXES = ['/graphql', '/socket.io', '/healthz', '/api/', '/uploads/'];
/** Files the server makes (calendar feeds, exports, robots.txt, sitemaps, RSS/Atom) even when a browser asks for a page. */
const FILE_ROUTES = /\.(ics|csv|txt|xml|rss|atom)$/;

/** Vite's content-hashed files: a changed file gets a new name, so a browser may keep each for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html and the rendered pages: a browser asks again each time (a 304 when nothing changed). */
const REVALIDATE = 'no-cache';

/** A page the server renders: a GET or HEAD for HTML outside the API, the files it makes and the hashed assets. */
function isPageRequest(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (API_PREFIXES.some((p) => req.path.startsWith(p)) || FILE_ROUTES.test(req.path)) return false;
  // A missing hashed file stays missing: the page in its place would be taken for a script.
  return !req.path.startsWith('/assets/') && Boolean(req.accepts('html'));
}

/**
 * Serves the built client: its hashed assets for good, other files for an hour, and for any other
 * page path the app's index.html (history fallback) carrying what a guest sees of that page, with
 * its real status (404 for what does not exist or is not public). HEAD answers as GET does.
 * Pages, feeds and sitemaps count against the address's limit; files served as they are do not.
 */
function serveClient(app: NestExpressApplication, clientDist: string, publicUrl: string, language: CommunityLanguage, logger: Logger): void {
  const template = new PageTemplate(clientDist, language);
  if (!existsSync(template.indexPath)) {
    logger.warn({ clientDist }, 'the client is not built; run the build to serve it');
  }
  const assets = path.join(clientDist, 'assets') + path.sep;
  app.use(
    express.static(clientDist, {
      index: false,
      cacheControl: false,
      setHeaders: (res, file) => {
        res.setHeader('Cache-Control', file.startsWith(assets) ? IMMUTABLE : file.endsWith('.html') ? REVALIDATE : 'public, max-age=3600');
      },
    }),
  );
  app.use(app.get(PageRateLimiter).middleware((req) => isPageRequest(req) || isFeedRequest(req), logger));
  const pages = app.get(PagesService);
  const unavailableTitle = pageWords(language).unavailableTitle;
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!isPageRequest(req)) return next();
    sendPage(req, res, pages, template, publicUrl).catch((error: unknown) => {
      logger.error({ err: error, path: req.path }, 'could not render the page');
      if (res.headersSent) return;
      const page = template.render(`<title>${unavailableTitle}</title>`, '');
      if (page) res.setHeader('Content-Security-Policy', pagePolicy(publicUrl, page.inline));
      res.status(503).set('Cache-Control', REVALIDATE).type('html').send(page?.html ?? '');
    });
  });
}

async function sendPage(req: Request, res: Response, pages: PagesService, template: PageTemplate, publicUrl: string): Promise<void> {
  const query = req.query as { page?: unknown };
  const view = (await pages.page(req.path, query, req.ip ?? 'internal')) ?? (await pages.plain());
  const page = template.render(headTags(view, await pages.site()), view.body);
  if (page === null) {
    res.status(503).type('text/plain').send('The Townsquare client has not been built yet. Run the build, then reload.');
    return;
  }
  // The page's own policy: the client's, allowing the inline blocks of this build of index.html.
  res.setHeader('Content-Security-Policy', pagePolicy(publicUrl, page.inline));
  res.status(view.status).set('Cache-Control', REVALIDATE).type('html').send(page.html);
}

/**
 * Brotli or gzip, as the browser prefers, for text answers (pages, scripts, styles, GraphQL) of a
 * kilobyte or more. Never for the live channel or an event stream, whose messages must leave at once.
 */
function compressText(): RequestHandler {
  return compression({
    threshold: 1024,
    filter: (req, res) => {
      if (req.path.startsWith('/socket.io')) return false;
      if (String(res.getHeader('Content-Type') ?? '').startsWith('text/event-stream')) return false;
      return compression.filter(req, res);
    },
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
      // Failures are errors; refusals are not: those that may be someone probing (401, 403, 429) warn, the rest inform,
      // as does a page limit (someone reading fast is no attempt on an account).
      customLogLevel: (_req, res, err) => {
        if (err || res.statusCode >= 500) return 'error';
        if ((res as unknown as Response).locals?.[REFUSED_AT_INFO]) return 'info';
        return [401, 403, 429].includes(res.statusCode) ? 'warn' : 'info';
      },
      serializers: {
        req: (req: { method: string; url: string; remoteAddress?: string }) => ({ method: req.method, url: req.url, remoteAddress: req.remoteAddress }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' },
    }),
  );
  app.use(compressText());
  serveClient(app, config.clientDist, config.publicUrl, config.communityLanguage, logger);
  app.useWebSocketAdapter(new TownsquareIoAdapter(app, app.get<Redis | null>(REDIS)));
  app.enableShutdownHooks();

  const dataSource = app.get(DataSource);
  const applied = await migrateWithLock(dataSource, async () => {
    await seedDemoCommunity(dataSource, config, logger);
  });
  if (applied.length > 0) logger.info({ migrations: applied }, 'applied database migrations');
  return app;
}
