import { createHash } from 'node:crypto';
import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../common/permissions.decorator.js';
import { FeedsHttpFilter } from './feeds-http.filter.js';
import { feedNotFound } from './feeds.errors.js';
import { FeedsService, type FeedFormat, type Rendered } from './feeds.service.js';

/** Crawlers and feed readers may keep an answer this long; a new topic shows within a minute. */
const CACHE = 'public, max-age=60';
const TYPES: Record<FeedFormat, string> = { rss: 'application/rss+xml; charset=utf-8', atom: 'application/atom+xml; charset=utf-8' };

const XML = 'application/xml; charset=utf-8';

/** Sends a body with its validators, or 304 when the client already holds this version. */
function send(req: Request, res: Response, type: string, rendered: Rendered): void {
  const etag = `"${createHash('sha1').update(rendered.body).digest('base64url')}"`;
  res.set({ 'Content-Type': type, 'Cache-Control': CACHE, ETag: etag });
  const modified = rendered.lastModified ? new Date(Math.floor(rendered.lastModified.getTime() / 1000) * 1000) : null;
  if (modified) res.set('Last-Modified', modified.toUTCString());
  // Only the ETag decides: a topic hidden since leaves Last-Modified as it was but changes the body.
  const noneMatch = req.get('if-none-match') ?? '';
  if (noneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
    res.status(304).end();
    return;
  }
  res.send(rendered.body);
}

/** `name.rss` or `name.atom` → the name and the format; anything else is no feed. */
function splitFile(file: string): { name: string; format: FeedFormat } {
  const match = /^(.{1,100})\.(rss|atom)$/.exec(file);
  if (!match) throw feedNotFound();
  return { name: match[1], format: match[2] as FeedFormat };
}

/**
 * What crawlers and feed readers fetch, anonymous (no session is read: everyone gets the guest's view):
 * `GET /robots.txt`; `GET /sitemap.xml` (the index), `/sitemap-pages.xml`, `/sitemap-topics.xml?after=…`;
 * `GET /feeds/latest.rss|atom`, `/feeds/c/<category slug>.rss|atom`, `/feeds/tag/<tag>.rss|atom`,
 * `/feeds/t/<topic id>.rss|atom` (its replies). Each answer carries an ETag of its body (and a
 * feed its Last-Modified); a matching If-None-Match is answered 304 with no body.
 */
@Controller()
@UseFilters(FeedsHttpFilter)
export class FeedsController {
  constructor(private readonly feeds: FeedsService) {}

  @Public()
  @Get('robots.txt')
  async robots(@Req() req: Request, @Res() res: Response): Promise<void> {
    send(req, res, 'text/plain; charset=utf-8', { body: await this.feeds.robots(), lastModified: null });
  }

  @Public()
  @Get('sitemap.xml')
  async sitemapIndex(@Req() req: Request, @Res() res: Response): Promise<void> {
    send(req, res, XML, { body: await this.feeds.sitemapIndex(), lastModified: null });
  }

  @Public()
  @Get('sitemap-pages.xml')
  async sitemapPages(@Req() req: Request, @Res() res: Response): Promise<void> {
    send(req, res, XML, { body: await this.feeds.sitemapPages(), lastModified: null });
  }

  @Public()
  @Get('sitemap-topics.xml')
  async sitemapTopics(@Query('after') after: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    if (after !== undefined && typeof after !== 'string') throw feedNotFound();
    send(req, res, XML, { body: await this.feeds.sitemapTopics(after), lastModified: null });
  }

  @Public()
  @Get('feeds/:file')
  async latest(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { name, format } = splitFile(file);
    if (name !== 'latest') throw feedNotFound();
    send(req, res, TYPES[format], await this.feeds.latestFeed(format));
  }

  @Public()
  @Get('feeds/c/:file')
  async category(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { name, format } = splitFile(file);
    send(req, res, TYPES[format], await this.feeds.categoryFeed(format, name));
  }

  @Public()
  @Get('feeds/tag/:file')
  async tag(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { name, format } = splitFile(file);
    send(req, res, TYPES[format], await this.feeds.tagFeed(format, name));
  }

  @Public()
  @Get('feeds/t/:file')
  async topic(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { name, format } = splitFile(file);
    send(req, res, TYPES[format], await this.feeds.topicFeed(format, name));
  }
}
