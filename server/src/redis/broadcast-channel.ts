import type { Redis } from 'ioredis';

/**
 * A Redis pub/sub channel on which an instance tells the others that something it caches changed
 * (categories, sessions, watched words). Without Redis (one instance) it does nothing: the
 * instance that made the change drops its own copy itself.
 */
export class BroadcastChannel {
  private readonly subscriber: Redis | null;

  constructor(
    private readonly redis: Redis | null,
    private readonly name: string,
    onMessage: (message: string) => void,
  ) {
    this.subscriber = redis?.duplicate() ?? null;
    if (!this.subscriber) return;
    this.subscriber.on('error', () => undefined); // reconnects by itself; health reports Redis
    void this.subscriber.subscribe(name).catch(() => undefined);
    this.subscriber.on('message', (channel: string, message: string) => {
      if (channel === name) onMessage(message);
    });
  }

  /** Tells every other instance (and this one's subscriber, harmlessly). */
  publish(message = '1'): void {
    void this.redis?.publish(this.name, message).catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.subscriber?.quit().catch(() => undefined);
  }
}
