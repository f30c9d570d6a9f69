import { createHash, randomBytes } from 'node:crypto';
import { Injectable, Logger, type NestMiddleware, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { isbot } from 'isbot';
import { AnalyticsRepository } from './analytics.repository.js';
import { addDays, utcDay } from './kpi-period.js';

/** How often each process writes what it heard. */
const FLUSH_MS = 10_000;
/** Distinct signed-out readers buffered between two flushes; more are dropped (a flood is no audience). */
const MAX_BUFFERED_VISITORS = 50_000;

/**
 * Who was there, recorded off the request path: a signed-in request marks its person active for
 * the (UTC) day; a signed-out GraphQL request, from a client that ran our JavaScript and whose user
 * agent `isbot` does not name as a robot, counts toward a visitor. The request only touches a Map;
 * every ten seconds each process writes what it heard in one statement per kind.
 *
 * Visitors are counted without cookies and without keeping anything that identifies a person: at
 * flush, address and user agent become SHA-256(day's salt ‖ address ‖ user agent); the salt is
 * random, made on a day's first flush and deleted the day after, so a stored hash can never be
 * matched to an address again. Addresses and user agents live only in this buffer, for seconds.
 */
@Injectable()
export class ActivityRecorder implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ActivityRecorder.name);
  private members = new Map<string, Set<string>>();
  /** Per day: "address\nuser agent" → requests. */
  private visitors = new Map<string, Map<string, number>>();
  private visitorCount = 0;
  /** Who this process already wrote for today: not written again. */
  private written = { day: '', ids: new Set<string>() };
  private salts = new Map<string, Buffer>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;

  constructor(private readonly repository: AnalyticsRepository) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush(), FLUSH_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush();
  }

  /** A signed-in person made a request. */
  member(userId: string, at = new Date()): void {
    const day = utcDay(at);
    if (this.written.day === day && this.written.ids.has(userId)) return;
    let set = this.members.get(day);
    if (!set) this.members.set(day, (set = new Set()));
    set.add(userId);
  }

  /** What `isbot` said of the user agents seen lately: a guest's every request asks, and its patterns are many. */
  private readonly robots = new Map<string, boolean>();

  private isRobot(userAgent: string): boolean {
    let robot = this.robots.get(userAgent);
    if (robot === undefined) {
      if (this.robots.size >= 2000) this.robots.clear();
      this.robots.set(userAgent, (robot = isbot(userAgent)));
    }
    return robot;
  }

  /** A signed-out client made a request; robots by user agent are not counted. */
  visitor(ip: string, userAgent: string | null, at = new Date()): void {
    if (!userAgent || this.isRobot(userAgent)) return;
    const day = utcDay(at);
    let map = this.visitors.get(day);
    if (!map) this.visitors.set(day, (map = new Map()));
    const key = `${ip}\n${userAgent.slice(0, 512)}`;
    const seen = map.get(key);
    if (seen === undefined && this.visitorCount >= MAX_BUFFERED_VISITORS) return;
    if (seen === undefined) this.visitorCount++;
    map.set(key, (seen ?? 0) + 1);
  }

  /** Writes what was heard since the last flush (also called by tests and at shutdown). */
  flush(): Promise<void> {
    this.flushing ??= this.write().finally(() => (this.flushing = null));
    return this.flushing;
  }

  private async write(): Promise<void> {
    const members = this.members;
    const visitors = this.visitors;
    this.members = new Map();
    this.visitors = new Map();
    this.visitorCount = 0;
    const today = utcDay();
    try {
      for (const [day, ids] of members) {
        await this.repository.recordMembers(day, [...ids]);
        if (this.written.day !== today) this.written = { day: today, ids: new Set() };
        if (day === today) for (const id of ids) this.written.ids.add(id);
      }
      for (const [day, heard] of visitors) {
        // A day whose salt is already forgotten is not written: its hashes could no longer match.
        if (day < addDays(today, -1)) continue;
        const salt = await this.saltOf(day);
        const hashes: Buffer[] = [];
        const counts: number[] = [];
        for (const [key, n] of heard) {
          const [ip, ua] = key.split('\n') as [string, string];
          hashes.push(createHash('sha256').update(salt).update(ip).update('\n').update(ua).digest());
          counts.push(n);
        }
        await this.repository.recordVisitors(day, hashes, counts);
      }
      for (const day of this.salts.keys()) if (day < addDays(today, -1)) this.salts.delete(day);
    } catch (e) {
      this.logger.warn(`activity not recorded: ${(e as Error).message}`);
    }
  }

  private async saltOf(day: string): Promise<Buffer> {
    let salt = this.salts.get(day);
    if (!salt) {
      salt = await this.repository.saltOf(day, randomBytes(32));
      this.salts.set(day, salt);
    }
    return salt;
  }
}

/** After the session middleware: tells the recorder who made this GraphQL request. */
@Injectable()
export class ActivityMiddleware implements NestMiddleware {
  constructor(private readonly recorder: ActivityRecorder) {}

  use(req: Request, _res: Response, next: NextFunction): void {
    const ctx = req.ctx;
    if (ctx?.user) this.recorder.member(ctx.user.id);
    else if (ctx) this.recorder.visitor(ctx.ip, ctx.userAgent);
    next();
  }
}
