// Indonesian first, English on request; the choice survives reloads. Number formats follow each language.
import { createI18n } from 'vue-i18n';
import dashboardEn from './locales/admin/dashboard.en.json';
import dashboardId from './locales/admin/dashboard.id.json';
import adminEn from './locales/admin/en.json';
import adminId from './locales/admin/id.json';
import adminOrgEn from './locales/admin/org.en.json';
import adminOrgId from './locales/admin/org.id.json';
import successEn from './locales/admin/success.en.json';
import successId from './locales/admin/success.id.json';
import adviseEn from './locales/advise.en.json';
import adviseId from './locales/advise.id.json';
import en from './locales/en.json';
import evaluateEn from './locales/evaluate.en.json';
import evaluateId from './locales/evaluate.id.json';
import id from './locales/id.json';
import insightEn from './locales/insight.en.json';
import insightId from './locales/insight.id.json';
import notifyEn from './locales/notify.en.json';
import notifyId from './locales/notify.id.json';
import partnersEn from './locales/partners.en.json';
import partnersId from './locales/partners.id.json';
import recordsEn from './locales/records/en.json';
import recordsId from './locales/records/id.json';
import studiesEn from './locales/studies.en.json';
import studiesId from './locales/studies.id.json';
import successionEn from './locales/succession.en.json';
import successionId from './locales/succession.id.json';
// The ASN and manager workflows' strings live in their own files under `work.*`.
import workEn from './locales/work.en.json';
import workId from './locales/work.id.json';

export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
// The ASN and manager workflows, the administrator's console and the advice pages keep their strings in files of
// their own, under `work.*`, `admin.*`, `advise.*` and `records.*` (histories, past trainings, imports).
const messages = {
  id: {
    ...id,
    work: workId,
    admin: { ...adminId, dashboard: dashboardId, org: adminOrgId, success: successId },
    advise: adviseId,
    studies: studiesId,
    succession: successionId,
    evaluate: evaluateId,
    insight: insightId,
    notify: notifyId,
    records: recordsId,
    partners: partnersId,
  },
  en: {
    ...en,
    work: workEn,
    admin: { ...adminEn, dashboard: dashboardEn, org: adminOrgEn, success: successEn },
    advise: adviseEn,
    studies: studiesEn,
    succession: successionEn,
    evaluate: evaluateEn,
    insight: insightEn,
    notify: notifyEn,
    records: recordsEn,
    partners: partnersEn,
  },
};
export type MessageSchema = (typeof messages)['id'];

const STORAGE_KEY = 'asn.locale';

function savedLocale(): Locale {
  const saved = localStorage.getItem(STORAGE_KEY);
  return LOCALES.find((locale) => locale === saved) ?? 'id';
}

const numberFormats = {
  integer: { maximumFractionDigits: 0 },
  decimal: { minimumFractionDigits: 2, maximumFractionDigits: 2 },
  currency: { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 },
  percent: { style: 'percent', maximumFractionDigits: 0 },
} as const;

export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: savedLocale(),
  fallbackLocale: 'id',
  messages,
  numberFormats: { id: numberFormats, en: numberFormats },
  datetimeFormats: {
    id: {
      date: { day: 'numeric', month: 'long', year: 'numeric' },
      dateTime: { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' },
    },
    en: {
      date: { day: 'numeric', month: 'short', year: 'numeric' },
      dateTime: { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' },
    },
  },
});

export function currentLocale(): Locale {
  return i18n.global.locale.value;
}

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}

/** The tab's title; screen readers announce it on navigation. */
export function setDocumentTitle(title: string): void {
  document.title = title;
}
