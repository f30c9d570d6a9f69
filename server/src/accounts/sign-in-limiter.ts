import { Inject, Injectable } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AppError } from '../common/app-error.js';
import { REDIS } from '../redis/redis.module.js';

function limiter(redis: Redis | null, keyPrefix: string, points: number, duration: number): RateLimiterAbstract {
  const memory = new RateLimiterMemory({ keyPrefix, points, duration });
  if (!redis) return memory;
  // Shared between instances through Redis; falls back to this process's memory if Redis is down.
  return new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration, insuranceLimiter: memory });
}

function retryAfter(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

/**
 * Sign-in throttling per account (failed attempts) and per address (all attempts), and sign-up
 * throttling per address. Keys are the login as typed, so an unknown account is throttled exactly
 * like a real one and the limit reveals nothing.
 */
@Injectable()
export class SignInLimiter {
  private readonly perAccount: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;
  private readonly signUps: RateLimiterAbstract;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig, @Inject(REDIS) redis: Redis | null) {
    const { maxFailuresPerAccount, maxAttemptsPerAddress, windowSeconds } = config.signIn;
    this.perAccount = limiter(redis, 'ts:signin:account', maxFailuresPerAccount, windowSeconds);
    this.perAddress = limiter(redis, 'ts:signin:address', maxAttemptsPerAddress, windowSeconds);
    this.signUps = limiter(redis, 'ts:signup:address', Math.max(10, maxAttemptsPerAddress), 3600);
  }

  /** Counts an attempt from `ip` and refuses when the address or the account is over its limit. */
  async beforeAttempt(login: string, ip: string): Promise<void> {
    try {
      await this.perAddress.consume(ip);
    } catch (res) {
      if (res instanceof RateLimiterRes) throw AppError.rateLimited(retryAfter(res));
      throw res;
    }
    const account = await this.perAccount.get(login.toLowerCase());
    if (account && account.consumedPoints >= this.config.signIn.maxFailuresPerAccount) {
      throw AppError.rateLimited(retryAfter(account));
    }
  }

  async recordFailure(login: string): Promise<void> {
    await this.perAccount.penalty(login.toLowerCase(), 1);
  }

  async recordSuccess(login: string): Promise<void> {
    await this.perAccount.delete(login.toLowerCase());
  }

  async beforeSignUp(ip: string): Promise<void> {
    try {
      await this.signUps.consume(ip);
    } catch (res) {
      if (res instanceof RateLimiterRes) throw AppError.rateLimited(retryAfter(res));
      throw res;
    }
  }
}
