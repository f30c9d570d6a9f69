import { Inject, Injectable } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppError } from '../common/app-error.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { REDIS } from '../redis/redis.module.js';

/**
 * Mention lookups per person (`MENTION_LOOKUPS_PER_MINUTE`, 60 by default: a composer asks at most
 * once per pause in typing): the member list cannot be walked letter by letter at speed. Shared
 * through Redis when configured, else counted in this process.
 */
@Injectable()
export class MentionRateLimiter {
  private readonly perUser: RateLimiterAbstract;

  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(REDIS) redis: Redis | null) {
    const options = { keyPrefix: 'ts:mentions:user', points: config.mentionLookupsPerMinute, duration: 60 };
    const memory = new RateLimiterMemory(options);
    // Falls back to this process's memory if Redis is down.
    this.perUser = redis ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: memory }) : memory;
  }

  /** Counts one lookup by `userId`, or refuses with RATE_LIMITED when the minute's allowance is used up. */
  async consume(userId: string): Promise<void> {
    try {
      await this.perUser.consume(userId);
    } catch (res) {
      if (res instanceof RateLimiterRes) throw AppError.rateLimited(Math.max(1, Math.ceil(res.msBeforeNext / 1000)));
      throw res;
    }
  }
}
