// The route table, explicit: every page, its title key, and whether it needs a signed-in user.
import { createRouter, createWebHistory, type RouteLocationRaw, type RouteRecordRaw } from 'vue-router';
import { useSession, type SessionUser } from './composables/useSession';
import { adminRoutes } from './pages/admin/adminRoutes';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    isPublic?: boolean;
    /** i18n key of the page title (document title and heading). */
    titleKey: string;
  }
}

/** Where a user lands after signing in: an ASN on their own page, a manager on the team's talent or matrix. */
export function homeOf(user: SessionUser | null): RouteLocationRaw {
  if (user?.role === 'ASN' && user.employeeId) return { name: 'employee', params: { id: user.employeeId } };
  if (user?.role === 'MANAGER') return { name: MANAGER_HOME };
  return { name: 'employees' };
}

const MANAGER_HOME = 'team-matrix';

const routes: RouteRecordRaw[] = [
  {
    path: '/sign-in',
    name: 'sign-in',
    component: () => import('./pages/SignInPage.vue'),
    meta: { isPublic: true, titleKey: 'signIn.title' },
  },
  { path: '/', name: 'home', redirect: () => homeOf(useSession().user.value), meta: { titleKey: 'app.name' } },
  {
    path: '/employees',
    name: 'employees',
    component: () => import('./pages/EmployeeListPage.vue'),
    meta: { titleKey: 'employees.title' },
  },
  {
    path: '/employees/:id',
    name: 'employee',
    component: () => import('./pages/EmployeePage.vue'),
    props: true,
    meta: { titleKey: 'employee.title' },
  },
  {
    path: '/team-matrix',
    name: 'team-matrix',
    component: () => import('./pages/TeamMatrixPage.vue'),
    meta: { titleKey: 'matrix.title' },
  },
  {
    path: '/career-planner',
    name: 'career-planner',
    component: () => import('./pages/CareerPlannerPage.vue'),
    meta: { titleKey: 'planner.title' },
  },
  {
    path: '/talent-grid',
    name: 'talent-grid',
    component: () => import('./pages/TalentGridPage.vue'),
    meta: { titleKey: 'talent.title' },
  },
  {
    path: '/succession',
    name: 'succession',
    component: () => import('./pages/SuccessionPage.vue'),
    meta: { titleKey: 'succession.title' },
  },
  {
    path: '/catalog',
    name: 'catalog',
    component: () => import('./pages/CatalogPage.vue'),
    meta: { titleKey: 'work.catalog.title' },
  },
  {
    path: '/my-training',
    name: 'my-training',
    component: () => import('./pages/MyTrainingPage.vue'),
    meta: { titleKey: 'work.mine.title' },
  },
  {
    path: '/degree-study',
    name: 'degree-study',
    component: () => import('./pages/DegreeStudyPage.vue'),
    meta: { titleKey: 'studies.title' },
  },
  {
    path: '/placements',
    name: 'placements',
    component: () => import('./pages/PlacementPage.vue'),
    meta: { titleKey: 'studies.placements.title' },
  },
  {
    path: '/mentors',
    name: 'mentors',
    component: () => import('./pages/MentorsPage.vue'),
    meta: { titleKey: 'advise.mentors.title' },
  },
  {
    path: '/mentoring',
    name: 'mentoring',
    component: () => import('./pages/MentorshipsPage.vue'),
    meta: { titleKey: 'advise.mentoring.title' },
  },
  {
    path: '/team',
    name: 'team',
    component: () => import('./pages/TeamPage.vue'),
    meta: { titleKey: 'work.team.title' },
  },
  {
    path: '/team-growth',
    name: 'team-growth',
    component: () => import('./pages/TeamGrowthPage.vue'),
    meta: { titleKey: 'insight.growth.title' },
  },
  {
    path: '/notifications',
    name: 'notifications',
    component: () => import('./pages/NotificationsPage.vue'),
    meta: { titleKey: 'notify.title' },
  },
  {
    path: '/inbox',
    name: 'inbox',
    component: () => import('./pages/InboxPage.vue'),
    meta: { titleKey: 'work.inbox.title' },
  },
  {
    // The BKPSDM administrator's console; the console page refuses other roles, and the API refuses them anyway.
    path: '/admin',
    name: 'admin',
    redirect: { name: 'admin-dashboard' },
    component: () => import('./pages/admin/AdminConsolePage.vue'),
    meta: { titleKey: 'admin.title' },
    children: adminRoutes,
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./pages/NotFoundPage.vue'),
    meta: { isPublic: true, titleKey: 'notFound.title' },
  },
];

export function createAppRouter() {
  const router = createRouter({ history: createWebHistory(), routes });
  router.beforeEach((to) => {
    const { isSignedIn } = useSession();
    if (!to.meta.isPublic && !isSignedIn.value) {
      return { name: 'sign-in', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
    }
    if (to.name === 'sign-in' && isSignedIn.value) return { name: 'home' };
    return true;
  });
  return router;
}
