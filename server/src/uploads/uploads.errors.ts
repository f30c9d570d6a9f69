import { ApiErrorCode } from '@townsquare/shared';
import { AppError } from '../common/app-error.js';

/** Reasons specific to uploads, carried in `reason` next to the code. */
export enum UploadErrorReason {
  /** No file, or an empty one. */
  REQUIRED = 'REQUIRED',
  /** More bytes or more pixels than allowed. */
  TOO_LARGE = 'TOO_LARGE',
  /** The content is not a PNG, JPEG, GIF or WebP image, whatever its name or declared type. */
  UNSUPPORTED_TYPE = 'UNSUPPORTED_TYPE',
  /** Not a multipart/form-data request with one file in the field `file`. */
  INVALID_FORMAT = 'INVALID_FORMAT',
  /** The anti-forgery header is absent (see CsrfHeaderGuard). */
  CSRF_HEADER_MISSING = 'CSRF_HEADER_MISSING',
}

declare module '../common/app-error.js' {
  interface ErrorReasons {
    uploads: UploadErrorReason;
  }
}

/** The form field the file is sent in. */
export const UPLOAD_FIELD = 'file';

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Number(mb.toFixed(1))} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export const UploadErrors = {
  required: () => AppError.badInput(UPLOAD_FIELD, UploadErrorReason.REQUIRED, 'Choose an image to upload.'),
  tooLarge: (maxBytes: number) =>
    AppError.badInput(UPLOAD_FIELD, UploadErrorReason.TOO_LARGE, `The image is too large: the limit is ${megabytes(maxBytes)}.`),
  tooManyPixels: (maxPixels: number) =>
    AppError.badInput(
      UPLOAD_FIELD,
      UploadErrorReason.TOO_LARGE,
      `The image has too many pixels: the limit is ${Math.round(maxPixels / 1_000_000)} megapixels.`,
    ),
  unsupportedType: () =>
    AppError.badInput(UPLOAD_FIELD, UploadErrorReason.UNSUPPORTED_TYPE, 'Only PNG, JPEG, GIF and WebP images can be uploaded.'),
  invalidFormat: () =>
    AppError.badInput(
      UPLOAD_FIELD,
      UploadErrorReason.INVALID_FORMAT,
      `Send one image as multipart/form-data in the field "${UPLOAD_FIELD}".`,
    ),
  csrfHeaderMissing: (header: string) =>
    new AppError(ApiErrorCode.FORBIDDEN, `Uploads must carry the header "${header}: townsquare".`, {
      reason: UploadErrorReason.CSRF_HEADER_MISSING,
    }),
  notFound: () => AppError.notFound('No such upload.'),
  rateLimited: (retryAfterSeconds: number) =>
    AppError.rateLimited(retryAfterSeconds, `You have uploaded many images recently. Try again in ${retryAfterSeconds} seconds.`),
};
