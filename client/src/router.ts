import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { adminRoutes } from './admin/routes';
import { staffOnlyNotice } from './admin/staff-only';
import AccountPage from './features/accounts/AccountPage.vue';
import ContestPage from './features/contests/ContestPage.vue';
import ContestsPage from './features/contests/ContestsPage.vue';
import NewContestPage from './features/contests/NewContestPage.vue';
import SignInPage from './features/accounts/SignInPage.vue';
import SignUpPage from './features/accounts/SignUpPage.vue';
import { useSession } from './features/accounts/use-session';
import HomePage from './features/community/HomePage.vue';
import CategoryPage from './features/forum/CategoryPage.vue';
import NewTopicPage from './features/forum/NewTopicPage.vue';
import TagPage from './features/forum/TagPage.vue';
import TopicPage from './features/forum/TopicPage.vue';
import GuidelinesPage from './features/membership/GuidelinesPage.vue';
import NotificationsPage from './features/notifications/NotificationsPage.vue';
import ProfilePage from './features/profile/ProfilePage.vue';
import SearchPage from './features/search/SearchPage.vue';
import EventEditorPage from './features/events/EventEditorPage.vue';
import EventPage from './features/events/EventPage.vue';
import EventsPage from './features/events/EventsPage.vue';
import IdeasPage from './features/ideas/IdeasPage.vue';
import RoadmapPage from './features/ideas/RoadmapPage.vue';
import NotFoundPage from './features/site/NotFoundPage.vue';
import { afterNavigation, flash } from './lib/notices';
import { safeRedirect } from './lib/redirect';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title; the home page shows the community name alone. */
    title?: string;
    /** Only for someone signed in: guests go to the sign-in page and come back after. */
    requiresUser?: boolean;
    /** Only for staff: others are sent home with a notice. The server checks again. */
    requiresStaff?: boolean;
    /** Only for guests: someone signed in has no use for it. */
    guestOnly?: boolean;
  }
}

// Member pages are in the main bundle; the staff panel loads on demand, as most visitors never open it.
const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomePage },
  { path: '/signup', name: 'signup', component: SignUpPage, meta: { title: 'titles.signUp', guestOnly: true } },
  { path: '/signin', name: 'signin', component: SignInPage, meta: { title: 'titles.signIn', guestOnly: true } },
  { path: '/account', name: 'account', component: AccountPage, meta: { title: 'titles.account', requiresUser: true } },
  { path: '/c/:slug', name: 'category', component: CategoryPage, meta: { title: 'titles.category' } },
  // Topic ids are UUIDs: anything else is no topic, and the not-found page says so at once.
  { path: '/t/:id([0-9a-fA-F-]{36})/:postNumber(\\d+)?', name: 'topic', component: TopicPage, meta: { title: 'titles.topic' } },
  { path: '/tag/:tag', name: 'tag', component: TagPage, meta: { title: 'titles.tag' } },
  { path: '/new-topic', name: 'new-topic', component: NewTopicPage, meta: { title: 'titles.newTopic', requiresUser: true } },
  { path: '/guidelines', name: 'guidelines', component: GuidelinesPage, meta: { title: 'titles.guidelines' } },
  { path: '/contests', name: 'contests', component: ContestsPage, meta: { title: 'titles.contests' } },
  { path: '/contests/new', name: 'new-contest', component: NewContestPage, meta: { title: 'titles.newContest', requiresUser: true } },
  { path: '/contests/:id([0-9a-fA-F-]{36})', name: 'contest', component: ContestPage, meta: { title: 'titles.contest' } },
  { path: '/search', name: 'search', component: SearchPage, meta: { title: 'titles.search' } },
  { path: '/notifications', name: 'notifications', component: NotificationsPage, meta: { title: 'titles.notifications', requiresUser: true } },
  { path: '/events', name: 'events', component: EventsPage, meta: { title: 'titles.events' } },
  { path: '/events/new', name: 'new-event', component: EventEditorPage, meta: { title: 'titles.newEvent', requiresStaff: true } },
  { path: '/events/:id([0-9a-fA-F-]{36})', name: 'event', component: EventPage, meta: { title: 'titles.event' } },
  { path: '/events/:id([0-9a-fA-F-]{36})/edit', name: 'edit-event', component: EventEditorPage, meta: { title: 'titles.editEvent', requiresStaff: true } },
  { path: '/ideas', name: 'ideas', component: IdeasPage, meta: { title: 'titles.ideas' } },
  { path: '/roadmap', name: 'roadmap', component: RoadmapPage, meta: { title: 'titles.roadmap' } },
  { path: '/u/:handle', name: 'profile', component: ProfilePage, meta: { title: 'titles.profile' } },
  ...adminRoutes,
  { path: '/:pathMatch(.*)*', name: 'not-found', component: NotFoundPage, meta: { title: 'titles.notFound' } },
];

export const router = createRouter({
  history: createWebHistory(),
  routes,
  // Moving within a topic (to another post) is scrolled by the topic page itself.
  scrollBehavior: (to, from, saved) => saved ?? (to.name === 'topic' && from.name === 'topic' && to.params.id === from.params.id ? false : { top: 0 }),
});

router.beforeEach(async (to) => {
  if (!to.meta.requiresUser && !to.meta.requiresStaff && !to.meta.guestOnly) return true;
  const session = useSession();
  await session.ready();
  // When the server could not say who this is, let the page show that error with a retry.
  if (session.status.value !== 'ready') return true;
  const signedIn = session.signedIn.value;

  if (to.meta.requiresUser && !signedIn) {
    return { path: '/signin', query: { redirect: to.fullPath } };
  }
  if (to.meta.requiresStaff && !session.isStaff.value) {
    flash(staffOnlyNotice(signedIn), { beforeNavigation: true });
    return { path: '/' };
  }
  if (to.meta.guestOnly && signedIn) {
    return { path: safeRedirect(to.query.redirect) };
  }
  return true;
});

router.afterEach((_to, _from, failure) => {
  if (!failure) afterNavigation();
});

// A page's code that fails to load usually means a new version was deployed meanwhile: load the
// page afresh from the server instead of leaving the navigation stuck.
router.onError((error, to) => {
  if (/dynamically imported module|Importing a module script failed|Failed to fetch/i.test(String(error))) {
    window.location.assign(to.fullPath);
  }
});
