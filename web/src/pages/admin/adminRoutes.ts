// The administrator console's pages, one group under /admin (router.ts mounts it).
import type { RouteRecordRaw } from 'vue-router';

export const adminRoutes: RouteRecordRaw[] = [
  {
    path: 'dashboard',
    name: 'admin-dashboard',
    component: () => import('./AdminDashboardPage.vue'),
    meta: { titleKey: 'admin.dashboard.title' },
  },
  {
    path: 'success',
    name: 'admin-success',
    component: () => import('./AdminSuccessPage.vue'),
    meta: { titleKey: 'admin.success.title' },
  },
  {
    path: 'employees',
    name: 'admin-employees',
    component: () => import('./AdminEmployeesPage.vue'),
    meta: { titleKey: 'admin.employees.title' },
  },
  {
    path: 'employees/new',
    name: 'admin-employee-new',
    component: () => import('./AdminEmployeeFormPage.vue'),
    meta: { titleKey: 'admin.form.createTitle' },
  },
  {
    path: 'employees/:id',
    name: 'admin-employee-edit',
    component: () => import('./AdminEmployeeFormPage.vue'),
    props: true,
    meta: { titleKey: 'admin.form.editTitle' },
  },
  {
    path: 'assessments',
    name: 'admin-assessments',
    component: () => import('./AdminAssessmentsPage.vue'),
    meta: { titleKey: 'admin.assessments.title' },
  },
  {
    path: 'competencies',
    name: 'admin-competencies',
    component: () => import('./AdminCompetenciesPage.vue'),
    meta: { titleKey: 'admin.competencies.title' },
  },
  {
    path: 'catalog',
    name: 'admin-catalog',
    component: () => import('./AdminCatalogPage.vue'),
    meta: { titleKey: 'admin.catalog.title' },
  },
  {
    path: 'organisation',
    name: 'admin-organisation',
    component: () => import('./AdminOrganisationPage.vue'),
    meta: { titleKey: 'admin.org.title' },
  },
  {
    path: 'settings',
    name: 'admin-settings',
    component: () => import('./AdminSettingsPage.vue'),
    meta: { titleKey: 'admin.org.settings.title' },
  },
  {
    path: 'training',
    name: 'admin-training',
    component: () => import('./AdminTrainingPage.vue'),
    meta: { titleKey: 'admin.training.title' },
  },
  {
    path: 'training/sessions/:id',
    name: 'admin-session-roster',
    component: () => import('./AdminSessionRosterPage.vue'),
    props: true,
    meta: { titleKey: 'admin.training.roster.pageTitle' },
  },
  {
    path: 'partnerships',
    name: 'admin-partnerships',
    component: () => import('./AdminPartnershipsPage.vue'),
    meta: { titleKey: 'partners.title' },
  },
  {
    path: 'certification',
    name: 'admin-certification',
    component: () => import('./AdminCertificationPage.vue'),
    meta: { titleKey: 'admin.certification.title' },
  },
  {
    path: 'talent',
    name: 'admin-talent',
    component: () => import('./AdminTalentPage.vue'),
    meta: { titleKey: 'admin.talent.title' },
  },
  {
    path: 'succession',
    name: 'admin-succession',
    component: () => import('../SuccessionPage.vue'),
    meta: { titleKey: 'succession.title' },
  },
  {
    path: 'mentoring',
    name: 'admin-mentoring',
    component: () => import('./AdminMentoringPage.vue'),
    meta: { titleKey: 'admin.mentoring.title' },
  },
  {
    path: 'access',
    name: 'admin-access',
    component: () => import('./AdminAccessPage.vue'),
    meta: { titleKey: 'admin.access.title' },
  },
  {
    path: 'audit',
    name: 'admin-audit',
    component: () => import('./AdminAuditPage.vue'),
    meta: { titleKey: 'admin.audit.title' },
  },
  {
    path: 'evaluation',
    name: 'admin-evaluation',
    component: () => import('./AdminEvaluationPage.vue'),
    meta: { titleKey: 'admin.evaluation.title' },
  },
];
