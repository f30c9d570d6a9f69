import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { BroadcastChannel } from '../redis/broadcast-channel.js';
import { REDIS } from '../redis/redis.module.js';
import { WatchedWordsRepository } from './watched-words.repository.js';

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
  private readonly changes: BroadcastChannel;

  constructor(
    private readonly repository: WatchedWordsRepository,
    @Inject(REDIS) redis: Redis | null,
  ) {
    this.changes = new BroadcastChannel(redis, CHANGED_CHANNEL, () => {
      this.cache = null;
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.changes.close();
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
    this.changes.publish();
  }
}
