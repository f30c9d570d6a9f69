import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { AppError } from '../common/app-error.js';
import { httpStatusOf } from '../uploads/http-error.filter.js';

/** Answers the feed and sitemap routes' refusals in plain text with a matching status; nothing internal leaks. */
@Catch()
export class FeedsHttpFilter implements ExceptionFilter {
  private readonly logger = new Logger(FeedsHttpFilter.name);

  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (error instanceof AppError) {
      res.status(httpStatusOf(error)).type('text/plain').set('Cache-Control', 'no-store').send(error.message);
      return;
    }
    this.logger.error(error instanceof Error ? error.stack : String(error));
    res.status(500).type('text/plain').send('Something went wrong on our side.');
  }
}
