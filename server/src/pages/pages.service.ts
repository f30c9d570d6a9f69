import { Inject, Injectable } from '@nestjs/common';
import { AccountsService } from '../accounts/accounts.service.js';
import type { UserEntity } from '../accounts/user.entity.js';
import { CategoriesService } from '../categories/categories.service.js';
import type { CategoryEntity } from '../categories/category.entity.js';
import type { CommunityEntity } from '../community/community.entity.js';
import { CommunityService } from '../community/community.service.js';
import { ApiErrorCode } from '@townsquare/shared';
import { AppError } from '../common/app-error.js';
import { isUuid } from '../common/ids.js';
import { RequestContext } from '../common/request-context.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { EventAccessService } from '../events/event-access.service.js';
import type { EventRow } from '../events/events.repository.js';
import { IdeasService } from '../ideas/ideas.service.js';
import type { PostEntity } from '../topics/post.entity.js';
import type { PostRow } from '../topics/posts.repository.js';
import { PostsService } from '../topics/posts.service.js';
import { TopicAccessService } from '../topics/topic-access.service.js';
import { TopicFilter, TopicSort, TopPeriod } from '../topics/topic.objects.js';
import type { TopicRow } from '../topics/topics.repository.js';
import { TopicsService } from '../topics/topics.service.js';
import { UPLOADS_PATH } from '../uploads/uploads.service.js';
import { excerpt, firstImage, plainText, text, time, type PageView, type ShareImage, type SiteIdentity } from './page-html.js';
import { pageWords } from './page-words.js';

/** Posts on one page of a topic, as the topic page shows them. */
export const POSTS_PER_PAGE = 20;
/** Topics listed on the home and category pages. */
const TOPICS_PER_LIST = 30;
/** The community's name and description change seldom; a page reads them at most this often. */
const COMMUNITY_TTL_MS = 5000;
/** The highest page number a topic's address may ask for (a topic has at most this many pages). */
const MAX_PAGE = 10_000;

const UUID_SEGMENT = /^[0-9a-fA-F-]{36}$/;

/** The words of one language's pages, with its count words. */
type Words = ReturnType<typeof pageWords>;

/** Thrown inside a page read when what the address names does not exist for a guest. */
class PageNotFound extends Error {}

const notFound = (): never => {
  throw new PageNotFound();
};

/**
 * The server-rendered pages: what a signed-out reader sees of a topic, a category, an event, a
 * member and the home page, read through the features' own services with a guest's request
 * context, so every permission check of the API applies here too. Whatever a guest may not see
 * is not found, exactly like what does not exist.
 */
/**
 * The picture link previews show for a page without one of its own: the brand's mark and name on
 * the brand colour, a PNG (chat apps and social networks refuse SVG) in the client's public files,
 * drawn by scripts/share-image.mjs. Its size here must match the file.
 */
export const DEFAULT_SHARE_IMAGE: Omit<ShareImage, 'alt'> = { url: '/share-image.png', width: 1200, height: 630, type: 'image/png' };

@Injectable()
export class PagesService {
  private community: { row: CommunityEntity; at: number } | null = null;
  /** The community's language: every word the pages write. */
  private readonly words: Words;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly communityService: CommunityService,
    private readonly categories: CategoriesService,
    private readonly topics: TopicsService,
    private readonly posts: PostsService,
    private readonly topicAccess: TopicAccessService,
    private readonly ideas: IdeasService,
    private readonly events: EventAccessService,
    private readonly accounts: AccountsService,
  ) {
    this.words = pageWords(config.communityLanguage);
  }

  /** The site's name, description and public address, for every page's head. */
  async site(): Promise<SiteIdentity> {
    const now = Date.now();
    if (!this.community || now - this.community.at > COMMUNITY_TTL_MS) this.community = { row: await this.communityService.get(), at: now };
    const row = this.community.row;
    return { name: row.name, description: row.description, publicUrl: this.config.publicUrl, defaultImage: { ...DEFAULT_SHARE_IMAGE, alt: row.name } };
  }

  /**
   * The page at a path (with its `page` query parameter) for a guest; null for a path that has no
   * page of its own (sign-in, search, the staff panel…), which the app renders by itself.
   */
  async page(pathname: string, query: { page?: unknown }, ip: string): Promise<PageView | null> {
    const ctx = RequestContext.guest(ip);
    const segments = pathname.split('/').slice(1).map(safeDecode);
    try {
      if (pathname === '/') return await this.home(ctx);
      const [first, second, third] = segments;
      if (first === 't' && segments.length >= 2 && segments.length <= 3) {
        if (!second || !UUID_SEGMENT.test(second) || (third !== undefined && !/^\d{1,9}$/.test(third))) return notFound();
        const page = third !== undefined ? Math.ceil(Math.max(1, Number(third)) / POSTS_PER_PAGE) : pageNumber(query.page);
        return await this.topic(ctx, second, page);
      }
      if (first === 't') return notFound();
      if (first === 'c' && segments.length === 2 && second) return await this.category(ctx, second);
      if (first === 'u' && segments.length === 2 && second) return await this.profile(second);
      if (first === 'events' && second && second !== 'new') {
        if (!UUID_SEGMENT.test(second) || segments.length > 3 || (third !== undefined && third !== 'edit')) return notFound();
        // The editor is a staff page, of drafts too: the app checks who opens it.
        return third === 'edit' ? null : await this.event(ctx, second);
      }
      return null;
    } catch (error) {
      if (error instanceof PageNotFound || isNotFoundError(error)) return this.notFound();
      throw error;
    }
  }

  /** The not-found page: the app shows its own view over it. */
  notFound(): PageView {
    return {
      ...blank(),
      status: 404,
      title: this.words.notFoundTitle,
      noindex: true,
      body: `<main><h1>${text(this.words.notFoundTitle)}</h1><p>${text(this.words.notFoundText)} <a href="/">${text(this.words.goHome)}</a>.</p></main>`,
    };
  }

  /** The view of a path the app renders on its own: the community's name and description. */
  async plain(): Promise<PageView> {
    const site = await this.site();
    return { ...blank(), description: excerpt(site.description), noindex: false };
  }

  private async home(ctx: RequestContext): Promise<PageView> {
    const [site, categories, latest] = await Promise.all([this.site(), this.categories.listReadable(ctx), this.latestTopics(ctx)]);
    const body = [
      `<main><h1>${text(site.name)}</h1>`,
      site.description ? `<p>${text(site.description)}</p>` : '',
      categoryList(categories, this.words),
      latest.length ? `<section><h2>${text(this.words.latestTopics)}</h2>${topicList(latest, this.words)}</section>` : '',
      '</main>',
    ].join('');
    return {
      ...blank(),
      description: excerpt(site.description || site.name),
      canonicalPath: '/',
      jsonLd: { '@context': 'https://schema.org', '@type': 'WebSite', name: site.name, description: site.description || undefined, url: `${site.publicUrl}/` },
      feeds: [{ title: this.words.latestFeed(site.name), path: '/feeds/latest.rss' }],
      body,
    };
  }

  private async category(ctx: RequestContext, slug: string): Promise<PageView> {
    const category = await this.categories.getReadableBySlug(ctx, slug);
    const list = await this.latestTopics(ctx, category.id);
    const path = `/c/${encodeURIComponent(category.slug)}`;
    const body = [
      `<main><nav><a href="/">${text(this.words.home)}</a></nav><h1>${text(category.name)}</h1>`,
      category.description ? `<p>${text(category.description)}</p>` : '',
      list.length ? topicList(list, this.words) : `<p>${text(this.words.noTopics)}</p>`,
      '</main>',
    ].join('');
    return {
      ...blank(),
      title: category.name,
      description: excerpt(category.description || this.words.topicsIn(category.name)),
      canonicalPath: path,
      feeds: [{ title: this.words.latestFeed(category.name), path: `/feeds/c/${encodeURIComponent(category.slug)}.rss` }],
      body,
    };
  }

  private async latestTopics(ctx: RequestContext, categoryId?: string): Promise<TopicRow[]> {
    const page = await this.topics.list(ctx, { categoryId, sort: TopicSort.LATEST, period: TopPeriod.ALL, filter: TopicFilter.ALL, first: TOPICS_PER_LIST });
    return page.nodes;
  }

  private async topic(ctx: RequestContext, topicId: string, page: number): Promise<PageView> {
    const fromPostNumber = (page - 1) * POSTS_PER_PAGE + 1;
    // Asked in the same tick, the topic and the posts' own check of it share one statement.
    const [{ topic, category }, posts, site] = await Promise.all([
      this.topicAccess.readableTopic(ctx, topicId),
      this.posts.list(ctx, topicId, POSTS_PER_PAGE, undefined, fromPostNumber, { people: true }),
      this.site(),
    ]);
    const idea = topic.kind === 'IDEA' ? (await this.ideas.rowsOf([topic]))[0] : null;
    // A page past the last one is no page (the first page always has the opening post).
    if (page > 1 && posts.nodes.length === 0) return notFound();
    const opening = page === 1 ? posts.nodes.find((p) => p.postNumber === 1) : undefined;
    const base = `/t/${topic.id}`;
    const canonicalPath = page === 1 ? base : `${base}?page=${page}`;
    const next = posts.hasNextPage ? `${base}?page=${page + 1}` : null;
    const prev = page > 1 ? (page === 2 ? base : `${base}?page=${page - 1}`) : null;
    const image = posts.nodes.map((p) => firstImage(p.bodyHtml)).find((src) => src) ?? null;
    const openingText = opening ? plainText(opening.bodyHtml) : '';
    const description = excerpt(openingText || (page > 1 ? this.words.pagedDescription(topic.title, page) : topic.title));
    const accepted = topic.kind === 'QUESTION' && topic.acceptedPostId ? await this.acceptedAnswer(ctx, topic.acceptedPostId, posts.nodes) : null;
    const author = (p: PostRow): Author => this.authorOf(p, site);
    const words = this.words;
    const status = idea ? ((words.ideaStatus as Record<string, string>)[idea.status] ?? idea.status) : '';
    const ideaLine = idea ? `<p>${text(words.idea)}: ${text(status)} · ${text(words.count(idea.voteCount, words.votes))}</p>` : '';
    const body = [
      `<main><nav><a href="/">${text(words.home)}</a> › <a href="/c/${text(encodeURIComponent(category.slug))}">${text(category.name)}</a></nav>`,
      `<article><h1>${text(topic.title)}</h1>${ideaLine}`,
      page > 1 ? `<p>${text(words.pageLine(page))}</p>` : '',
      '<ol>',
      ...posts.nodes.map((p) => postItem(p, author(p), p.id === topic.acceptedPostId, words)),
      '</ol>',
      pager(prev, next, words),
      '</article></main>',
    ].join('');
    const url = `${site.publicUrl}${canonicalPath}`;
    let jsonLd: Record<string, unknown> | null = null;
    if (opening) {
      const person = ldAuthor(author(opening), site);
      if (accepted) {
        jsonLd = {
          '@context': 'https://schema.org',
          '@type': 'QAPage',
          mainEntity: {
            '@type': 'Question',
            name: topic.title,
            text: openingText || topic.title,
            answerCount: topic.replyCount,
            dateCreated: opening.createdAt.toISOString(),
            author: person,
            url,
            acceptedAnswer: {
              '@type': 'Answer',
              text: plainText(accepted.post.bodyHtml),
              dateCreated: accepted.post.createdAt.toISOString(),
              author: ldAuthor(accepted.author, site),
              url: `${site.publicUrl}${base}/${accepted.post.postNumber}`,
            },
          },
        };
      } else {
        jsonLd = {
          '@context': 'https://schema.org',
          '@type': 'DiscussionForumPosting',
          headline: topic.title,
          text: openingText,
          url,
          datePublished: opening.createdAt.toISOString(),
          ...(opening.editedAt && { dateModified: opening.editedAt.toISOString() }),
          author: person,
          ...(image && { image: absoluteUrl(site, image) }),
          interactionStatistic: { '@type': 'InteractionCounter', interactionType: 'https://schema.org/CommentAction', userInteractionCount: topic.replyCount },
          comment: posts.nodes
            .filter((p) => p.postNumber > 1)
            .map((p) => ({ '@type': 'Comment', text: plainText(p.bodyHtml), datePublished: p.createdAt.toISOString(), author: ldAuthor(author(p), site), url: `${site.publicUrl}${base}/${p.postNumber}` })),
        };
      }
    }
    return {
      ...blank(),
      title: page > 1 ? words.pagedTitle(topic.title, page) : topic.title,
      description,
      canonicalPath,
      image,
      ogType: 'article',
      jsonLd,
      prev,
      next,
      feeds: [{ title: words.repliesFeed(topic.title), path: `/feeds/t/${topic.id}.rss` }],
      body,
    };
  }

  /** The accepted answer when a guest may read it: from the page's posts, or read on its own. */
  private async acceptedAnswer(ctx: RequestContext, postId: string, onPage: readonly PostRow[]): Promise<{ post: PostEntity; author: Author } | null> {
    const site = await this.site();
    const shown = onPage.find((p) => p.id === postId);
    if (shown) return { post: shown, author: this.authorOf(shown, site) };
    const found = await this.topicAccess.readablePost(ctx, postId).catch(() => null);
    if (!found || found.post.deletedAt) return null;
    const user = found.post.authorId && !found.post.asBrand ? await this.accounts.findById(found.post.authorId) : null;
    return { post: found.post, author: found.post.asBrand ? { name: site.name, handle: null, brand: true } : personOf(user, this.words) };
  }

  private authorOf(post: PostRow, site: SiteIdentity): Author {
    // Brand posts speak as the community; a guest never learns which member wrote them.
    if (post.asBrand) return { name: site.name, handle: null, brand: true };
    return personOf(post.related?.author ?? null, this.words);
  }

  private async event(ctx: RequestContext, id: string): Promise<PageView> {
    if (!isUuid(id)) return notFound();
    const event = await this.events.visibleEvent(ctx, id);
    const site = await this.site();
    const path = `/events/${event.id}`;
    const description = excerpt(plainText(event.descriptionHtml) || event.title);
    const cover = event.coverKey ? `${UPLOADS_PATH}/${event.coverKey}` : null;
    const cancelled = event.status === 'CANCELLED' || !!event.cancelledAt;
    const body = [
      `<main><nav><a href="/">${text(this.words.home)}</a> › <a href="/events">${text(this.words.events)}</a></nav><article><h1>${text(event.title)}</h1>`,
      cancelled ? `<p><strong>${text(this.words.cancelled)}</strong></p>` : '',
      `<p>${time(event.startsAt)} – ${time(event.endsAt)} (${text(event.timeZone)})</p>`,
      event.location ? `<p>${text(event.location)}</p>` : '',
      event.onlineUrl ? `<p>${text(this.words.online)}</p>` : '',
      `<div>${event.descriptionHtml}</div>`,
      '</article></main>',
    ].join('');
    return {
      ...blank(),
      title: event.title,
      description,
      canonicalPath: path,
      image: cover,
      ogType: 'article',
      jsonLd: eventJsonLd(event, site, `${site.publicUrl}${path}`, description, cover, cancelled),
      body,
    };
  }

  private async profile(handle: string): Promise<PageView> {
    const user = await this.accounts.findByHandle(handle);
    // A member removed from the community, or one whose request was refused, has no public page.
    if (!user || user.membership === 'REMOVED' || user.membership === 'REJECTED') return notFound();
    const site = await this.site();
    const path = `/u/${encodeURIComponent(user.handle)}`;
    const since = user.createdAt.toISOString().slice(0, 10);
    return {
      ...blank(),
      title: `${user.displayName} (@${user.handle})`,
      description: this.words.memberOf(user.displayName, user.handle, site.name, since),
      canonicalPath: path,
      ogType: 'profile',
      jsonLd: {
        '@context': 'https://schema.org',
        '@type': 'ProfilePage',
        dateCreated: user.createdAt.toISOString(),
        mainEntity: { '@type': 'Person', name: user.displayName, alternateName: `@${user.handle}`, url: `${site.publicUrl}${path}` },
      },
      body: `<main><nav><a href="/">${text(this.words.home)}</a></nav><h1>${text(user.displayName)}</h1><p>@${text(user.handle)} · ${text(this.words.memberSince)} ${time(user.createdAt)}</p></main>`,
    };
  }
}

interface Author {
  name: string;
  handle: string | null;
  brand: boolean;
}

function personOf(user: UserEntity | null, words: Words): Author {
  return user ? { name: user.displayName, handle: user.handle, brand: false } : { name: words.formerMember, handle: null, brand: false };
}

function ldAuthor(author: Author, site: SiteIdentity): Record<string, unknown> {
  if (author.brand) return { '@type': 'Organization', name: author.name, url: `${site.publicUrl}/` };
  return { '@type': 'Person', name: author.name, ...(author.handle && { url: `${site.publicUrl}/u/${encodeURIComponent(author.handle)}` }) };
}

function absoluteUrl(site: SiteIdentity, pathOrUrl: string): string {
  return /^https?:\/\//i.test(pathOrUrl) ? pathOrUrl : `${site.publicUrl}${pathOrUrl}`;
}

function eventJsonLd(event: EventRow, site: SiteIdentity, url: string, description: string, cover: string | null, cancelled: boolean): Record<string, unknown> {
  const place = event.location ? { '@type': 'Place', name: event.location, address: event.location } : null;
  const online = event.onlineUrl ? { '@type': 'VirtualLocation', url } : null;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description,
    url,
    startDate: event.startsAt.toISOString(),
    endDate: event.endsAt.toISOString(),
    eventStatus: cancelled ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: `https://schema.org/${place && online ? 'Mixed' : online ? 'Online' : 'Offline'}EventAttendanceMode`,
    ...((place || online) && { location: place && online ? [place, online] : (place ?? online) }),
    ...(cover && { image: absoluteUrl(site, cover) }),
    organizer: { '@type': 'Organization', name: site.name, url: `${site.publicUrl}/` },
  };
}

function blank(): PageView {
  return { status: 200, title: null, description: '', canonicalPath: null, image: null, ogType: 'website', jsonLd: null, prev: null, next: null, feeds: [], noindex: false, body: '' };
}

function postItem(post: PostRow, author: Author, accepted: boolean, words: Words): string {
  const name = author.handle ? `<a href="/u/${text(encodeURIComponent(author.handle))}">${text(author.name)}</a>` : `<strong>${text(author.name)}</strong>`;
  return [
    `<li id="post-${post.postNumber}"><article>`,
    `<header>${name} · ${time(post.createdAt)}${accepted ? ` · <strong>${text(words.acceptedAnswer)}</strong>` : ''}</header>`,
    // Stored sanitised by the Markdown renderer, as the app shows it.
    `<div>${post.bodyHtml}</div>`,
    '</article></li>',
  ].join('');
}

function pager(prev: string | null, next: string | null, words: Words): string {
  if (!prev && !next) return '';
  const previousLink = prev ? `<a rel="prev" href="${text(prev)}">${text(words.previousPage)}</a>` : '';
  const nextLink = next ? `<a rel="next" href="${text(next)}">${text(words.nextPage)}</a>` : '';
  return `<nav>${previousLink}${prev && next ? ' ' : ''}${nextLink}</nav>`;
}

function categoryList(categories: readonly CategoryEntity[], words: Words): string {
  if (categories.length === 0) return '';
  const items = categories.map((c) => `<li><a href="/c/${text(encodeURIComponent(c.slug))}">${text(c.name)}</a>${c.description ? ` – ${text(c.description)}` : ''}</li>`);
  return `<section><h2>${text(words.categories)}</h2><ul>${items.join('')}</ul></section>`;
}

function topicList(topics: readonly TopicRow[], words: Words): string {
  const items = topics.map(
    (t) => `<li><a href="/t/${t.id}">${text(t.title)}</a> · ${text(words.count(t.replyCount, words.replies))} · ${time(t.lastPostedAt)}</li>`,
  );
  return `<ul>${items.join('')}</ul>`;
}

/** `?page=N`: a whole number from 1; anything else is the first page. */
function pageNumber(value: unknown): number {
  const n = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return Math.min(Math.max(1, n), MAX_PAGE);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The features' NOT_FOUND errors, whichever feature threw them: what a guest may not see reads the same. */
function isNotFoundError(error: unknown): boolean {
  return error instanceof AppError && error.code === ApiErrorCode.NOT_FOUND;
}
