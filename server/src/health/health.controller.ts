import { Controller, Get, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { Public } from '../common/permissions.decorator.js';
import { REDIS } from '../redis/redis.module.js';

type Status = 'up' | 'down' | 'disabled';

async function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), ms)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

@Controller()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis | null,
  ) {}

  /** Liveness and readiness: 200 when the database answers, 503 when it does not. */
  @Public()
  @Get('healthz')
  async health(@Res() res: Response): Promise<void> {
    const database: Status = await within(2000, this.dataSource.query('SELECT 1'))
      .then((): Status => 'up')
      .catch((): Status => 'down');
    const redis: Status = !this.redis
      ? 'disabled'
      : await within(1000, this.redis.ping())
          .then((): Status => 'up')
          .catch((): Status => 'down');
    const ok = database === 'up';
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'unavailable', database, redis });
  }
}
