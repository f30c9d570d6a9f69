import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { UploadErrors } from './uploads.errors.js';

/** The header every upload must carry; the client sends `x-requested-with: townsquare`. */
export const CSRF_HEADER = 'x-requested-with';

/**
 * Refuses a request without the CSRF_HEADER, before its body is read.
 *
 * A multipart/form-data POST is a "simple" request: a page on another site can send one with a
 * plain HTML form, and the browser would attach our session cookie when SameSite does not stop it
 * (old browsers, a sibling subdomain). A form cannot add headers, and a cross-origin script that
 * adds one triggers a CORS preflight this server does not approve, so the request never leaves
 * the browser. Requiring the header therefore limits uploads to our own pages and to API clients.
 */
@Injectable()
export class CsrfHeaderGuard implements CanActivate {
  canActivate(execution: ExecutionContext): boolean {
    const value = execution.switchToHttp().getRequest<Request>().headers[CSRF_HEADER];
    if (typeof value !== 'string' || value.trim() === '') throw UploadErrors.csrfHeaderMissing(CSRF_HEADER);
    return true;
  }
}
