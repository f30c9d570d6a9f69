import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS } from '../redis/redis.module.js';
import { ContentPolicyRepository } from './content-policy.repository.js';

export interface WatchedWord {
  word: string;
  action: 'BLOCK' | 'FLAG' | 'CENSOR' | 'REQUIRE_APPROVAL';
}

const CACHE_MS = 2000;
/** Redis channel on which an instance that changed the watched words tells the others to drop their copy. */
const CHANGED_CHANNEL = 'townsquare.watched-words.changed';

/**
 * The watched words, read once per two seconds per instance instead of on every post: a change
 * drops every instance's copy at once (through Redis when several run), so a new word applies
 * to the next post everywhere; the two seconds bound how late it can be if a message is lost.
 */
@Injectable()
export class WatchedWordsCache implements OnModuleDestroy {
  private cache: { at: number; words: Promise<WatchedWord[]> } | null = null;
  private readonly subscriber: Redis | null;

  constructor(
    private readonly repository: ContentPolicyRepository,
    @Inject(REDIS) private readonly redis: Redis | null,
  ) {
    this.subscriber = redis?.duplicate() ?? null;
    if (this.subscriber) {
      this.subscriber.on('error', () => undefined); // reconnects by itself; health reports Redis
      void this.subscriber.subscribe(CHANGED_CHANNEL).catch(() => undefined);
      this.subscriber.on('message', (channel) => {
        if (channel === CHANGED_CHANNEL) this.cache = null;
      });
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscriber?.quit().catch(() => undefined);
  }

  words(): Promise<WatchedWord[]> {
    if (!this.cache || Date.now() - this.cache.at > CACHE_MS) {
      const words = this.repository.allWords();
      // A failed read is not kept: the next post asks again.
      words.catch(() => {
        if (this.cache?.words === words) this.cache = null;
      });
      this.cache = { at: Date.now(), words };
    }
    return this.cache.words;
  }

  /** Called after a change commits. */
  invalidate(): void {
    this.cache = null;
    void this.redis?.publish(CHANGED_CHANNEL, '1').catch(() => undefined);
  }
}
