import { Injectable, type NestMiddleware } from '@nestjs/common';
import { parse as parseCookie } from 'cookie';
import type { NextFunction, Request, Response } from 'express';
import { RequestContext } from '../common/request-context.js';
import { SESSION_COOKIE, SessionsService } from './sessions.service.js';

/** Resolves the session cookie once per API request into `req.ctx`. */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(private readonly sessions: SessionsService) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    try {
      const token = parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE];
      const session = await this.sessions.resolve(token);
      req.ctx = new RequestContext(
        session?.user ?? null,
        session?.sessionId ?? null,
        req.ip ?? 'unknown',
        req.headers['user-agent'] ?? null,
        res,
      );
      next();
    } catch (error) {
      next(error);
    }
  }
}
