import { ApiErrorCode } from '@townsquare/shared';
import { AppError } from '../common/app-error.js';

/** Reasons specific to topics and posts, carried in `extensions.reason`. */
export enum TopicErrorReason {
  TOPIC_NOT_FOUND = 'TOPIC_NOT_FOUND',
  POST_NOT_FOUND = 'POST_NOT_FOUND',
  TOPIC_LOCKED = 'TOPIC_LOCKED',
  CANNOT_POST_HERE = 'CANNOT_POST_HERE',
  EDIT_WINDOW_CLOSED = 'EDIT_WINDOW_CLOSED',
  NOT_AUTHOR = 'NOT_AUTHOR',
  NOT_A_QUESTION = 'NOT_A_QUESTION',
  CANNOT_ACCEPT_OPENING_POST = 'CANNOT_ACCEPT_OPENING_POST',
  UNKNOWN_TAG = 'UNKNOWN_TAG',
  BRAND_VOICE_NOT_ALLOWED = 'BRAND_VOICE_NOT_ALLOWED',
  CANNOT_DELETE_OPENING_POST = 'CANNOT_DELETE_OPENING_POST',
  ALREADY_DELETED = 'ALREADY_DELETED',
  NOT_DELETED = 'NOT_DELETED',
}

declare module '../common/app-error.js' {
  interface ErrorReasons {
    topics: TopicErrorReason;
  }
}

export const topicNotFound = () =>
  new AppError(ApiErrorCode.NOT_FOUND, 'There is no such topic, or you cannot see it.', { reason: TopicErrorReason.TOPIC_NOT_FOUND });
export const postNotFound = () =>
  new AppError(ApiErrorCode.NOT_FOUND, 'There is no such post, or you cannot see it.', { reason: TopicErrorReason.POST_NOT_FOUND });
export const topicLocked = () =>
  new AppError(ApiErrorCode.FORBIDDEN, 'This topic is locked: it takes no new replies.', { reason: TopicErrorReason.TOPIC_LOCKED });
export const cannotPostHere = () =>
  new AppError(ApiErrorCode.FORBIDDEN, 'You cannot post in this category.', { reason: TopicErrorReason.CANNOT_POST_HERE });
export const brandVoiceNotAllowed = () =>
  new AppError(ApiErrorCode.FORBIDDEN, 'Only community managers can write as the brand.', { reason: TopicErrorReason.BRAND_VOICE_NOT_ALLOWED });
