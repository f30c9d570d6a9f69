import { Inject, Injectable } from '@nestjs/common';
import { Feed, type Item } from 'feed';
import { CategoriesService } from '../categories/categories.service.js';
import type { CategoryEntity } from '../categories/category.entity.js';
import { isUuid } from '../common/ids.js';
import { RequestContext } from '../common/request-context.js';
import { CommunityService } from '../community/community.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { feedNotFound } from './feeds.errors.js';
import { FeedsRepository, type TopicKey } from './feeds.repository.js';

export type FeedFormat = 'rss' | 'atom';

/** A rendered feed or sitemap with the moment its newest entry changed (for Last-Modified). */
export interface Rendered {
  body: string;
  lastModified: Date | null;
}

/** Items per feed. */
const FEED_ITEMS = 30;
/** Characters of plain text in an item's summary. */
const EXCERPT_CHARS = 300;
/** Tags and events listed in the sitemap of pages (each is far fewer in any community). */
const SITEMAP_TAGS = 5000;
const SITEMAP_EVENTS = 5000;

/** Pages of the app no crawler should walk: the staff panel, the API, and pages only for a signed-in person. */
const PRIVATE_PATHS = [
  '/admin',
  '/graphql',
  '/api/',
  '/socket.io/',
  '/account',
  '/notifications',
  '/new-topic',
  '/signin',
  '/signup',
  '/search',
  '/contests/new',
  '/events/new',
  '/events/*/edit',
];

/** Guest pages that are not a topic, category, tag or event: listed in the sitemap of pages. */
const STATIC_PAGES = ['/', '/events', '/ideas', '/roadmap', '/contests', '/guidelines'];

/** A timestamptz as PostgreSQL prints it: `2026-12-07 15:31:03.123456+00`. */
const PG_TIMESTAMP = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?[+-]\d\d(:\d\d)?$/;
/** How long the sitemap index's page boundaries are reused. */
const PAGE_ENDS_CACHE_MS = 5 * 60_000;
const TAG_NAME = /^[a-z0-9][a-z0-9-]{0,29}$/;

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function urlEntry(loc: string, lastmod?: Date | null): string {
  return `<url><loc>${escapeXml(loc)}</loc>${lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ''}</url>`;
}

function urlset(entries: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
}

/** Plain text of rendered HTML, shortened on a word: the summary a feed reader shows. */
export function excerptOf(html: string, max = EXCERPT_CHARS): string {
  const text = html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' })[e]!)
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A sitemap page cursor in a URL: base64url of "created_at|id". */
export function encodeTopicKey(key: TopicKey): string {
  return Buffer.from(`${key.at}|${key.id}`).toString('base64url');
}

export function decodeTopicKey(cursor: string): TopicKey | null {
  if (cursor.length > 200) return null;
  const [at, id, extra] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (extra !== undefined || !id || !isUuid(id) || !at || !PG_TIMESTAMP.test(at)) return null;
  return { at, id };
}

/**
 * What crawlers and feed readers get: robots.txt, a sitemap index with its pages, and RSS/Atom
 * feeds of the newest topics (everywhere, per category, per tag) and of one topic's replies. All of
 * it is what a signed-out reader sees, decided by the same rules as the guest lists: categories a
 * guest may read, topics neither deleted nor hidden, posts everyone sees. A feed a guest may not
 * read is NOT_FOUND, like one that does not exist. Links are absolute, on the configured public URL.
 */
@Injectable()
export class FeedsService {
  private readonly base: string;
  private pageEnds: { key: string; at: number; ends: Promise<TopicKey[]> } | null = null;

  constructor(
    private readonly repository: FeedsRepository,
    private readonly categories: CategoriesService,
    private readonly community: CommunityService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.base = config.publicUrl;
  }

  /** The categories a guest reads (archived ones too: their topics stay readable). */
  private guestCategoryIds(): Promise<string[]> {
    return this.categories.readableIds(RequestContext.guest());
  }

  /** The community is closed to the public when a guest may read no category at all. */
  async robots(): Promise<string> {
    const open = (await this.guestCategoryIds()).length > 0;
    if (!open) return 'User-agent: *\nDisallow: /\n';
    return ['User-agent: *', ...PRIVATE_PATHS.map((p) => `Disallow: ${p}`), 'Allow: /', '', `Sitemap: ${this.base}/sitemap.xml`, ''].join('\n');
  }

  /** The index: the sitemap of pages, then one sitemap per `sitemapPageSize` public topics. */
  async sitemapIndex(): Promise<string> {
    const ids = await this.guestCategoryIds();
    const ends = ids.length > 0 ? await this.topicPageEnds(ids) : [];
    // Page 1 starts at the beginning; page n + 1 after the last key of page n. A last page is
    // listed only when the topics do not fill the pages exactly (known from the newest key).
    const starts: Array<TopicKey | null> = [null, ...ends];
    if (ends.length > 0 && (await this.repository.newestTopicKey(ids))?.id === ends.at(-1)!.id) starts.pop();
    const locs = [`${this.base}/sitemap-pages.xml`, ...starts.map((s) => `${this.base}/sitemap-topics.xml${s ? `?after=${encodeTopicKey(s)}` : ''}`)];
    return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${locs
      .map((loc) => `<sitemap><loc>${escapeXml(loc)}</loc></sitemap>`)
      .join('\n')}\n</sitemapindex>\n`;
  }

  /**
   * Where the topic pages end, remembered for a few minutes: the walk reads every public topic's
   * index entry (about 0.3 s at 100,000 topics), and crawlers read the index rarely. A topic added
   * meanwhile lands on the last page, which has no end; a few hidden ones only shift the pages.
   */
  private topicPageEnds(ids: string[]): Promise<TopicKey[]> {
    const key = `${ids.join(',')}/${this.config.sitemapPageSize}`;
    const cached = this.pageEnds;
    if (cached && cached.key === key && Date.now() - cached.at < PAGE_ENDS_CACHE_MS) return cached.ends;
    const ends = this.repository.topicPageEnds(ids, this.config.sitemapPageSize);
    this.pageEnds = { key, at: Date.now(), ends };
    ends.catch(() => {
      if (this.pageEnds?.ends === ends) this.pageEnds = null;
    });
    return ends;
  }

  /** Everything public that is not a topic: the main pages, categories, tags and events. */
  async sitemapPages(): Promise<string> {
    const ids = await this.guestCategoryIds();
    if (ids.length === 0) return urlset([]);
    const listed = await this.categories.listReadable(RequestContext.guest());
    const [activity, tags, events] = await Promise.all([
      this.repository.categoryActivity(listed.map((c) => c.id)),
      this.repository.publicTags(ids, SITEMAP_TAGS),
      this.repository.publicEvents(ids, SITEMAP_EVENTS),
    ]);
    return urlset([
      ...STATIC_PAGES.map((p) => urlEntry(`${this.base}${p}`)),
      ...listed.map((c) => urlEntry(`${this.base}/c/${encodeURIComponent(c.slug)}`, activity.get(c.id))),
      ...tags.map((t) => urlEntry(`${this.base}/tag/${encodeURIComponent(t.name)}`, t.lastPostedAt)),
      ...events.map((e) => urlEntry(`${this.base}/events/${e.id}`, e.updatedAt)),
    ]);
  }

  /** One page of public topics, oldest first, each with its last activity. */
  async sitemapTopics(cursor: string | undefined): Promise<string> {
    const after = cursor === undefined ? null : decodeTopicKey(cursor);
    if (cursor !== undefined && !after) throw feedNotFound();
    const ids = await this.guestCategoryIds();
    const rows = ids.length > 0 ? await this.repository.topicPage(ids, after, this.config.sitemapPageSize) : [];
    return urlset(rows.map((t) => urlEntry(`${this.base}/t/${t.id}`, t.lastPostedAt)));
  }

  async latestFeed(format: FeedFormat): Promise<Rendered> {
    const ids = await this.guestCategoryIds();
    return this.topicsFeed(format, ids, null, { title: 'Latest topics', path: '/', feedPath: '/feeds/latest' });
  }

  async categoryFeed(format: FeedFormat, slug: string): Promise<Rendered> {
    const category: CategoryEntity | null = await this.categories.getReadableBySlug(RequestContext.guest(), slug.slice(0, 64)).catch(() => null);
    if (!category) throw feedNotFound();
    const slugPath = encodeURIComponent(category.slug);
    return this.topicsFeed(format, [category.id], null, { title: category.name, description: category.description, path: `/c/${slugPath}`, feedPath: `/feeds/c/${slugPath}` });
  }

  async tagFeed(format: FeedFormat, tag: string): Promise<Rendered> {
    const name = tag.toLowerCase();
    if (!TAG_NAME.test(name) || !(await this.repository.tagExists(name))) throw feedNotFound();
    const ids = await this.guestCategoryIds();
    return this.topicsFeed(format, ids, name, { title: `#${name}`, path: `/tag/${name}`, feedPath: `/feeds/tag/${name}` });
  }

  /** The newest public replies of a topic a guest may read. */
  async topicFeed(format: FeedFormat, topicId: string): Promise<Rendered> {
    if (!isUuid(topicId)) throw feedNotFound();
    const topic = await this.repository.listedTopic(topicId);
    if (!topic || !(await this.guestCategoryIds()).includes(topic.categoryId)) throw feedNotFound();
    const [community, replies] = await Promise.all([this.community.get(), this.repository.newestReplies(topic.id, FEED_ITEMS)]);
    const updated = replies.reduce((max, r) => (r.updatedAt > max ? r.updatedAt : max), topic.createdAt);
    const feed = this.newFeed(format, { title: topic.title, description: `Replies in "${topic.title}"`, path: `/t/${topic.id}`, feedPath: `/feeds/t/${topic.id}` }, community, updated);
    for (const r of replies) {
      const link = `${this.base}/t/${topic.id}/${r.postNumber}`;
      const author = r.asBrand ? community.brandName : r.authorName;
      feed.addItem({
        title: `${topic.title} #${r.postNumber}${author ? ` (${author})` : ''}`,
        id: link,
        guid: link,
        link,
        date: r.updatedAt,
        published: r.createdAt,
        description: excerptOf(r.bodyHtml),
        content: r.bodyHtml,
        author: author ? [{ name: author }] : undefined,
      });
    }
    return { body: format === 'rss' ? feed.rss2() : feed.atom1(), lastModified: updated };
  }

  private async topicsFeed(
    format: FeedFormat,
    categoryIds: string[],
    tag: string | null,
    about: { title: string; description?: string; path: string; feedPath: string },
  ): Promise<Rendered> {
    const [community, topics] = await Promise.all([
      this.community.get(),
      categoryIds.length > 0 ? this.repository.newestTopics(categoryIds, tag, FEED_ITEMS) : Promise.resolve([]),
    ]);
    const updated = topics[0]?.createdAt ?? community.createdAt;
    const feed = this.newFeed(format, about, community, updated);
    for (const t of topics) {
      const link = `${this.base}/t/${t.id}`;
      const author = t.asBrand ? community.brandName : t.authorName;
      const item: Item = {
        title: t.title,
        id: link,
        guid: link,
        link,
        date: t.createdAt,
        published: t.createdAt,
        description: t.bodyHtml ? excerptOf(t.bodyHtml) : undefined,
        content: t.bodyHtml ?? undefined,
        author: author ? [{ name: author }] : undefined,
        category: [{ name: t.categoryName }, ...t.tags.map((name) => ({ name }))],
      };
      feed.addItem(item);
    }
    return { body: format === 'rss' ? feed.rss2() : feed.atom1(), lastModified: updated };
  }

  private newFeed(
    format: FeedFormat,
    about: { title: string; description?: string; path: string; feedPath: string },
    community: { name: string; description: string },
    updated: Date,
  ): Feed {
    const self = `${this.base}${about.feedPath}.${format}`;
    return new Feed({
      id: self,
      title: `${about.title} · ${community.name}`,
      description: about.description || community.description || community.name,
      link: `${this.base}${about.path === '/' ? '' : about.path}` || this.base,
      updated,
      generator: 'Townsquare',
      feedLinks: { rss: `${this.base}${about.feedPath}.rss`, atom: `${this.base}${about.feedPath}.atom` },
      copyright: community.name,
    });
  }
}
