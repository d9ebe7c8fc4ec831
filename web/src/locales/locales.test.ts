// Both languages say everything: a key present in one file and missing in the other fails here.
import { describe, expect, it } from 'vitest';
import dashboardEn from './admin/dashboard.en.json';
import dashboardId from './admin/dashboard.id.json';
import adminEn from './admin/en.json';
import adminId from './admin/id.json';
import adminOrgEn from './admin/org.en.json';
import adminOrgId from './admin/org.id.json';
import successEn from './admin/success.en.json';
import successId from './admin/success.id.json';
import adviseEn from './advise.en.json';
import adviseId from './advise.id.json';
import en from './en.json';
import evaluateEn from './evaluate.en.json';
import evaluateId from './evaluate.id.json';
import id from './id.json';
import insightEn from './insight.en.json';
import insightId from './insight.id.json';
import notifyEn from './notify.en.json';
import notifyId from './notify.id.json';
import partnersEn from './partners.en.json';
import partnersId from './partners.id.json';
import recordsEn from './records/en.json';
import recordsId from './records/id.json';
import studiesEn from './studies.en.json';
import studiesId from './studies.id.json';
import successionEn from './succession.en.json';
import successionId from './succession.id.json';

function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('locales', () => {
  it('Indonesian and English have the same keys', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(id).sort());
  });

  it('the administrator console says everything in both languages too', () => {
    expect(keysOf(adminEn).sort()).toEqual(keysOf(adminId).sort());
    expect(keysOf(adminOrgEn).sort()).toEqual(keysOf(adminOrgId).sort());
    expect(keysOf(dashboardEn).sort()).toEqual(keysOf(dashboardId).sort());
    expect(keysOf(successEn).sort()).toEqual(keysOf(successId).sort());
  });

  it('the degree-study page says everything in both languages too', () => {
    expect(keysOf(studiesEn).sort()).toEqual(keysOf(studiesId).sort());
  });

  it('the projections and growth views say everything in both languages too', () => {
    expect(keysOf(insightEn).sort()).toEqual(keysOf(insightId).sort());
  });

  it('the advice pages say everything in both languages too', () => {
    expect(keysOf(adviseEn).sort()).toEqual(keysOf(adviseId).sort());
  });

  it('the histories, past trainings and imports say everything in both languages too', () => {
    expect(keysOf(recordsEn).sort()).toEqual(keysOf(recordsId).sort());
  });

  it('the partnerships and needs surveys say everything in both languages too', () => {
    expect(keysOf(partnersEn).sort()).toEqual(keysOf(partnersId).sort());
  });

  it('the manager’s evaluation inbox says everything in both languages too', () => {
    expect(keysOf(evaluateEn).sort()).toEqual(keysOf(evaluateId).sort());
  });

  it('the succession page says everything in both languages too', () => {
    expect(keysOf(successionEn).sort()).toEqual(keysOf(successionId).sort());
  });

  it('has no empty message', () => {
    const empty = [
      id,
      en,
      adminId,
      adminEn,
      adminOrgId,
      adminOrgEn,
      adviseId,
      adviseEn,
      insightId,
      insightEn,
      recordsId,
      recordsEn,
      evaluateId,
      evaluateEn,
      successionId,
      successionEn,
      partnersId,
      partnersEn,
    ].flatMap((messages) =>
      keysOf(messages).filter(
        (key) =>
          key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) === '',
      ),
    );
    expect(empty).toEqual([]);
  });

  it('the notifications say everything in both languages too', () => {
    expect(keysOf(notifyEn).sort()).toEqual(keysOf(notifyId).sort());
  });
});
