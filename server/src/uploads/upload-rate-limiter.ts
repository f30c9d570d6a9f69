import { Inject, Injectable } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { REDIS } from '../redis/redis.module.js';
import { UPLOADS_CONFIG, type UploadsConfig } from './uploads.config.js';
import { UploadErrors } from './uploads.errors.js';

const WINDOW_SECONDS = 3600;

/** Uploads per person per hour: shared through Redis when configured, else counted in this process. */
@Injectable()
export class UploadRateLimiter {
  private readonly perUser: RateLimiterAbstract;

  constructor(@Inject(UPLOADS_CONFIG) config: UploadsConfig, @Inject(REDIS) redis: Redis | null) {
    const options = { keyPrefix: 'ts:uploads:user', points: config.maxPerHour, duration: WINDOW_SECONDS };
    const memory = new RateLimiterMemory(options);
    // Falls back to this process's memory if Redis is down.
    this.perUser = redis ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: memory }) : memory;
  }

  /** Counts one upload by `userId`, or refuses with RATE_LIMITED when the hour's allowance is used up. */
  async consume(userId: string): Promise<void> {
    try {
      await this.perUser.consume(userId);
    } catch (res) {
      if (res instanceof RateLimiterRes) throw UploadErrors.rateLimited(Math.max(1, Math.ceil(res.msBeforeNext / 1000)));
      throw res;
    }
  }
}
