// An agency administrator keeps the agency's own certification schemes (what they certify, which of its positions
// require them), retires them instead of deleting (certificates name them), and sets its expiring window.
import {
  assertCodeFree,
  assertNotRetired,
  badInput,
  competencyLevels,
  hasRepeats,
  type Identity,
  intInRange,
  inTransaction,
  keptCode,
  keptRows,
  parseId,
  replaceRows,
  requiredText,
  saveAgencySettings,
  saveKeptRow,
} from '@asn/common';
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
const { loadOwn, retire } = keptRows({
  ownAgency,
  authorizeRow: (identity, row) => authorize(identity, 'scheme:keep', row),
  missing: (field) => invalid(field, 'SCHEME_NOT_FOUND'),
});
export { retire };

const duplicate = (field: string) =>
  badInput(field, 'DUPLICATE', { id: 'Data yang sama muncul dua kali.', en: 'The same entry appears twice.' });

const codeTaken = () => badInput('input.code', 'CODE_TAKEN', { id: 'Kode sudah dipakai.', en: 'The code is taken.' });

export async function saveScheme(context: Context, input: SchemeInput): Promise<Scheme> {
  const agencyId = ownAgency(context.identity);
  const existing = input.id ? await loadOwn(context, Scheme, 'input.id', input.id) : null;
  const code = keptCode('input.code', input.code, 40);
  await assertCodeFree(context.dataSource, Scheme, code, existing, codeTaken);
  const issuerId = parseId(input.issuerId, 'input.issuerId');
  const issuer = await context.dataSource.getRepository(Issuer).findOneBy({ id: issuerId });
  if (!issuer) {
    throw badInput('input.issuerId', 'ISSUER_NOT_FOUND', { id: 'Penerbit tidak ditemukan.', en: 'No such issuer.' });
  }
  if (issuerId !== existing?.issuerId) assertNotRetired('input.issuerId', issuer);
  const validityMonths =
    input.validityMonths == null ? null : intInRange('input.validityMonths', input.validityMonths, 1, 600);
  const competencies = competencyLevels(input.competencies, 'level', () => duplicate('input.competencies'));
  const positionIds = input.requiredForPositionIds.map((id, index) =>
    parseId(id, `input.requiredForPositionIds.${index}`),
  );
  if (hasRepeats(positionIds)) throw duplicate('input.requiredForPositionIds');
  const values = { code, name: requiredText('input.name', input.name, 200), issuerId, validityMonths };
  return inTransaction(context.dataSource, async (manager) => {
    const saved = await saveKeptRow(manager, Scheme, existing, agencyId, {
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

export async function saveIssuer(context: Context, input: IssuerInput): Promise<Issuer> {
  const agencyId = ownAgency(context.identity);
  const existing = input.id ? await loadOwn(context, Issuer, 'input.id', input.id) : null;
  const code = keptCode('input.code', input.code, 30);
  await assertCodeFree(context.dataSource, Issuer, code, existing, codeTaken);
  const values = { code, name: requiredText('input.name', input.name, 200), kind: input.kind };
  return inTransaction(context.dataSource, (manager) => saveKeptRow(manager, Issuer, existing, agencyId, values));
}

export async function setExpiringWindow(context: Context, days: number): Promise<number> {
  const agencyId = ownAgency(context.identity);
  const value = intInRange('input.days', days, 1, 730);
  await saveAgencySettings(context.dataSource, CertificationSetting, agencyId, { expiringWithinDays: value });
  return value;
}
