import { ApiError, type ErrorCode } from './graphql';

/** An image stored by the server, ready to be linked from a post. */
export interface Upload {
  id: string;
  url: string;
  mime: string;
  byteSize: number;
  width: number | null;
  height: number | null;
}

interface UploadErrorBody {
  error?: { code?: unknown; message?: unknown; field?: unknown; reason?: unknown; retryAfterSeconds?: unknown };
}

const CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED', 'INTERNAL_SERVER_ERROR']);
const TIMEOUT_MS = 60_000;

/** The image types the server accepts (it checks the content, not the name). */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

/**
 * Uploads one image to `POST /api/uploads` (multipart, field `file`, with the anti-forgery
 * header). Resolves with the stored upload; throws an ApiError carrying the server's code and
 * reason (TOO_LARGE, UNSUPPORTED_TYPE, …), or NETWORK when the server could not be reached.
 */
export async function uploadImage(file: File): Promise<Upload> {
  const form = new FormData();
  form.append('file', file, file.name || 'image');
  let response: Response;
  try {
    response = await fetch('/api/uploads', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'x-requested-with': 'townsquare', accept: 'application/json' },
      body: form,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new ApiError('NETWORK', error instanceof Error ? error.message : 'The upload failed.');
  }
  let body: (Upload & UploadErrorBody) | null = null;
  try {
    body = (await response.json()) as Upload & UploadErrorBody;
  } catch {
    body = null;
  }
  if (response.ok && body && typeof body.url === 'string') return body;
  const error = body?.error ?? {};
  const rawCode = typeof error.code === 'string' ? error.code : '';
  const code: ErrorCode = CODES.has(rawCode)
    ? (rawCode as ErrorCode)
    : response.status === 413
      ? 'BAD_USER_INPUT'
      : response.status >= 502 || response.status === 0
        ? 'NETWORK'
        : 'INTERNAL_SERVER_ERROR';
  return Promise.reject(
    new ApiError(code, typeof error.message === 'string' ? error.message : `Upload failed (HTTP ${response.status}).`, {
      field: typeof error.field === 'string' ? error.field : null,
      reason: typeof error.reason === 'string' ? error.reason : response.status === 413 ? 'TOO_LARGE' : null,
      retryAfterSeconds: typeof error.retryAfterSeconds === 'number' ? error.retryAfterSeconds : null,
    }),
  );
}

/** The text to put in a post for an uploaded image: `![alt](url)`, with brackets kept out of the alt. */
export function imageMarkdown(upload: Upload, name: string): string {
  const alt = name.replace(/\.[a-z0-9]+$/i, '').replace(/[[\]\\\n]/g, ' ').trim().slice(0, 80) || 'image';
  return `![${alt}](${upload.url})`;
}
