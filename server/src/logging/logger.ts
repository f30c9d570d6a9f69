import type { LoggerService } from '@nestjs/common';
import { pino, type Logger } from 'pino';
import { AppError } from '../common/app-error.js';
import { markLogged } from './refusals.js';

/** Paths never written to logs: credentials travel in these. */
export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
];

/**
 * The process's logger. Lines go to stdout through an asynchronous destination, so a
 * request never waits on a write system call; the buffer is flushed when the process exits
 * (normally, on a signal through the shutdown path, or on a crash).
 */
export function createRootLogger(level: string): Logger {
  const destination = pino.destination({ dest: 1, sync: false });
  process.on('exit', () => {
    try {
      destination.flushSync();
    } catch {
      /* stdout already closed: nothing more can be written */
    }
  });
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, base: { service: 'townsquare' } }, destination);
}

/** Routes Nest's own log lines into pino so the process writes one structured stream. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, context?: string) {
    this.logger.info({ context }, String(message));
  }
  /**
   * Nest hands over what a handler threw (its exception filters log every error that is not an
   * HTTP exception). A refusal (AppError) is not an error: whoever answers it writes it at its
   * own level (the GraphQL error formatter, the HTTP error filters). Anything else is a failure:
   * written at error with its stack, once.
   */
  error(message: unknown, trace?: string, context?: string) {
    if (message instanceof AppError) return;
    if (message instanceof Error) {
      markLogged(message);
      this.logger.error({ context: context ?? trace, err: message }, message.message);
      return;
    }
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}
