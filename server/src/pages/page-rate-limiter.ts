import { Inject, Injectable } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { REDIS } from '../redis/redis.module.js';

/** Feeds and sitemaps: what crawlers and feed readers fetch besides pages (robots.txt stays free: it says how to crawl). */
const FEED_PATHS = /^\/(feeds\/.+\.(rss|atom)|sitemap(-[a-z]+)?\.xml|(categories\/[^/]+\/)?events(\/[^/]+)?\.ics)\/?$/i;

/** Whether a request is for a feed, a sitemap or a calendar feed (counted like a page). */
export function isFeedRequest(req: Request): boolean {
  return (req.method === 'GET' || req.method === 'HEAD') && FEED_PATHS.test(req.path);
}

/** Set on a refused response, so the request log writes it at info: a limit working as meant. */
export const REFUSED_AT_INFO = 'townsquareRefusedAtInfo';

/**
 * Server-rendered pages, feeds and sitemaps per client address (`req.ip`, so behind a proxy the
 * address `TRUST_PROXY` resolves, as for sign-in): `PAGES_MAX_PER_ADDRESS` in
 * `PAGES_WINDOW_SECONDS`, far above what a person reads and well below a scraper hammering one
 * address. Shared between instances through Redis when configured, else counted in this process.
 * Static files never reach it.
 */
@Injectable()
export class PageRateLimiter {
  private readonly perAddress: RateLimiterAbstract;

  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(REDIS) redis: Redis | null) {
    const options = { keyPrefix: 'ts:pages:address', points: config.pages.maxPerAddress, duration: config.pages.windowSeconds };
    const memory = new RateLimiterMemory(options);
    // Falls back to this process's memory if Redis is down.
    this.perAddress = redis ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: memory }) : memory;
  }

  /** Counts one request from `address`: null when it may go on, else the seconds until it may. */
  async consume(address: string): Promise<number | null> {
    try {
      await this.perAddress.consume(address);
      return null;
    } catch (res) {
      if (res instanceof RateLimiterRes) return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
      throw res;
    }
  }

  /**
   * Express middleware for the requests `applies` picks: counts each and answers 429 with
   * Retry-After and a short page (or plain text when no HTML is wanted) once the address is over
   * its limit. When counting fails, the request goes on: a page is worth more than the count.
   */
  middleware(applies: (req: Request) => boolean, logger: Logger): RequestHandler {
    return (req: Request, res: Response, next: NextFunction) => {
      if (!applies(req)) return next();
      this.consume(req.ip ?? 'unknown').then(
        (retryAfter) => {
          if (retryAfter === null) return next();
          refuse(req, res, retryAfter);
        },
        (error: unknown) => {
          logger.warn({ err: error }, 'could not count a page request; answering it');
          next();
        },
      );
    };
  }
}

function refuse(req: Request, res: Response, retryAfter: number): void {
  res.locals[REFUSED_AT_INFO] = true;
  res.status(429).set({ 'Retry-After': String(retryAfter), 'Cache-Control': 'no-store' });
  const message = `Too many requests from your address (RATE_LIMITED). Try again in ${retryAfter} second${retryAfter === 1 ? '' : 's'}.`;
  if (req.method === 'GET' && req.accepts(['text/plain', 'html']) === 'html') {
    res.type('html').send(`<!doctype html><html><head><meta charset="utf-8"><title>Too many requests</title></head><body><p>${message}</p></body></html>\n`);
  } else {
    res.type('text/plain').send(`${message}\n`);
  }
}
