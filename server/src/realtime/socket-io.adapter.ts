import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Redis } from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';

/**
 * socket.io with the Redis adapter when Redis is configured (rooms and broadcasts span every
 * instance), else socket.io's in-memory adapter for a single instance.
 */
export class TownsquareIoAdapter extends IoAdapter {
  private readonly clients: Redis[] = [];

  constructor(app: INestApplicationContext, private readonly redis: Redis | null) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server: Server = super.createIOServer(port, options);
    if (this.redis) {
      const pub = this.redis.duplicate();
      const sub = this.redis.duplicate();
      for (const client of [pub, sub]) client.on('error', () => undefined); // reconnects by itself; health reports Redis
      this.clients.push(pub, sub);
      server.adapter(createAdapter(pub, sub, { key: 'townsquare.io', requestsTimeout: 3000 }));
    }
    return server;
  }

  override async dispose(): Promise<void> {
    await Promise.all(this.clients.map((c) => c.quit().catch(() => undefined)));
  }
}
