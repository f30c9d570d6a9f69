import { describe, expect, it } from '@jest/globals';
import { DEFAULT_TRUST_SETTINGS } from '../trust/trust-settings.js';
import { paceRowsNeeded } from './content-policy.service.js';

describe('how many of the last day\'s posts the pace rule reads', () => {
  const { NEW, BASIC, MEMBER } = DEFAULT_TRUST_SETTINGS.limits;

  it('up to the daily limit when the level has one', () => {
    expect(paceRowsNeeded(NEW, 'REPLY')).toBe(NEW.repliesPerDay);
    expect(paceRowsNeeded(BASIC, 'TOPIC')).toBe(BASIC.topicsPerDay);
    expect(paceRowsNeeded({ ...MEMBER, repliesPerDay: 0 }, 'REPLY')).toBe(0);
  });

  it('only the latest post when the level has no daily limit but an interval, and none when it has neither', () => {
    expect(paceRowsNeeded({ ...MEMBER, replyIntervalSeconds: 60 }, 'REPLY')).toBe(1);
    expect(paceRowsNeeded({ ...MEMBER, topicIntervalSeconds: 60 }, 'TOPIC')).toBe(1);
    expect(paceRowsNeeded(MEMBER, 'REPLY')).toBe(0);
    expect(paceRowsNeeded(MEMBER, 'TOPIC')).toBe(0);
  });
});
