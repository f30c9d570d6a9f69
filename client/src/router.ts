import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { adminRoutes } from './admin/routes';
import { staffOnlyNotice } from './admin/staff-only';
import { useSession } from './features/accounts/use-session';
import HomePage from './features/community/HomePage.vue';
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

// The home page is in the main bundle; every other page, and the staff panel, loads its own code
// when first opened, so a first visit downloads only what it shows.
const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomePage },
  { path: '/signup', name: 'signup', component: () => import('./features/accounts/SignUpPage.vue'), meta: { title: 'titles.signUp', guestOnly: true } },
  { path: '/signin', name: 'signin', component: () => import('./features/accounts/SignInPage.vue'), meta: { title: 'titles.signIn', guestOnly: true } },
  { path: '/account', name: 'account', component: () => import('./features/accounts/AccountPage.vue'), meta: { title: 'titles.account', requiresUser: true } },
  { path: '/c/:slug', name: 'category', component: () => import('./features/forum/CategoryPage.vue'), meta: { title: 'titles.category' } },
  // Topic ids are UUIDs: anything else is no topic, and the not-found page says so at once.
  { path: '/t/:id([0-9a-fA-F-]{36})/:postNumber(\\d+)?', name: 'topic', component: () => import('./features/forum/TopicPage.vue'), meta: { title: 'titles.topic' } },
  { path: '/tag/:tag', name: 'tag', component: () => import('./features/forum/TagPage.vue'), meta: { title: 'titles.tag' } },
  { path: '/new-topic', name: 'new-topic', component: () => import('./features/forum/NewTopicPage.vue'), meta: { title: 'titles.newTopic', requiresUser: true } },
  { path: '/guidelines', name: 'guidelines', component: () => import('./features/membership/GuidelinesPage.vue'), meta: { title: 'titles.guidelines' } },
  { path: '/contests', name: 'contests', component: () => import('./features/contests/ContestsPage.vue'), meta: { title: 'titles.contests' } },
  { path: '/contests/new', name: 'new-contest', component: () => import('./features/contests/NewContestPage.vue'), meta: { title: 'titles.newContest', requiresUser: true } },
  { path: '/contests/:id([0-9a-fA-F-]{36})', name: 'contest', component: () => import('./features/contests/ContestPage.vue'), meta: { title: 'titles.contest' } },
  { path: '/search', name: 'search', component: () => import('./features/search/SearchPage.vue'), meta: { title: 'titles.search' } },
  { path: '/notifications', name: 'notifications', component: () => import('./features/notifications/NotificationsPage.vue'), meta: { title: 'titles.notifications', requiresUser: true } },
  { path: '/events', name: 'events', component: () => import('./features/events/EventsPage.vue'), meta: { title: 'titles.events' } },
  { path: '/events/new', name: 'new-event', component: () => import('./features/events/EventEditorPage.vue'), meta: { title: 'titles.newEvent', requiresStaff: true } },
  { path: '/events/:id([0-9a-fA-F-]{36})', name: 'event', component: () => import('./features/events/EventPage.vue'), meta: { title: 'titles.event' } },
  { path: '/events/:id([0-9a-fA-F-]{36})/edit', name: 'edit-event', component: () => import('./features/events/EventEditorPage.vue'), meta: { title: 'titles.editEvent', requiresStaff: true } },
  { path: '/ideas', name: 'ideas', component: () => import('./features/ideas/IdeasPage.vue'), meta: { title: 'titles.ideas' } },
  { path: '/roadmap', name: 'roadmap', component: () => import('./features/ideas/RoadmapPage.vue'), meta: { title: 'titles.roadmap' } },
  { path: '/u/:handle', name: 'profile', component: () => import('./features/profile/ProfilePage.vue'), meta: { title: 'titles.profile' } },
  ...adminRoutes,
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./features/site/NotFoundPage.vue'), meta: { title: 'titles.notFound' } },
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
