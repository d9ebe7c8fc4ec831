// The rest of the reference data an administrator keeps, on both databases: competencies with their five
// level descriptors, positions with their own retirement age, agency settings (personnel), JP settings (training)
// and issuers (certification). Each: happy path, bad input writing nothing, refusal to a manager and to another
// agency's administrator; retired rows readable by id but not listed.
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificationSubgraph } from '@asn/certification';
import { personnelSubgraph } from '@asn/personnel';
import { trainingSubgraph } from '@asn/training';
import { startInProcessSubgraph, type InProcessSubgraph } from '../support/in-process-subgraph.js';
import { ADMIN, MANAGER, OTHER_ADMIN, count, fieldOf, mutation, reasonOf } from '../support/master-data-callers.js';
import { DATABASES } from '../support/test-config.js';

const LEVELS = ['Mengenal', 'Memahami', 'Menerapkan', 'Menganalisis', 'Mengembangkan'].map(
  (verb) => `${verb} kearsipan.`,
);

describe.each(DATABASES)('reference data and settings on %s', (database) => {
  let personnel: InProcessSubgraph;
  let training: InProcessSubgraph;
  let certification: InProcessSubgraph;

  beforeAll(async () => {
    [personnel, training, certification] = await Promise.all([
      startInProcessSubgraph(personnelSubgraph, database, 'asn_ms_pe'),
      startInProcessSubgraph(trainingSubgraph, database, 'asn_ms_tr'),
      startInProcessSubgraph(certificationSubgraph, database, 'asn_ms_ce'),
    ]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([personnel?.stop(), training?.stop(), certification?.stop()]);
  });

  it('keeps a competency with five level descriptors; a retired one is read by id but not listed', async () => {
    const SAVE = mutation('saveCompetency', 'CompetencyInput', 'id code retiredOn levels { level descriptor }');
    const input = {
      code: 'ARS-AMB',
      name: 'Kearsipan Daerah',
      type: 'TECHNICAL',
      definition: 'Pengelolaan arsip.',
      levels: LEVELS,
    };
    const before = await count(personnel, 'competency_level');
    const four = await personnel.execute(SAVE, { input: { ...input, levels: LEVELS.slice(0, 4) } }, ADMIN);
    expect([fieldOf(four), reasonOf(four)]).toEqual(['input.levels', 'LEVELS_NOT_FIVE']);
    expect(reasonOf(await personnel.execute(SAVE, { input }, MANAGER))).toBe('FORBIDDEN');
    expect(await count(personnel, 'competency_level')).toBe(before);
    const saved = await personnel.execute(SAVE, { input }, ADMIN);
    const id = saved.data!.saveCompetency.id as string;
    expect(saved.data!.saveCompetency.levels.map((row: { level: number }) => row.level)).toEqual([1, 2, 3, 4, 5]);
    const changed = await personnel.execute(
      SAVE,
      { input: { ...input, id, levels: [...LEVELS.slice(0, 4), 'Memimpin kearsipan.'] } },
      ADMIN,
    );
    expect(changed.data!.saveCompetency.levels[4].descriptor).toBe('Memimpin kearsipan.');
    expect(await count(personnel, 'competency_level')).toBe(before + 5);
    expect(reasonOf(await personnel.execute(SAVE, { input: { ...input, id } }, OTHER_ADMIN))).toBe('FORBIDDEN');
    // The national dictionary is not an agency's to change.
    expect(reasonOf(await personnel.execute(SAVE, { input: { ...input, id: '1', code: 'INT' } }, ADMIN))).toBe(
      'FORBIDDEN',
    );
    const RETIRE = mutation('retireCompetency', 'RetirePersonnelRowInput', 'id retiredOn');
    expect(reasonOf(await personnel.execute(RETIRE, { input: { id } }, OTHER_ADMIN))).toBe('FORBIDDEN');
    expect((await personnel.execute(RETIRE, { input: { id } }, ADMIN)).data!.retireCompetency.retiredOn).toBeTruthy();
    const read = await personnel.execute(`query ($id: ID!) { competency(id: $id) { code } }`, { id }, ADMIN);
    expect(read.data!.competency.code).toBe('ARS-AMB');
    const list = await personnel.execute(`{ competencies { id } }`, {}, ADMIN);
    expect(list.data!.competencies.map((row: { id: string }) => row.id)).not.toContain(id);
  });

  it('keeps a position with its own retirement age, or the default by kind and level', async () => {
    const SAVE = mutation('savePosition', 'PositionInput', 'id track retirementAge minGolongan');
    const input = {
      unitId: '6',
      name: 'Arsiparis Ahli Madya',
      kind: 'FUNGSIONAL',
      functionalLevel: 'AHLI_MADYA',
      minGolongan: 'IV_A',
      minEducation: 'S1',
    };
    const before = await count(personnel, 'position');
    const noLevel = await personnel.execute(SAVE, { input: { ...input, functionalLevel: null } }, ADMIN);
    expect([fieldOf(noLevel), reasonOf(noLevel)]).toEqual(['input.functionalLevel', 'LEVEL_FOR_FUNCTIONAL_ONLY']);
    const age = await personnel.execute(SAVE, { input: { ...input, retirementAge: 80 } }, ADMIN);
    expect([fieldOf(age), reasonOf(age)]).toEqual(['input.retirementAge', 'VALUE_OUT_OF_RANGE']);
    expect(reasonOf(await personnel.execute(SAVE, { input }, MANAGER))).toBe('FORBIDDEN');
    // Unit 6 is Ambon's: another agency's administrator cannot place a post in it.
    expect(reasonOf(await personnel.execute(SAVE, { input }, OTHER_ADMIN))).toBe('FORBIDDEN');
    expect(await count(personnel, 'position')).toBe(before);
    const saved = await personnel.execute(SAVE, { input }, ADMIN);
    expect(saved.data!.savePosition).toMatchObject({ track: 'FUNCTIONAL', retirementAge: 60, minGolongan: 'IV_A' });
    const id = saved.data!.savePosition.id as string;
    const own = await personnel.execute(SAVE, { input: { ...input, id, retirementAge: 62 } }, ADMIN);
    expect(own.data!.savePosition.retirementAge).toBe(62);
    const RETIRE = mutation('retirePosition', 'RetirePersonnelRowInput', 'id retiredOn');
    expect(reasonOf(await personnel.execute(RETIRE, { input: { id } }, MANAGER))).toBe('FORBIDDEN');
    await personnel.execute(RETIRE, { input: { id } }, ADMIN);
    const listed = await personnel.execute(`{ positions(agencyId: "1") { id } }`, {}, ADMIN);
    expect(listed.data!.positions.map((row: { id: string }) => row.id)).not.toContain(id);
    expect(
      (await personnel.execute(`query ($id: ID!) { position(id: $id) { id } }`, { id }, ADMIN)).data!.position,
    ).toEqual({ id });
  });

  it('updates the agency settings, refusing inverted cut-offs and other callers', async () => {
    const UPDATE = mutation(
      'updateAgencySettings',
      'AgencySettingsInput',
      'id jpmFormula assessmentValidityYears potentialTinggiFrom',
    );
    const input = {
      jpmFormula: 'STRICT',
      assessmentValidityYears: 2,
      potentialMenengahFrom: 55,
      potentialTinggiFrom: 75,
    };
    const inverted = await personnel.execute(UPDATE, { input: { ...input, potentialTinggiFrom: 50 } }, ADMIN);
    expect([fieldOf(inverted), reasonOf(inverted)]).toEqual(['input.potentialTinggiFrom', 'VALUE_OUT_OF_RANGE']);
    expect(reasonOf(await personnel.execute(UPDATE, { input }, MANAGER))).toBe('FORBIDDEN');
    const agency = `{ agency(id: "1") { assessmentValidityYears potentialTinggiFrom } }`;
    expect((await personnel.execute(agency, {}, ADMIN)).data!.agency).toEqual({
      assessmentValidityYears: 3,
      potentialTinggiFrom: 80,
    });
    const updated = await personnel.execute(UPDATE, { input }, ADMIN);
    expect(updated.data!.updateAgencySettings).toEqual({
      id: '1',
      jpmFormula: 'STRICT',
      assessmentValidityYears: 2,
      potentialTinggiFrom: 75,
    });
    // Mamuju's administrator changes Mamuju's, never Ambon's.
    await personnel.execute(UPDATE, { input: { ...input, assessmentValidityYears: 4 } }, OTHER_ADMIN);
    expect((await personnel.execute(agency, {}, ADMIN)).data!.agency.assessmentValidityYears).toBe(2);
  });

  it('changes the time zone and the mentee limit, refusing values out of range and writing nothing then', async () => {
    const UPDATE = mutation('updateAgencySettings', 'AgencySettingsInput', 'timeZone mentorMenteeLimit');
    const input = { jpmFormula: 'BKN', assessmentValidityYears: 3, potentialMenengahFrom: 60, potentialTinggiFrom: 80 };
    const agency = `{ agency(id: "1") { timeZone mentorMenteeLimit assessmentValidityYears } }`;
    const before = (await personnel.execute(agency, {}, ADMIN)).data!.agency;
    const zone = await personnel.execute(UPDATE, { input: { ...input, timeZone: 'Europe/Amsterdam' } }, ADMIN);
    expect([fieldOf(zone), reasonOf(zone)]).toEqual(['input.timeZone', 'TIME_ZONE_UNKNOWN']);
    const limit = await personnel.execute(UPDATE, { input: { ...input, mentorMenteeLimit: 11 } }, ADMIN);
    expect([fieldOf(limit), reasonOf(limit)]).toEqual(['input.mentorMenteeLimit', 'VALUE_OUT_OF_RANGE']);
    expect(reasonOf(await personnel.execute(UPDATE, { input: { ...input, mentorMenteeLimit: 5 } }, MANAGER))).toBe(
      'FORBIDDEN',
    );
    expect((await personnel.execute(agency, {}, ADMIN)).data!.agency).toEqual(before);
    const kept = await personnel.execute(
      UPDATE,
      { input: { ...input, timeZone: 'Asia/Makassar', mentorMenteeLimit: 5 } },
      ADMIN,
    );
    expect(kept.data!.updateAgencySettings).toEqual({ timeZone: 'Asia/Makassar', mentorMenteeLimit: 5 });
    // Absent, both stay as they are.
    const untouched = await personnel.execute(UPDATE, { input }, ADMIN);
    expect(untouched.data!.updateAgencySettings).toEqual({ timeZone: 'Asia/Makassar', mentorMenteeLimit: 5 });
    await personnel.execute(UPDATE, { input: { ...input, timeZone: before.timeZone, mentorMenteeLimit: 3 } }, ADMIN);
  });

  it("reads an agency's JP settings and expiring window on the agency, its own or else the national default", async () => {
    // Ambon (1) sets its own window here, Mamuju (2) has its own from the seed, agency 3 has none: the default.
    const reps = ['1', '2', '3'].map((id) => ({ __typename: 'Agency', id }));
    const JP = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Agency { jpSettings { jpTarget } } } }`;
    const WINDOW = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Agency { expiringWithinDays } } }`;
    const SET_WINDOW = `mutation ($input: SetExpiringWindowInput!) { setExpiringWindow(input: $input) }`;
    expect((await training.execute(JP, { reps }, ADMIN)).data!._entities).toEqual([
      { jpSettings: { jpTarget: 20 } },
      { jpSettings: { jpTarget: 20 } },
      { jpSettings: { jpTarget: 20 } },
    ]);
    const before = await count(certification, 'certification_setting');
    expect((await certification.execute(SET_WINDOW, { input: { days: 0 } }, ADMIN)).errors).toBeDefined();
    expect(await count(certification, 'certification_setting')).toBe(before);
    await certification.execute(SET_WINDOW, { input: { days: 45 } }, ADMIN);
    expect((await certification.execute(WINDOW, { reps }, ADMIN)).data!._entities).toEqual([
      { expiringWithinDays: 45 },
      { expiringWithinDays: 60 },
      { expiringWithinDays: 90 },
    ]);
  });

  it("sets the agency's JP target, which the JP summary then uses", async () => {
    const SET = mutation('setJpSettings', 'JpSettingsInput', 'jpTarget pppkJpCap postTestPassScore');
    const JP = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Employee { jp(year: 2026) { target } } } }`;
    const targetOf = async () =>
      (await training.execute(JP, { reps: [{ __typename: 'Employee', id: '5', employeeType: 'PNS' }] }, ADMIN)).data!
        ._entities[0].jp.target;
    expect(await targetOf()).toBe(20);
    const rows = await count(training, 'jp_setting');
    const bad = await training.execute(SET, { input: { jpTarget: 24, pppkJpCap: 24, postTestPassScore: 101 } }, ADMIN);
    expect([fieldOf(bad), reasonOf(bad)]).toEqual(['input.postTestPassScore', 'VALUE_OUT_OF_RANGE']);
    expect(
      reasonOf(await training.execute(SET, { input: { jpTarget: 24, pppkJpCap: 24, postTestPassScore: 70 } }, MANAGER)),
    ).toBe('FORBIDDEN');
    expect(await count(training, 'jp_setting')).toBe(rows);
    await training.execute(SET, { input: { jpTarget: 30, pppkJpCap: 24, postTestPassScore: 75 } }, OTHER_ADMIN);
    expect(await targetOf()).toBe(20);
    const set = await training.execute(SET, { input: { jpTarget: 24, pppkJpCap: 24, postTestPassScore: 70 } }, ADMIN);
    expect(set.data!.setJpSettings).toEqual({ jpTarget: 24, pppkJpCap: 24, postTestPassScore: 70 });
    expect(await targetOf()).toBe(24);
  });

  it("sets the agency's evaluation delays within their ranges; absent ones keep what is in force", async () => {
    const SET = mutation(
      'setJpSettings',
      'JpSettingsInput',
      'jpTarget applicationRatingAfterMonths reassessmentProposalMonths',
    );
    const READ = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Agency { jpSettings {
      applicationRatingAfterMonths reassessmentProposalMonths } } } }`;
    const delaysOf = async (agencyId: string) =>
      (await training.execute(READ, { reps: [{ __typename: 'Agency', id: agencyId }] }, ADMIN)).data!._entities[0]
        .jpSettings;
    const jp = { jpTarget: 20, pppkJpCap: 24, postTestPassScore: 70 };
    expect(await delaysOf('3')).toEqual({ applicationRatingAfterMonths: 3, reassessmentProposalMonths: 12 });
    const rows = await count(training, 'jp_setting');
    const early = await training.execute(SET, { input: { ...jp, applicationRatingAfterMonths: 0 } }, ADMIN);
    expect([fieldOf(early), reasonOf(early)]).toEqual(['input.applicationRatingAfterMonths', 'VALUE_OUT_OF_RANGE']);
    const long = await training.execute(SET, { input: { ...jp, reassessmentProposalMonths: 61 } }, ADMIN);
    expect([fieldOf(long), reasonOf(long)]).toEqual(['input.reassessmentProposalMonths', 'VALUE_OUT_OF_RANGE']);
    expect(await count(training, 'jp_setting')).toBe(rows);
    const set = await training.execute(
      SET,
      { input: { ...jp, applicationRatingAfterMonths: 6, reassessmentProposalMonths: 18 } },
      ADMIN,
    );
    expect(set.data!.setJpSettings).toEqual({
      jpTarget: 20,
      applicationRatingAfterMonths: 6,
      reassessmentProposalMonths: 18,
    });
    // An older client sends only the JP values: the delays stay.
    await training.execute(SET, { input: jp }, ADMIN);
    expect(await delaysOf('1')).toEqual({ applicationRatingAfterMonths: 6, reassessmentProposalMonths: 18 });
    expect(await delaysOf('3')).toEqual({ applicationRatingAfterMonths: 3, reassessmentProposalMonths: 12 });
  });

  it('keeps an agency issuer; a retired one names no new scheme', async () => {
    const SAVE = mutation('saveIssuer', 'IssuerInput', 'id code retiredOn');
    const before = await count(certification, 'issuer');
    const blank = await certification.execute(
      SAVE,
      { input: { code: ' ', name: 'LSP Kota Ambon', kind: 'BNSP' } },
      ADMIN,
    );
    expect([fieldOf(blank), reasonOf(blank)]).toEqual(['input.code', 'TEXT_REQUIRED']);
    expect(
      reasonOf(
        await certification.execute(
          SAVE,
          { input: { code: 'LSP-AMB', name: 'LSP Kota Ambon', kind: 'BNSP' } },
          MANAGER,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(await count(certification, 'issuer')).toBe(before);
    const saved = await certification.execute(
      SAVE,
      { input: { code: 'LSP-AMB', name: 'LSP Kota Ambon', kind: 'BNSP' } },
      ADMIN,
    );
    expect(saved.errors).toBeUndefined();
    const issuerId = saved.data!.saveIssuer.id as string;
    const RETIRE = mutation('retireIssuer', 'RetireIssuerInput', 'id retiredOn');
    expect(reasonOf(await certification.execute(RETIRE, { input: { issuerId } }, OTHER_ADMIN))).toBe('FORBIDDEN');
    expect(
      (await certification.execute(RETIRE, { input: { issuerId } }, ADMIN)).data!.retireIssuer.retiredOn,
    ).toBeTruthy();
    const scheme = await certification.execute(
      mutation('saveScheme', 'SchemeInput', 'id'),
      {
        input: {
          code: 'AMB-X',
          name: 'Skema X',
          issuerId,
          nationallyRecognised: false,
          competencies: [],
          requiredForPositionIds: [],
        },
      },
      ADMIN,
    );
    expect([fieldOf(scheme), reasonOf(scheme)]).toEqual(['input.issuerId', 'RETIRED']);
  });
});
