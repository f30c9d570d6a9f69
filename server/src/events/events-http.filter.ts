import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { AppError } from '../common/app-error.js';
import { httpStatusOf } from '../uploads/http-error.filter.js';

/** Answers the feed and export routes' refusals as `{ error: { code, message, reason } }` with a matching status; nothing internal leaks. */
@Catch()
export class EventsHttpFilter implements ExceptionFilter {
  private readonly logger = new Logger(EventsHttpFilter.name);

  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (error instanceof AppError) {
      res.status(httpStatusOf(error)).json({ error: { code: error.code, message: error.message, reason: error.details.reason } });
      return;
    }
    if (error instanceof HttpException && error.getStatus() < 500) {
      res.status(error.getStatus()).json({ error: { code: 'BAD_USER_INPUT', message: 'The request was not understood.' } });
      return;
    }
    this.logger.error(error instanceof Error ? error.stack : String(error));
    res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side.' } });
  }
}
