import type { CommunityLanguage } from '../config/config.js';

/**
 * Every word the server-rendered pages write, in each language a community may speak. The pages
 * are what search engines index and link previews quote, so they read in the community's
 * language, as the app does. Both languages have the same entries: the type says so.
 */

/** A word for a count, by the language's plural category (`Intl.PluralRules`); `other` when none fits. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface PageWords {
  home: string;
  events: string;
  categories: string;
  latestTopics: string;
  noTopics: string;
  /** A category's description when it has none of its own. */
  topicsIn: (category: string) => string;
  /** The feed of the home page or of a category. */
  latestFeed: (name: string) => string;
  /** The feed of a topic's replies. */
  repliesFeed: (topic: string) => string;
  /** The line above a topic's posts past its first page. */
  pageLine: (page: number) => string;
  /** A topic's title past its first page. */
  pagedTitle: (topic: string, page: number) => string;
  /** A topic's description past its first page when it has no opening text. */
  pagedDescription: (topic: string, page: number) => string;
  previousPage: string;
  nextPage: string;
  replies: PluralForms;
  votes: PluralForms;
  idea: string;
  ideaStatus: Record<'NEW' | 'UNDER_REVIEW' | 'PLANNED' | 'IN_PROGRESS' | 'DONE' | 'DECLINED' | 'DUPLICATE', string>;
  acceptedAnswer: string;
  formerMember: string;
  cancelled: string;
  online: string;
  /** The profile's description; `since` is a date (YYYY-MM-DD). */
  memberOf: (name: string, handle: string, community: string, since: string) => string;
  /** Followed by the date the member joined. */
  memberSince: string;
  notFoundTitle: string;
  notFoundText: string;
  goHome: string;
  /** The title of the page served when a page could not be rendered (the app then shows what it can). */
  unavailableTitle: string;
}

export const PAGE_WORDS = {
  en: {
    home: 'Home',
    events: 'Events',
    categories: 'Categories',
    latestTopics: 'Latest topics',
    noTopics: 'No topics yet.',
    topicsIn: (category) => `Topics in ${category}`,
    latestFeed: (name) => `${name}: latest topics`,
    repliesFeed: (topic) => `${topic}: replies`,
    pageLine: (page) => `Page ${page}`,
    pagedTitle: (topic, page) => `${topic} (page ${page})`,
    pagedDescription: (topic, page) => `${topic}, page ${page}`,
    previousPage: 'Previous page',
    nextPage: 'Next page',
    replies: { one: 'reply', other: 'replies' },
    votes: { one: 'vote', other: 'votes' },
    idea: 'Idea',
    ideaStatus: {
      NEW: 'New',
      UNDER_REVIEW: 'Under review',
      PLANNED: 'Planned',
      IN_PROGRESS: 'In progress',
      DONE: 'Done',
      DECLINED: 'Declined',
      DUPLICATE: 'Duplicate',
    },
    acceptedAnswer: 'Accepted answer',
    formerMember: 'Former member',
    cancelled: 'Cancelled',
    online: 'Online',
    memberOf: (name, handle, community, since) => `${name} (@${handle}), member of ${community} since ${since}.`,
    memberSince: 'member since',
    notFoundTitle: 'Page not found',
    unavailableTitle: 'Temporarily unavailable',
    notFoundText: 'There is nothing here, or it is not public.',
    goHome: 'Go to the home page',
  },
  ru: {
    home: 'Главная',
    events: 'События',
    categories: 'Разделы',
    latestTopics: 'Последние темы',
    noTopics: 'Тем пока нет.',
    topicsIn: (category) => `Темы раздела «${category}»`,
    latestFeed: (name) => `${name}: последние темы`,
    repliesFeed: (topic) => `${topic}: ответы`,
    pageLine: (page) => `Страница ${page}`,
    pagedTitle: (topic, page) => `${topic} (страница ${page})`,
    pagedDescription: (topic, page) => `${topic}, страница ${page}`,
    previousPage: 'Предыдущая страница',
    nextPage: 'Следующая страница',
    replies: { one: 'ответ', few: 'ответа', many: 'ответов', other: 'ответа' },
    votes: { one: 'голос', few: 'голоса', many: 'голосов', other: 'голоса' },
    idea: 'Идея',
    ideaStatus: {
      NEW: 'Новая',
      UNDER_REVIEW: 'На рассмотрении',
      PLANNED: 'В планах',
      IN_PROGRESS: 'В работе',
      DONE: 'Сделано',
      DECLINED: 'Отклонена',
      DUPLICATE: 'Дубликат',
    },
    acceptedAnswer: 'Принятый ответ',
    formerMember: 'Бывший участник',
    cancelled: 'Отменено',
    online: 'Онлайн',
    memberOf: (name, handle, community, since) => `${name} (@${handle}), участник сообщества «${community}» с ${since}.`,
    memberSince: 'в сообществе с',
    notFoundTitle: 'Страница не найдена',
    unavailableTitle: 'Временно недоступно',
    notFoundText: 'Здесь ничего нет, или это закрыто для гостей.',
    goHome: 'На главную',
  },
} satisfies Record<CommunityLanguage, PageWords>;

const pluralRules = new Map<CommunityLanguage, Intl.PluralRules>();

/** The words of a language's pages, and its count words: `count(3, words.replies)` is "3 replies" / "3 ответа". */
export function pageWords(language: CommunityLanguage): PageWords & { count: (n: number, forms: PluralForms) => string } {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  const select = rules;
  return { ...PAGE_WORDS[language], count: (n, forms) => `${n} ${forms[select.select(n)] ?? forms.other}` };
}
