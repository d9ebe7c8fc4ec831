// The four writes on certificates (record, verify, renew, revoke): authorize, validate everything first, then write
// inside one transaction, so an invalid request is a clear error and leaves the database as it was.
import {
  assertNotRetired,
  auditedWrite,
  cleanName,
  describeActor,
  inTransaction,
  parseId,
  vouchedAgencyOf,
} from '@asn/common';
import { IsNull, QueryFailedError, type EntityManager } from 'typeorm';
import type { Context } from '../context.js';
import { Certificate } from '../entities/certificate.entity.js';
import type { Scheme } from '../entities/scheme.entity.js';
import { invalid, missing } from '../errors.js';
import type { RecordCertificateInput } from '../inputs/record-certificate.input.js';
import type { RenewCertificateInput } from '../inputs/renew-certificate.input.js';
import type { RevokeCertificateInput } from '../inputs/revoke-certificate.input.js';
import { authorize } from '../policy.js';
import { addDays } from '../rules/calendar.js';
import { computeExpiry } from '../rules/certificate-expiry.js';

/** Trimmed text of 1..max characters, or the given error. */
function requiredText(value: string, max: number, field: string): string {
  const text = value.trim();
  if (text.length === 0 || text.length > max)
    throw invalid(field, 'TEXT_INVALID', { maxLength: max }, { maxLength: max });
  return text;
}

/** The issue and expiry dates of a new certificate, checked against today and each other. */
function validateDates(
  context: Context,
  issuedOn: string,
  expiresOn: string | undefined,
  validityMonths: number | null,
): string | null {
  if (issuedOn > context.today) throw invalid('input.issuedOn', 'DATE_IN_FUTURE');
  if (expiresOn !== undefined && expiresOn <= issuedOn)
    throw invalid(
      'input.expiresOn',
      'DATES_OUT_OF_ORDER',
      { earliest: addDays(issuedOn, 1) },
      { earliest: addDays(issuedOn, 1) },
    );
  return computeExpiry(issuedOn, validityMonths, expiresOn);
}

async function assertNumberFree(context: Context, issuerId: number, number: string): Promise<void> {
  const taken = await context.dataSource.getRepository(Certificate).existsBy({ issuerId, number });
  if (taken) throw invalid('input.number', 'NUMBER_TAKEN');
}

function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error.driverError as { code?: string } | undefined)?.code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Neither the scheme nor its issuer is retired (both stay readable on the certificates issued before). */
async function assertSchemeInUse(context: Context, scheme: Scheme, field: string): Promise<void> {
  assertNotRetired(field, scheme);
  const issuer = await context.loaders.issuersById.load(scheme.issuerId);
  if (issuer) assertNotRetired(field, issuer);
}

/** Inserts inside a transaction; a race lost on the unique number (or a second renewal) is the same clear error. */
async function insertCertificate(context: Context, row: Omit<Certificate, 'id'>): Promise<Certificate> {
  try {
    return await inTransaction(context.dataSource, async (manager: EntityManager) => {
      const { identifiers } = await manager.getRepository(Certificate).insert(row);
      return manager.getRepository(Certificate).findOneByOrFail({ id: Number(identifiers[0]?.id) });
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await assertNumberFree(context, row.issuerId, row.number);
    throw invalid('input.certificateId', 'ALREADY_RENEWED');
  }
}

async function loadCertificate(context: Context, id: string): Promise<Certificate> {
  const certificateId = parseId(id, 'input.certificateId');
  const certificate = await context.loaders.certificatesById.load(certificateId);
  if (!certificate) throw missing('input.certificateId', 'CERTIFICATE_NOT_FOUND');
  return certificate;
}

export async function recordCertificate(context: Context, input: RecordCertificateInput): Promise<Certificate> {
  const employeeId = parseId(input.employeeId, 'input.employeeId');
  authorize(context.identity, 'certificate:record', { employeeId });
  if (context.identity.kind !== 'user') throw new Error('unreachable: only users record certificates');
  const schemeId = parseId(input.schemeId, 'input.schemeId');
  const scheme = await context.loaders.schemesById.load(schemeId);
  if (!scheme) throw invalid('input.schemeId', 'SCHEME_NOT_FOUND');
  // A retired scheme or issuer stays on the certificates already issued under it, but no new one is recorded.
  await assertSchemeInUse(context, scheme, 'input.schemeId');
  const number = requiredText(input.number, 100, 'input.number');
  const lspName = input.lspName?.trim() ? cleanName(input.lspName, 'input.lspName', 200) : null;
  const expiresOn = validateDates(context, input.issuedOn, input.expiresOn, scheme.validityMonths);
  await assertNumberFree(context, scheme.issuerId, number);
  return insertCertificate(context, {
    employeeId,
    agencyId: Number(vouchedAgencyOf(context.identity, { employeeId }) ?? context.identity.agencyId),
    schemeId,
    issuerId: scheme.issuerId,
    number,
    issuedOn: input.issuedOn,
    expiresOn,
    lspName,
    renewsId: null,
    revokedOn: null,
    revocationReason: null,
    verifiedBy: null,
    verifiedOn: null,
    remindedOn: null,
    remindedBy: null,
  });
}

export async function renewCertificate(context: Context, input: RenewCertificateInput): Promise<Certificate> {
  const old = await loadCertificate(context, input.certificateId);
  authorize(context.identity, 'certificate:renew', old);
  if (old.revokedOn !== null) throw invalid('input.certificateId', 'ALREADY_REVOKED');
  if (await context.loaders.certificatesByRenewsId.load(old.id))
    throw invalid('input.certificateId', 'ALREADY_RENEWED');
  const scheme = await context.loaders.schemesById.load(old.schemeId);
  if (!scheme) throw invalid('input.certificateId', 'SCHEME_NOT_FOUND');
  // A renewal is a new certificate: not under a scheme or issuer that has been retired.
  await assertSchemeInUse(context, scheme, 'input.certificateId');
  const number = requiredText(input.number, 100, 'input.number');
  const lspName = input.lspName?.trim() ? cleanName(input.lspName, 'input.lspName', 200) : null;
  if (input.issuedOn <= old.issuedOn)
    throw invalid(
      'input.issuedOn',
      'DATES_OUT_OF_ORDER',
      { earliest: addDays(old.issuedOn, 1) },
      { earliest: addDays(old.issuedOn, 1) },
    );
  const expiresOn = validateDates(context, input.issuedOn, input.expiresOn, scheme.validityMonths);
  await assertNumberFree(context, old.issuerId, number);
  const renewal = await insertCertificate(context, {
    employeeId: old.employeeId,
    agencyId: old.agencyId,
    schemeId: old.schemeId,
    issuerId: old.issuerId,
    number,
    issuedOn: input.issuedOn,
    expiresOn,
    lspName: lspName ?? old.lspName,
    renewsId: old.id,
    revokedOn: null,
    revocationReason: null,
    verifiedBy: null,
    verifiedOn: null,
    remindedOn: null,
    remindedBy: null,
  });
  // The request looked for a renewal before writing one; later fields must see it.
  context.loaders.certificatesByRenewsId.clear(old.id);
  return renewal;
}

/** Updates one certificate only while `guard` still holds (no lost race), then returns it as stored. */
async function updateGuarded(
  context: Context,
  id: number,
  guard: Partial<Record<'revokedOn' | 'verifiedBy', ReturnType<typeof IsNull>>>,
  values: Partial<Certificate>,
  lost: () => Error,
): Promise<Certificate> {
  const updated = await inTransaction(context.dataSource, async (manager: EntityManager) => {
    const where = { id, ...guard };
    const result = await auditedWrite(manager, Certificate, where, () =>
      manager.getRepository(Certificate).update(where, values),
    );
    if (result.affected === 0) throw lost();
    return manager.getRepository(Certificate).findOneByOrFail({ id });
  });
  // The request read the row before writing it; later fields must see it as stored.
  context.loaders.certificatesById.clear(id);
  return updated;
}

export async function verifyCertificate(context: Context, certificateId: string): Promise<Certificate> {
  const certificate = await loadCertificate(context, certificateId);
  authorize(context.identity, 'certificate:verify', certificate);
  if (certificate.revokedOn !== null) throw invalid('input.certificateId', 'ALREADY_REVOKED');
  if (certificate.verifiedBy !== null) throw invalid('input.certificateId', 'ALREADY_VERIFIED');
  const { actor } = describeActor(context.identity);
  return updateGuarded(
    context,
    certificate.id,
    { verifiedBy: IsNull(), revokedOn: IsNull() },
    { verifiedBy: actor, verifiedOn: context.today },
    () => invalid('input.certificateId', 'ALREADY_VERIFIED'),
  );
}

/** Records a reminder to the holder (today, by the caller), audited; the reminder itself leaves no machine. */
export async function remindCertificateHolder(context: Context, certificateId: string): Promise<Certificate> {
  const certificate = await loadCertificate(context, certificateId);
  authorize(context.identity, 'certificate:remind', certificate);
  if (certificate.revokedOn !== null) throw invalid('input.certificateId', 'ALREADY_REVOKED');
  const { actor } = describeActor(context.identity);
  return updateGuarded(
    context,
    certificate.id,
    { revokedOn: IsNull() },
    { remindedOn: context.today, remindedBy: actor },
    () => invalid('input.certificateId', 'ALREADY_REVOKED'),
  );
}

export async function revokeCertificate(context: Context, input: RevokeCertificateInput): Promise<Certificate> {
  const certificate = await loadCertificate(context, input.certificateId);
  authorize(context.identity, 'certificate:revoke', certificate);
  if (certificate.revokedOn !== null) throw invalid('input.certificateId', 'ALREADY_REVOKED');
  if (input.reason.trim() === '') throw invalid('input.reason', 'REASON_REQUIRED');
  const reason = requiredText(input.reason, 500, 'input.reason');
  const revokedOn = input.revokedOn ?? context.today;
  if (revokedOn > context.today) throw invalid('input.revokedOn', 'DATE_IN_FUTURE');
  if (revokedOn < certificate.issuedOn)
    throw invalid(
      'input.revokedOn',
      'DATES_OUT_OF_ORDER',
      { earliest: certificate.issuedOn },
      { earliest: certificate.issuedOn },
    );
  return updateGuarded(context, certificate.id, { revokedOn: IsNull() }, { revokedOn, revocationReason: reason }, () =>
    invalid('input.certificateId', 'ALREADY_REVOKED'),
  );
}
