/** Events of contests. */
export interface ContestEvents {
  /** A contest's winners were chosen (by the draw, the votes or the jury) and announced. */
  'contest.finished': { contestId: string; topicId: string };
}
