import { Catch, HttpException, Inject, HttpStatus, Logger, PayloadTooLargeException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { ApiErrorCode } from '@townsquare/shared';
import { AppError } from '../common/app-error.js';
import { UPLOADS_CONFIG, type UploadsConfig } from './uploads.config.js';
import { UploadErrorReason, UploadErrors } from './uploads.errors.js';

/** The JSON body of every failed request on the uploads routes. */
export interface HttpErrorBody {
  error: { code: ApiErrorCode; message: string; field?: string; reason?: string; retryAfterSeconds?: number };
}

/** The HTTP status for an AppError. */
export function httpStatusOf(error: AppError): number {
  const code = error.code;
  switch (code) {
    case ApiErrorCode.BAD_USER_INPUT:
      return error.details.reason === UploadErrorReason.TOO_LARGE ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST;
    case ApiErrorCode.UNAUTHENTICATED:
      return HttpStatus.UNAUTHORIZED;
    case ApiErrorCode.FORBIDDEN:
      return HttpStatus.FORBIDDEN;
    case ApiErrorCode.NOT_FOUND:
      return HttpStatus.NOT_FOUND;
    case ApiErrorCode.CONFLICT:
      return HttpStatus.CONFLICT;
    case ApiErrorCode.RATE_LIMITED:
      return HttpStatus.TOO_MANY_REQUESTS;
    case ApiErrorCode.INTERNAL_SERVER_ERROR:
      return HttpStatus.INTERNAL_SERVER_ERROR;
    default: {
      const unhandled: never = code;
      throw new Error(`No HTTP status for ${String(unhandled)}`);
    }
  }
}

/**
 * Turns what the uploads routes throw into `{ error: { code, message, field, reason } }` with a
 * matching status: AppErrors as they are, the multipart parser's refusals (size, shape) as upload
 * errors, and anything else as a logged 500 that shows nothing of its cause.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpErrorFilter.name);

  constructor(@Inject(UPLOADS_CONFIG) private readonly config: UploadsConfig) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const error = this.toAppError(exception);
    if (res.headersSent) {
      // Failed while streaming a file: the status is gone, so cut the response short.
      res.destroy();
      return;
    }
    const { field, reason, retryAfterSeconds } = error.details;
    if (retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(retryAfterSeconds));
    const body: HttpErrorBody = {
      error: { code: error.code, message: error.message, ...(field && { field }), ...(reason && { reason }), ...(retryAfterSeconds !== undefined && { retryAfterSeconds }) },
    };
    res.status(httpStatusOf(error)).json(body);
  }

  private toAppError(exception: unknown): AppError {
    if (exception instanceof AppError) return exception;
    if (exception instanceof PayloadTooLargeException) {
      // multer stopped reading at its file size limit, one byte over UPLOAD_MAX_BYTES.
      return UploadErrors.tooLarge(this.config.maxBytes);
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === HttpStatus.BAD_REQUEST || status === HttpStatus.UNSUPPORTED_MEDIA_TYPE) return UploadErrors.invalidFormat();
      if (status === HttpStatus.NOT_FOUND) return UploadErrors.notFound();
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return new AppError(ApiErrorCode.INTERNAL_SERVER_ERROR, 'Something went wrong on our side. Please try again.');
  }
}
