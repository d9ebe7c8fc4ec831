// An agency administrator keeps the agency's own certification schemes (what they certify, which of its positions
// require them), retires them instead of deleting (certificates name them), and sets its expiring window.
import {
  type AgencyRow,
  assertNotRetired,
  badInput,
  findRowById,
  hasRepeats,
  type Identity,
  intInRange,
  inTransaction,
  markRetired,
  parseId,
  replaceRows,
  requiredText,
  type Retirable,
} from '@asn/common';
import { Not } from 'typeorm';
import type { Context } from '../context.js';
import { CertificationSetting } from '../entities/certification-setting.entity.js';
import { Issuer } from '../entities/issuer.entity.js';
import { SchemeCompetency } from '../entities/scheme-competency.entity.js';
import { SchemeRequirement } from '../entities/scheme-requirement.entity.js';
import { Scheme } from '../entities/scheme.entity.js';
import { invalid } from '../errors.js';
import type { IssuerInput, SchemeInput } from '../inputs/scheme-master.input.js';
import { authorize } from '../policy.js';

function ownAgency(identity: Identity): number {
  const agencyId = identity.kind === 'user' ? Number(identity.agencyId) : undefined;
  authorize(identity, 'scheme:keep', { agencyId });
  return agencyId!;
}

/** A scheme or issuer of the caller's agency; a national one (agency null) is nobody's here. */
async function loadOwn<T extends AgencyRow>(context: Context, entity: new () => T, field: string, idText: string) {
  const row = await findRowById(context.dataSource, entity, field, idText, () => invalid(field, 'SCHEME_NOT_FOUND'));
  authorize(context.identity, 'scheme:keep', row);
  return row;
}

const duplicate = (field: string) =>
  badInput(field, 'DUPLICATE', { id: 'Data yang sama muncul dua kali.', en: 'The same entry appears twice.' });

export async function saveScheme(context: Context, input: SchemeInput): Promise<Scheme> {
  const agencyId = ownAgency(context.identity);
  const existing = input.id ? await loadOwn(context, Scheme, 'input.id', input.id) : null;
  const code = requiredText('input.code', input.code, 40).toUpperCase();
  const schemes = context.dataSource.getRepository(Scheme);
  if (await schemes.existsBy({ code, ...(existing && { id: Not(existing.id) }) })) {
    throw badInput('input.code', 'CODE_TAKEN', { id: 'Kode sudah dipakai.', en: 'The code is taken.' });
  }
  const issuerId = parseId(input.issuerId, 'input.issuerId');
  const issuer = await context.dataSource.getRepository(Issuer).findOneBy({ id: issuerId });
  if (!issuer) {
    throw badInput('input.issuerId', 'ISSUER_NOT_FOUND', { id: 'Penerbit tidak ditemukan.', en: 'No such issuer.' });
  }
  if (issuerId !== existing?.issuerId) assertNotRetired('input.issuerId', issuer);
  const validityMonths =
    input.validityMonths == null ? null : intInRange('input.validityMonths', input.validityMonths, 1, 600);
  const competencies = input.competencies.map((line, index) => ({
    competencyId: parseId(line.competencyId, `input.competencies.${index}.competencyId`),
    level: intInRange(`input.competencies.${index}.level`, line.level, 1, 5),
  }));
  if (hasRepeats(competencies.map((line) => line.competencyId))) throw duplicate('input.competencies');
  const positionIds = input.requiredForPositionIds.map((id, index) =>
    parseId(id, `input.requiredForPositionIds.${index}`),
  );
  if (hasRepeats(positionIds)) throw duplicate('input.requiredForPositionIds');
  const values = { code, name: requiredText('input.name', input.name, 200), issuerId, validityMonths };
  return inTransaction(context.dataSource, async (manager) => {
    const saved = await manager.getRepository(Scheme).save({
      ...(existing ?? { agencyId, retiredOn: null }),
      ...values,
      nationallyRecognised: input.nationallyRecognised,
    });
    // Replaced whole, as the administrator's form shows them.
    const schemeId = saved.id;
    await replaceRows(
      manager,
      SchemeCompetency,
      { schemeId },
      competencies.map((line) => ({ ...line, schemeId })),
    );
    await replaceRows(
      manager,
      SchemeRequirement,
      { schemeId },
      positionIds.map((positionId) => ({ positionId, schemeId, agencyId })),
    );
    return saved;
  });
}

/** Retires a scheme or issuer of the caller's agency, today. */
export async function retire<T extends AgencyRow & Retirable>(
  context: Context,
  entity: new () => T,
  field: string,
  idText: string,
): Promise<T> {
  ownAgency(context.identity);
  const row = await loadOwn(context, entity, field, idText);
  return markRetired(context.dataSource, entity, field, row, context.today);
}

export async function saveIssuer(context: Context, input: IssuerInput): Promise<Issuer> {
  const agencyId = ownAgency(context.identity);
  const existing = input.id ? await loadOwn(context, Issuer, 'input.id', input.id) : null;
  const code = requiredText('input.code', input.code, 30).toUpperCase();
  const issuers = context.dataSource.getRepository(Issuer);
  if (await issuers.existsBy({ code, ...(existing && { id: Not(existing.id) }) })) {
    throw badInput('input.code', 'CODE_TAKEN', { id: 'Kode sudah dipakai.', en: 'The code is taken.' });
  }
  const values = { code, name: requiredText('input.name', input.name, 200), kind: input.kind };
  return inTransaction(context.dataSource, (manager) =>
    manager.getRepository(Issuer).save({ ...(existing ?? { agencyId, retiredOn: null }), ...values }),
  );
}

export async function setExpiringWindow(context: Context, days: number): Promise<number> {
  const agencyId = ownAgency(context.identity);
  const value = intInRange('input.days', days, 1, 730);
  const settings = context.dataSource.getRepository(CertificationSetting);
  const existing = await settings.findOneBy({ agencyId });
  await inTransaction(context.dataSource, (manager) =>
    manager.getRepository(CertificationSetting).save({
      ...(existing ?? { agencyId }),
      expiringWithinDays: value,
      source: 'Ditetapkan administrator instansi',
    }),
  );
  return value;
}
