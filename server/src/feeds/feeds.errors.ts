import { ApiErrorCode } from '@townsquare/shared';
import { AppError } from '../common/app-error.js';

/** Reasons specific to feeds and sitemaps, carried in the error body's `reason`. */
export enum FeedErrorReason {
  /** No such feed or sitemap page, or one a guest may not read: the same answer for both. */
  FEED_NOT_FOUND = 'FEED_NOT_FOUND',
}

declare module '../common/app-error.js' {
  interface ErrorReasons {
    feeds: FeedErrorReason;
  }
}

export const feedNotFound = () => new AppError(ApiErrorCode.NOT_FOUND, 'There is no such feed.', { reason: FeedErrorReason.FEED_NOT_FOUND });
