import type { IdeaUpdatedPayload } from '@townsquare/shared';

/** Events of ideas; the realtime gateway sends `idea.updated` to the readers of the idea's topic. */
export interface IdeaEvents {
  /** An idea's public state as committed (votes, status, response, merge); never staff notes or feedback marks. */
  'idea.updated': IdeaUpdatedPayload;
}
